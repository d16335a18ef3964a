import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startHarness } from '../test-harness.js';

describe('stateFile persistence', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it('keeps customers, subscriptions and meter identifiers across a restart', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'stripe-emulator-'));
    dirs.push(dir);
    const stateFile = join(dir, 'nested', 'state.json');
    const first = await startHarness({ stateFile });
    const customer = await first.stripe.customers.create({ email: 'persist@example.com' });
    const meter = await first.stripe.billing.meters.create({
      display_name: 'm',
      event_name: 'persisted',
      default_aggregation: { formula: 'sum' },
    });
    await first.stripe.billing.meterEvents.create({
      event_name: meter.event_name,
      payload: { stripe_customer_id: customer.id, value: '1' },
      identifier: 'once',
    });
    await first.close();

    const second = await startHarness({ stateFile });
    try {
      expect(await second.stripe.customers.retrieve(customer.id)).toMatchObject({ email: 'persist@example.com' });
      const again = await second.stripe.billing.meterEvents
        .create({ event_name: meter.event_name, payload: { stripe_customer_id: customer.id, value: '1' }, identifier: 'once' })
        .catch((e: { statusCode?: number }) => e.statusCode);
      expect(again).toBe(400);
      expect((await second.stripe.events.list({ type: 'customer.created' })).data.map((e) => e.id)).toHaveLength(1);
    } finally {
      await second.close();
    }
  });
});
