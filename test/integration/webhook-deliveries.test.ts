import { randomUUID } from 'node:crypto';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemberRole } from '../../server/src/domain/members/member-role.js';
import { NotificationsModule } from '../../server/src/notifications/index.js';
import { graphql } from '../generated/index.js';
import { customerWithKey } from '../support/factories.js';
import { errorCodes } from '../support/graphql-client.js';
import { signedInMember } from '../support/members.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { until } from './billing-helpers.js';
import { WebhookReceiver } from './webhook-receiver.js';

const Create = graphql(
  `mutation DeliveriesCreateEndpoint($url: String!, $eventTypes: [String!]!) {
    createWebhookEndpoint(url: $url, eventTypes: $eventTypes) { signingSecret endpoint { id } }
  }`,
);
const Disable = graphql(`mutation DeliveriesDisable($id: ID!) { updateWebhookEndpoint(id: $id, enabled: false) { id enabled } }`);
const Endpoints = graphql(`query DeliveriesEndpoints { webhookEndpoints { id enabled failureStreak } }`);
const SendTest = graphql(`mutation DeliveriesSendTest($endpointId: ID!) { sendTestWebhook(endpointId: $endpointId) }`);
const Resend = graphql(`mutation DeliveriesResend($id: ID!) { resendWebhookDelivery(id: $id) }`);
const Failure = graphql(
  `query DeliveriesFailure($endpointId: ID!) {
    webhookDeliveries(endpointId: $endpointId) { items { status attempts lastStatusCode lastError responseExcerpt } }
  }`,
);
const Log = graphql(
  `query DeliveriesLog($endpointId: ID!, $status: String) {
    webhookDeliveries(endpointId: $endpointId, status: $status) {
      totalCount items { id eventId eventType status attempts lastStatusCode lastLatencyMs responseExcerpt nextAttemptAt }
    }
  }`,
);

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

async function account(path: string, eventTypes = ['invoice.paid']) {
  const { customer } = await customerWithKey(app);
  const owner = await signedInMember(app, customer.id, MemberRole.OWNER);
  const created = await app.client.request(Create, { url: `${receiver.url}${path}`, eventTypes }, { cookie: owner.cookie });
  expect(created.errors).toEqual([]);
  const endpointId = created.data?.createWebhookEndpoint.endpoint.id ?? '';
  return { customerId: customer.id, owner, endpointId, secret: created.data?.createWebhookEndpoint.signingSecret ?? '' };
}

/** A notifications module on the app's database whose clock the test moves; it is never started, the test makes its attempts. */
function fakeClockModule(start: Date, timeoutMs?: number) {
  const clock = { now: start };
  const module = new NotificationsModule({
    orm: app.services.orm,
    logger: app.services.logger,
    mail: app.services.mail,
    publicUrl: 'http://127.0.0.1',
    now: () => clock.now,
    deliveriesPerSecond: 0,
    timeoutMs,
  });
  return { clock, module };
}

describe('webhook deliveries', () => {
  it('delivers a signed test event through the queue and logs the answer', async () => {
    const path = `/ok-${randomUUID()}`;
    const { owner, endpointId, secret } = await account(path);
    const sent = await app.client.request(SendTest, { endpointId }, { cookie: owner.cookie });
    expect(sent.errors).toEqual([]);

    const [hook] = await until(
      async () => receiver.at(path),
      (hooks) => hooks.length > 0,
      'the test event',
      30_000,
    );
    const signature = String(hook?.headers['carlo-signature']);
    const event = Stripe.webhooks.constructEvent(hook?.body ?? '', signature, secret);
    expect(event.type).toBe('webhook.test');
    expect(hook?.headers['carlo-event-id']).toBe(event.id);
    expect(() => Stripe.webhooks.constructEvent(hook?.body ?? '', signature, 'whsec_wrong')).toThrow(/signature/i);

    const log = await until(
      async () => (await app.client.request(Log, { endpointId }, { cookie: owner.cookie })).data?.webhookDeliveries,
      (page) => page?.items[0]?.status === 'succeeded',
      'the delivery logged as succeeded',
      30_000,
    );
    expect(log?.items[0]).toMatchObject({
      id: sent.data?.sendTestWebhook,
      eventId: event.id,
      attempts: 1,
      lastStatusCode: 200,
      responseExcerpt: 'ok',
    });
    expect(log?.items[0]?.lastLatencyMs).toBeGreaterThanOrEqual(0);

    // A resend is the same event again: same id, and the receiver can drop it as a repeat.
    const resent = await app.client.request(Resend, { id: sent.data?.sendTestWebhook ?? '' }, { cookie: owner.cookie });
    expect(resent.errors).toEqual([]);
    const both = await until(
      async () => receiver.at(path),
      (hooks) => hooks.length === 2,
      'the resend',
      30_000,
    );
    expect(both[1]?.headers['carlo-event-id']).toBe(event.id);
  });

  it('fires an event once however often its cause is reported, even at the same moment', async () => {
    const path = `/ok-${randomUUID()}`;
    const { customerId, endpointId, owner } = await account(path);
    const causeKey = `invoice.paid:test-${randomUUID()}`;
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        app.services.notifications.emit(app.services.orm.em.fork(), {
          customerId,
          type: 'invoice.paid',
          causeKey,
          data: { invoiceId: 'in_1' },
        }),
      ),
    );
    expect(results.filter((recorded) => recorded !== null)).toHaveLength(1);
    await until(
      async () => receiver.at(path),
      (hooks) => hooks.length > 0,
      'the event',
      30_000,
    );
    await until(
      async () =>
        (await app.client.request(Log, { endpointId, status: 'succeeded' }, { cookie: owner.cookie })).data?.webhookDeliveries.totalCount,
      (count) => count === 1,
      'one succeeded delivery',
      30_000,
    );
    expect(receiver.at(path)).toHaveLength(1);
  });

  it('retries on the schedule for 3 days, then disables the endpoint and mails the owner', async () => {
    const path = `/fail-${randomUUID()}`;
    const { customerId, endpointId, owner } = await account(path);
    // Thirty days ahead: the app's own sweep (real time) never finds these deliveries due.
    const start = new Date(Date.now() + 30 * 86_400_000);
    const { clock, module } = fakeClockModule(start);
    const recorded = await module.emit(app.services.orm.em.fork(), {
      customerId,
      type: 'invoice.paid',
      causeKey: `invoice.paid:retry-${randomUUID()}`,
      data: { invoiceId: 'in_retry' },
    });
    expect(recorded?.deliveryIds).toHaveLength(1);

    const attemptTimes: number[] = [];
    for (let round = 0; round < 40; round += 1) {
      if ((await module.dispatcher.deliverDue({ customerId })) > 0) attemptTimes.push(clock.now.getTime());
      const log = await app.client.request(Log, { endpointId }, { cookie: owner.cookie });
      const delivery = log.data?.webhookDeliveries.items[0];
      if (delivery?.status === 'failed') break;
      clock.now = new Date(String(delivery?.nextAttemptAt));
    }
    const gapsSeconds = attemptTimes.slice(1).map((time, index) => (time - (attemptTimes[index] ?? 0)) / 1000);
    expect(gapsSeconds.slice(0, 6)).toEqual([30, 60, 120, 240, 480, 960]);
    expect(Math.max(...gapsSeconds)).toBe(12 * 3600);
    expect(attemptTimes).toHaveLength(16);
    expect((attemptTimes.at(-1) ?? 0) - start.getTime()).toBeLessThanOrEqual(3 * 86_400_000);
    expect(receiver.at(path)).toHaveLength(16);
    expect(new Set(receiver.at(path).map((hook) => hook.headers['carlo-event-id'])).size).toBe(1);

    const endpoints = await app.client.request(Endpoints, {}, { cookie: owner.cookie });
    expect(endpoints.data?.webhookEndpoints).toEqual([{ id: endpointId, enabled: false, failureStreak: 16 }]);
    const log = await app.client.request(Log, { endpointId }, { cookie: owner.cookie });
    expect(log.data?.webhookDeliveries.items[0]).toMatchObject({ status: 'failed', attempts: 16, lastStatusCode: 500 });
    expect(new TextEncoder().encode(log.data?.webhookDeliveries.items[0]?.responseExcerpt ?? '').length).toBe(1024);

    const mail = await until(
      async () => app.services.mail.sink?.messages().find((message) => message.to.includes(owner.email)),
      (message) => message !== undefined,
      'the mail to the owner',
      30_000,
    );
    expect(mail?.subject).toMatch(/disabled a webhook endpoint/);
  });

  it('fails an attempt the receiver does not answer in time, and keeps only the first kilobyte of a long answer', async () => {
    const attemptOnce = async (path: string) => {
      const { customerId, endpointId, owner } = await account(path);
      // Thirty days ahead, as in the retry test: the app's own sweep never takes these deliveries.
      const { module } = fakeClockModule(new Date(Date.now() + 30 * 86_400_000), 500);
      await module.emit(app.services.orm.em.fork(), {
        customerId,
        type: 'invoice.paid',
        causeKey: `invoice.paid:answer-${randomUUID()}`,
        data: { invoiceId: 'in_answer' },
      });
      expect(await module.dispatcher.deliverDue({ customerId })).toBe(1);
      const log = await app.client.request(Failure, { endpointId }, { cookie: owner.cookie });
      return log.data?.webhookDeliveries.items[0];
    };

    expect(await attemptOnce(`/slow-${randomUUID()}`)).toEqual({
      status: 'pending',
      attempts: 1,
      lastStatusCode: null,
      lastError: 'The endpoint did not answer within 0.5 seconds.',
      responseExcerpt: null,
    });
    const big = await attemptOnce(`/big-${randomUUID()}`);
    expect(big).toMatchObject({ status: 'succeeded', attempts: 1, lastStatusCode: 200, lastError: null });
    expect(big?.responseExcerpt).toBe('y'.repeat(1024));
  });

  it('sends each delivery of a batch once when two workers take the same batch at the same moment', async () => {
    const path = `/ok-${randomUUID()}`;
    const { customerId, endpointId, owner } = await account(path);
    // Thirty days ahead, so only the two workers below (never the app's sweep) attempt these.
    const at = new Date(Date.now() + 30 * 86_400_000);
    const first = fakeClockModule(at).module;
    const second = fakeClockModule(at).module;
    for (let i = 0; i < 40; i += 1)
      await first.emit(app.services.orm.em.fork(), {
        customerId,
        type: 'invoice.paid',
        causeKey: `invoice.paid:batch-${randomUUID()}`,
        data: { invoiceId: `in_${i}` },
      });
    const ids = (await first.dispatcher.due(500, customerId)).map((delivery) => delivery.id);
    expect(ids).toHaveLength(40);

    const attempted = await Promise.all([first.dispatcher.attemptBatch(ids), second.dispatcher.attemptBatch(ids)]);
    expect(attempted[0] + attempted[1]).toBe(40);
    const eventIds = receiver.at(path).map((hook) => hook.headers['carlo-event-id']);
    expect(eventIds).toHaveLength(40);
    expect(new Set(eventIds).size).toBe(40);
    const log = await app.client.request(Log, { endpointId, status: 'succeeded' }, { cookie: owner.cookie });
    expect(log.data?.webhookDeliveries.totalCount).toBe(40);
    expect(log.data?.webhookDeliveries.items.every((item) => item.attempts === 1 && item.lastStatusCode === 200)).toBe(true);
    expect(await first.dispatcher.attemptBatch(ids)).toBe(0);
  });

  it('sends nothing to a disabled endpoint, not even deliveries queued before', async () => {
    const path = `/ok-${randomUUID()}`;
    const { customerId, endpointId, owner } = await account(path);
    const { module } = fakeClockModule(new Date(Date.now() + 30 * 86_400_000));
    const emit = (suffix: string) =>
      module.emit(app.services.orm.em.fork(), {
        customerId,
        type: 'invoice.paid',
        causeKey: `invoice.paid:${suffix}-${randomUUID()}`,
        data: {},
      });
    expect((await emit('before'))?.deliveryIds).toHaveLength(1);
    expect((await app.client.request(Disable, { id: endpointId }, { cookie: owner.cookie })).errors).toEqual([]);
    expect((await emit('after'))?.deliveryIds).toEqual([]);
    expect(await module.dispatcher.deliverDue({ customerId })).toBe(0);
    expect(receiver.at(path)).toEqual([]);
    const log = await app.client.request(Log, { endpointId }, { cookie: owner.cookie });
    expect(log.data?.webhookDeliveries.items.map((item) => item.status)).toEqual(['failed']);
    const test = await app.client.request(SendTest, { endpointId }, { cookie: owner.cookie });
    expect(errorCodes(test)).toEqual(['CONFLICT']);
  });
});
