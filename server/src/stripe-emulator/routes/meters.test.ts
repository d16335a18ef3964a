import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Stripe from 'stripe';
import { seedCatalog, startHarness, type Harness } from '../test-harness.js';

const NOW = Date.UTC(2026, 5, 1, 10, 30) / 1000;

describe('billing meters and meter events', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ now: () => NOW * 1000 });
  });
  afterAll(async () => {
    await h.close();
  });

  it('refuses a repeated identifier within 24 h with a 400, counting the usage once', async () => {
    const { meter } = await seedCatalog(h.stripe);
    const customer = await h.stripe.customers.create({ email: 'm@example.com' });
    const event = {
      event_name: meter.event_name,
      payload: { stripe_customer_id: customer.id, value: '7' },
      identifier: 'usage-hour-1',
      timestamp: NOW - 60,
    };
    const first = await h.stripe.billing.meterEvents.create(event);
    expect(first).toMatchObject({ object: 'billing.meter_event', identifier: 'usage-hour-1', payload: { value: '7' } });
    const second = await h.stripe.billing.meterEvents.create(event).catch((e: unknown) => e);
    expect(second).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(second).toMatchObject({
      statusCode: 400,
      type: 'StripeInvalidRequestError',
      message: 'An event already exists with identifier usage-hour-1.',
    });
    const summary = await h.stripe.billing.meters.listEventSummaries(meter.id, {
      customer: customer.id,
      start_time: NOW - 3600,
      end_time: NOW,
    });
    expect(summary.data.map((s) => s.aggregated_value)).toEqual([7]);
  });

  it('accepts timestamps within the past 35 days and up to 5 minutes ahead, and refuses the rest', async () => {
    const { meter } = await seedCatalog(h.stripe);
    const customer = await h.stripe.customers.create({});
    const send = (timestamp: number, identifier: string): Promise<unknown> =>
      h.stripe.billing.meterEvents
        .create({ event_name: meter.event_name, payload: { stripe_customer_id: customer.id, value: '1' }, identifier, timestamp })
        .then(
          () => 'ok',
          (e: Stripe.errors.StripeError) => `${e.statusCode} ${e.param}`,
        );
    expect(await send(NOW - 35 * 86_400 + 60, 'old-ok')).toBe('ok');
    expect(await send(NOW - 35 * 86_400 - 60, 'too-old')).toBe('400 timestamp');
    expect(await send(NOW + 299, 'ahead-ok')).toBe('ok');
    expect(await send(NOW + 301, 'too-far-ahead')).toBe('400 timestamp');
  });

  it('sums accepted events per hour window in event summaries, v1 and v2 alike', async () => {
    const { meter } = await seedCatalog(h.stripe);
    const customer = await h.stripe.customers.create({});
    const hour = NOW - (NOW % 3600);
    await h.stripe.billing.meterEvents.create({
      event_name: meter.event_name,
      payload: { stripe_customer_id: customer.id, value: '2' },
      timestamp: hour - 1800,
    });
    await h.stripe.billing.meterEvents.create({
      event_name: meter.event_name,
      payload: { stripe_customer_id: customer.id, value: '3' },
      timestamp: hour + 10,
    });
    await h.stripe.v2.billing.meterEvents.create({
      event_name: meter.event_name,
      payload: { stripe_customer_id: customer.id, value: '4' },
      identifier: 'v2-1',
      timestamp: new Date((hour + 20) * 1000).toISOString(),
    });
    const summaries = await h.stripe.billing.meters.listEventSummaries(meter.id, {
      customer: customer.id,
      start_time: hour - 3600,
      end_time: hour + 3600,
      value_grouping_window: 'hour',
    });
    expect(summaries.data.map((s) => [s.start_time, s.end_time, s.aggregated_value])).toEqual([
      [hour - 3600, hour, 2],
      [hour, hour + 3600, 7],
    ]);
  });

  it('needs a meter on metered prices and keeps lookup keys unique unless transferred', async () => {
    const { base, meter } = await seedCatalog(h.stripe, 'lk');
    const product = String(base.product);
    const missing = await h.stripe.prices
      .create({ product, currency: 'usd', unit_amount: 1, recurring: { interval: 'month', usage_type: 'metered' } })
      .catch((e: Stripe.errors.StripeError) => e.param);
    expect(missing).toBe('recurring[meter]');
    const clash = await h.stripe.prices
      .create({ product, currency: 'usd', unit_amount: 2100, recurring: { interval: 'month' }, lookup_key: 'starter_lk' })
      .catch((e: Stripe.errors.StripeError) => e.statusCode);
    expect(clash).toBe(400);
    const moved = await h.stripe.prices.create({
      product,
      currency: 'usd',
      unit_amount: 2100,
      recurring: { interval: 'month' },
      lookup_key: 'starter_lk',
      transfer_lookup_key: true,
    });
    const found = await h.stripe.prices.list({ lookup_keys: ['starter_lk', `overage_lk`] });
    expect(found.data.map((p) => p.id).sort()).toEqual(
      [moved.id, ...found.data.filter((p) => p.recurring?.meter === meter.id).map((p) => p.id)].sort(),
    );
    expect((await h.stripe.prices.retrieve(base.id)).lookup_key).toBeNull();
  });
});
