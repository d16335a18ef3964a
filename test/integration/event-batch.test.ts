import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerWithKey } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { sql } from './credits-helpers.js';
import { endpointFor } from './webhook-event-helpers.js';
import { WebhookReceiver } from './webhook-receiver.js';

let app: TestApp;
const receiver = new WebhookReceiver();
beforeAll(async () => {
  app = await startTestApp();
  await receiver.listen();
});
afterAll(async () => {
  await app?.close();
  await receiver.close();
});

describe('recording events in bulk (emitAll)', () => {
  it('records each cause once, in order, with a delivery for each subscribed endpoint only', async () => {
    const first = await customerWithKey(app);
    const second = await customerWithKey(app);
    await endpointFor(app, receiver, first.customer.id, ['simulation.completed']);
    await endpointFor(app, receiver, first.customer.id, ['simulation.completed', 'key.revoked']);
    await endpointFor(app, receiver, second.customer.id, ['key.revoked']);
    const cause = (label: string) => `batch-test:${label}:${randomUUID()}`;
    const before = cause('before');
    const em = app.services.orm.em.fork();
    await app.services.notifications.emit(em, { customerId: first.customer.id, type: 'simulation.completed', causeKey: before, data: {} });
    const twice = cause('twice');
    const inputs = [
      { customerId: first.customer.id, type: 'simulation.completed' as const, causeKey: cause('a'), data: { n: 1 } },
      { customerId: first.customer.id, type: 'simulation.completed' as const, causeKey: before, data: { n: 2 } },
      { customerId: second.customer.id, type: 'simulation.completed' as const, causeKey: twice, data: { n: 3 } },
      { customerId: second.customer.id, type: 'simulation.completed' as const, causeKey: twice, data: { n: 4 } },
      { customerId: first.customer.id, type: 'key.revoked' as const, causeKey: cause('b'), data: { n: 5 } },
    ];
    const recorded = await em.transactional((tx) => app.services.notifications.emitAll(tx, inputs));
    expect(recorded.map((event) => event.deliveryIds.length)).toEqual([2, 0, 1]);

    const events = await sql<{ id: string; payload: { n: number }; deliveries: number }>(
      app,
      `select e.id, e.payload, (select count(*)::int from webhook_delivery d where d.event_id = e.id) as deliveries
       from notification_event e where e.id = any(?::text[]) order by e.sequence`,
      [`{${recorded.map((event) => event.eventId).join(',')}}`],
    );
    expect(events.map((event) => [event.payload.n, event.deliveries])).toEqual([
      [1, 2],
      [3, 0],
      [5, 1],
    ]);
    const again = await em.transactional((tx) => app.services.notifications.emitAll(tx, inputs));
    expect(again).toEqual([]);
  });
});
