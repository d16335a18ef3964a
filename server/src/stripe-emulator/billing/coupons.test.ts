import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY, payCheckout, seedCatalog, startHarness, type Harness } from '../test-harness.js';

const T0 = Date.UTC(2026, 0, 15, 12) / 1000;

describe('coupons and subscription discounts', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  async function subscribed(): Promise<{ clock: Stripe.TestHelpers.TestClock; sub: Stripe.Subscription }> {
    const catalog = await seedCatalog(h.stripe);
    const clock = await h.stripe.testHelpers.testClocks.create({ frozen_time: T0 });
    const customer = await h.stripe.customers.create({ email: 'coupon@example.com', test_clock: clock.id });
    const session = await h.stripe.checkout.sessions.create({
      mode: 'subscription',
      customer: customer.id,
      line_items: [{ price: catalog.base.id, quantity: 1 }, { price: catalog.overage.id }],
      success_url: 'http://app.test/ok',
    });
    await payCheckout(session.url ?? '', '4242424242424242');
    const done = await h.stripe.checkout.sessions.retrieve(session.id);
    return { clock, sub: await h.stripe.subscriptions.retrieve(String(done.subscription)) };
  }

  async function renewal(clock: string, sub: string, days: number): Promise<Stripe.Invoice> {
    await h.stripe.testHelpers.testClocks.advance(clock, { frozen_time: T0 + days * DAY });
    const renewed = await h.stripe.subscriptions.retrieve(sub, { expand: ['latest_invoice'] });
    return renewed.latest_invoice as Stripe.Invoice;
  }

  it('creates, retrieves, lists and deletes coupons, refusing bad terms with the parameter named', async () => {
    const coupon = await h.stripe.coupons.create({ percent_off: 20, duration: 'forever', name: '20 % off' });
    expect(coupon).toMatchObject({ object: 'coupon', percent_off: 20, amount_off: null, duration: 'forever', valid: true });
    expect((await h.stripe.coupons.retrieve(coupon.id)).name).toBe('20 % off');
    expect((await h.stripe.coupons.list({ limit: 100 })).data.map((c) => c.id)).toContain(coupon.id);
    await expect(h.stripe.coupons.create({ amount_off: 500, duration: 'once' })).rejects.toMatchObject({ param: 'currency' });
    await expect(h.stripe.coupons.create({ percent_off: 10, duration: 'repeating' })).rejects.toMatchObject({
      param: 'duration_in_months',
    });
    await expect(h.stripe.coupons.create({ duration: 'once' })).rejects.toMatchObject({ param: 'amount_off' });
    expect(await h.stripe.coupons.del(coupon.id)).toMatchObject({ id: coupon.id, deleted: true });
    await expect(h.stripe.coupons.retrieve(coupon.id)).rejects.toMatchObject({ statusCode: 404 });
  });

  it('takes 20 % off every renewal of a forever discount, per line and in total', async () => {
    const { clock, sub } = await subscribed();
    const coupon = await h.stripe.coupons.create({ percent_off: 20, duration: 'forever' });
    const updated = await h.stripe.subscriptions.update(sub.id, { discounts: [{ coupon: coupon.id }] });
    expect(updated.discounts).toHaveLength(1);
    const first = await renewal(clock.id, sub.id, 32);
    const off = Math.round(first.subtotal * 0.2);
    expect(first.total).toBe(first.subtotal - off);
    expect(first.amount_paid).toBe(first.total);
    expect(first.total_discount_amounts).toEqual([{ amount: off, discount: updated.discounts[0] }]);
    expect(first.lines.data[0].discount_amounts?.[0]?.amount).toBe(Math.round(first.lines.data[0].amount * 0.2));
    const second = await renewal(clock.id, sub.id, 61);
    expect(second.total).toBe(second.subtotal - Math.round(second.subtotal * 0.2));
    const expanded = await h.stripe.subscriptions.retrieve(sub.id, { expand: ['discounts'] });
    expect((expanded.discounts[0] as Stripe.Discount).source.coupon).toBe(coupon.id);
  });

  it('takes a once amount off the next invoice only, and a removed discount takes nothing', async () => {
    const { clock, sub } = await subscribed();
    const coupon = await h.stripe.coupons.create({ amount_off: 500, currency: 'usd', duration: 'once' });
    await h.stripe.subscriptions.update(sub.id, { discounts: [{ coupon: coupon.id }] });
    const first = await renewal(clock.id, sub.id, 32);
    expect(first.total).toBe(first.subtotal - 500);
    expect((await h.stripe.subscriptions.retrieve(sub.id)).discounts).toEqual([]);
    const second = await renewal(clock.id, sub.id, 61);
    expect(second.total).toBe(second.subtotal);

    const again = await h.stripe.coupons.create({ percent_off: 50, duration: 'forever' });
    await h.stripe.subscriptions.update(sub.id, { discounts: [{ coupon: again.id }] });
    const deleted = await h.stripe.subscriptions.deleteDiscount(sub.id);
    expect(deleted).toMatchObject({ object: 'discount', deleted: true });
    const third = await renewal(clock.id, sub.id, 90);
    expect(third.total).toBe(third.subtotal);
  });
});
