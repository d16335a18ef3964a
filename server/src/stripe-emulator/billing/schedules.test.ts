import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY, payCheckout, seedCatalog, startHarness, type Harness } from '../test-harness.js';

const T0 = Date.UTC(2026, 0, 15, 12) / 1000; // 15 Jan 2026: the period is 31 days

describe('subscription schedules', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  /** A pro subscription (base 5,000 plus metered overage at 0.5 a unit) on its own test clock. */
  async function proCustomer() {
    const catalog = await seedCatalog(h.stripe);
    const cheap = await h.stripe.prices.create({
      product: String(catalog.overage.product),
      currency: 'usd',
      unit_amount_decimal: Stripe.Decimal.from('1'),
      recurring: { interval: 'month', usage_type: 'metered', meter: catalog.meter.id },
    });
    const clock = await h.stripe.testHelpers.testClocks.create({ frozen_time: T0 });
    const customer = await h.stripe.customers.create({ email: 'schedule@example.com', test_clock: clock.id });
    const session = await h.stripe.checkout.sessions.create({
      mode: 'subscription',
      customer: customer.id,
      line_items: [{ price: catalog.pro.id, quantity: 1 }, { price: catalog.overage.id }],
      success_url: 'http://app.test/ok',
    });
    expect((await payCheckout(session.url ?? '', '4242424242424242')).status).toBe(303);
    const sub = await h.stripe.subscriptions.retrieve(String((await h.stripe.checkout.sessions.retrieve(session.id)).subscription));
    return { catalog, cheap, clock, customer, sub };
  }

  it('keeps the items until the phase ends, bills the period in arrears at them, then renews on the next phase and releases', async () => {
    const { catalog, cheap, clock, customer, sub } = await proCustomer();
    const created = await h.stripe.subscriptionSchedules.create({ from_subscription: sub.id });
    expect(created).toMatchObject({
      object: 'subscription_schedule',
      status: 'active',
      end_behavior: 'release',
      subscription: sub.id,
      current_phase: { start_date: T0, end_date: T0 + 31 * DAY },
    });
    expect(created.phases.map((p) => p.items.map((i) => i.price))).toEqual([[catalog.pro.id, catalog.overage.id]]);
    expect((await h.stripe.subscriptions.retrieve(sub.id)).schedule).toBe(created.id);

    const updated = await h.stripe.subscriptionSchedules.update(created.id, {
      end_behavior: 'release',
      phases: [
        { start_date: T0, end_date: T0 + 31 * DAY, items: [{ price: catalog.pro.id, quantity: 1 }, { price: catalog.overage.id }] },
        { items: [{ price: catalog.base.id, quantity: 1 }, { price: cheap.id }], duration: { interval: 'month', interval_count: 1 } },
      ],
    });
    expect(updated.phases.map((p) => [p.start_date, p.end_date])).toEqual([
      [T0, T0 + 31 * DAY],
      [T0 + 31 * DAY, T0 + 59 * DAY],
    ]);
    // The current phase's items are the subscription's: nothing changes before the period ends.
    const before = await h.stripe.subscriptions.retrieve(sub.id);
    expect(before.items.data.map((i) => i.price.id)).toEqual([catalog.pro.id, catalog.overage.id]);

    await h.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: T0 + 6 * DAY });
    await h.stripe.billing.meterEvents.create({
      event_name: catalog.meter.event_name,
      payload: { stripe_customer_id: customer.id, value: '200' },
      identifier: `sched-${customer.id}-1`,
      timestamp: T0 + 5 * DAY,
    });
    await h.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: T0 + 32 * DAY });
    const renewed = await h.stripe.subscriptions.retrieve(sub.id, { expand: ['latest_invoice'] });
    expect(renewed.items.data.map((i) => i.price.id)).toEqual([catalog.base.id, cheap.id]);
    const invoice = renewed.latest_invoice as Stripe.Invoice;
    // The new phase's base in advance, the ended period's usage at the price it was used on.
    expect(invoice.lines.data.map((l) => [l.pricing?.price_details?.price, l.quantity, l.amount])).toEqual([
      [catalog.base.id, 1, 2000],
      [catalog.overage.id, 200, 100],
    ]);
    expect((await h.stripe.subscriptionSchedules.retrieve(created.id)).current_phase).toEqual({
      start_date: T0 + 31 * DAY,
      end_date: T0 + 59 * DAY,
    });

    await h.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: T0 + 60 * DAY });
    const done = await h.stripe.subscriptionSchedules.retrieve(created.id);
    expect(done).toMatchObject({ status: 'released', released_subscription: sub.id, subscription: null });
    const after = await h.stripe.subscriptions.retrieve(sub.id);
    expect(after.schedule).toBeNull();
    expect(after.items.data.map((i) => i.price.id)).toEqual([catalog.base.id, cheap.id]);
  });

  it('release lets go of the subscription, which keeps its items; a released schedule cannot change', async () => {
    const { catalog, cheap, sub } = await proCustomer();
    const created = await h.stripe.subscriptionSchedules.create({ from_subscription: sub.id });
    await expect(h.stripe.subscriptionSchedules.create({ from_subscription: sub.id })).rejects.toMatchObject({
      type: 'StripeInvalidRequestError',
      param: 'from_subscription',
    });
    const released = await h.stripe.subscriptionSchedules.release(created.id);
    expect(released).toMatchObject({ status: 'released', released_subscription: sub.id, subscription: null, current_phase: null });
    const after = await h.stripe.subscriptions.retrieve(sub.id);
    expect(after.schedule).toBeNull();
    expect(after.items.data.map((i) => i.price.id)).toEqual([catalog.pro.id, catalog.overage.id]);
    await expect(
      h.stripe.subscriptionSchedules.update(created.id, { phases: [{ items: [{ price: cheap.id }], duration: { interval: 'month' } }] }),
    ).rejects.toMatchObject({ type: 'StripeInvalidRequestError' });
  });

  it('refuses to move the start of the current phase and phases without an end', async () => {
    const { catalog, sub } = await proCustomer();
    const created = await h.stripe.subscriptionSchedules.create({ from_subscription: sub.id });
    await expect(
      h.stripe.subscriptionSchedules.update(created.id, {
        phases: [{ start_date: T0 + DAY, end_date: T0 + 31 * DAY, items: [{ price: catalog.pro.id }] }],
      }),
    ).rejects.toMatchObject({ param: 'phases[0][start_date]' });
    await expect(
      h.stripe.subscriptionSchedules.update(created.id, { phases: [{ items: [{ price: catalog.pro.id }] }] }),
    ).rejects.toMatchObject({
      param: 'phases[0][end_date]',
    });
  });
});
