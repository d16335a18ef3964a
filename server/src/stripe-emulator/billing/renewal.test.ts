import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY, payCheckout, seedCatalog, startHarness, waitFor, WEBHOOK_SECRET, WebhookReceiver, type Harness } from '../test-harness.js';

const T0 = Date.UTC(2026, 0, 15, 12) / 1000; // 15 Jan 2026: the period is 31 days
const HOUR = 3600;

describe('subscriptions on a test clock', () => {
  let h: Harness;
  let receiver: WebhookReceiver;
  beforeAll(async () => {
    receiver = await new WebhookReceiver().start();
    h = await startHarness({ webhookEndpoints: [{ url: receiver.url, secret: WEBHOOK_SECRET }] });
  });
  afterAll(async () => {
    await h.close();
    await receiver.close();
  });

  async function clockedCustomer(card: string): Promise<{
    clock: Stripe.TestHelpers.TestClock;
    customer: Stripe.Customer;
    sub: Stripe.Subscription;
    catalog: Awaited<ReturnType<typeof seedCatalog>>;
  }> {
    const catalog = await seedCatalog(h.stripe);
    const clock = await h.stripe.testHelpers.testClocks.create({ frozen_time: T0 });
    const customer = await h.stripe.customers.create({ email: 'clock@example.com', test_clock: clock.id });
    const session = await h.stripe.checkout.sessions.create({
      mode: 'subscription',
      customer: customer.id,
      line_items: [{ price: catalog.base.id, quantity: 1 }, { price: catalog.overage.id }],
      success_url: 'http://app.test/ok',
    });
    expect((await payCheckout(session.url ?? '', card)).status).toBe(303);
    const done = await h.stripe.checkout.sessions.retrieve(session.id);
    const sub = await h.stripe.subscriptions.retrieve(String(done.subscription));
    return { clock, customer, sub, catalog };
  }

  it('renews at period end with the base price plus the metered usage of the period, and charges the card', async () => {
    const { clock, customer, sub, catalog } = await clockedCustomer('4242424242424242');
    expect(sub.items.data[0]).toMatchObject({ current_period_start: T0, current_period_end: T0 + 31 * DAY });
    await h.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: T0 + 10 * DAY });
    for (const [i, value] of [100, 50].entries()) {
      await h.stripe.billing.meterEvents.create({
        event_name: catalog.meter.event_name,
        payload: { stripe_customer_id: customer.id, value: String(value) },
        identifier: `use-${customer.id}-${i}`,
        timestamp: T0 + 9 * DAY,
      });
    }
    const advanced = await h.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: T0 + 32 * DAY });
    expect(advanced.status).toBe('advancing');
    expect((await h.stripe.testHelpers.testClocks.retrieve(clock.id)).status).toBe('ready');

    const renewed = await h.stripe.subscriptions.retrieve(sub.id, { expand: ['latest_invoice'] });
    expect(renewed.status).toBe('active');
    expect(renewed.items.data[0]).toMatchObject({ current_period_start: T0 + 31 * DAY, current_period_end: T0 + 59 * DAY });
    const invoice = renewed.latest_invoice as Stripe.Invoice;
    expect(invoice).toMatchObject({ billing_reason: 'subscription_cycle', status: 'paid', amount_paid: 2000 + 75, created: T0 + 31 * DAY });
    expect(invoice.lines.data.map((l) => [l.pricing?.price_details?.price, l.quantity, l.amount])).toEqual([
      [catalog.base.id, 1, 2000],
      [catalog.overage.id, 150, 75],
    ]);
    const paidEvent = await waitFor(() =>
      receiver.deliveries.find((d) => d.event.type === 'invoice.paid' && d.event.data.object.id === invoice.id),
    );
    // Stripe finalizes and charges a renewal about an hour after creating it as a draft.
    expect(JSON.parse(paidEvent.body)).toMatchObject({ created: T0 + 31 * DAY + HOUR });
  });

  it('keeps the renewal invoice a draft for an hour: usage of the ended period reported in that hour is billed on it', async () => {
    const { clock, customer, sub, catalog } = await clockedCustomer('4242424242424242');
    const use = (identifier: string, value: number, timestamp: number) =>
      h.stripe.billing.meterEvents.create({
        event_name: catalog.meter.event_name,
        payload: { stripe_customer_id: customer.id, value: String(value) },
        identifier: `${identifier}-${customer.id}`,
        timestamp,
      });
    await h.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: T0 + 31 * DAY + 60 });
    const draft = (await h.stripe.subscriptions.retrieve(sub.id, { expand: ['latest_invoice'] })).latest_invoice as Stripe.Invoice;
    expect(draft).toMatchObject({
      status: 'draft',
      billing_reason: 'subscription_cycle',
      automatically_finalizes_at: T0 + 31 * DAY + HOUR,
    });
    expect(draft.total).toBe(2000);
    await h.emulator.idle();
    expect(receiver.deliveries.some((d) => d.event.type === 'invoice.created' && d.event.data.object.id === draft.id)).toBe(true);
    // The last minutes of the period, reported after it ended; and a use of the new period.
    await use('late', 200, T0 + 31 * DAY - 30);
    await use('next', 40, T0 + 31 * DAY + 30);
    await h.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: T0 + 31 * DAY + 2 * HOUR });
    const final = await h.stripe.invoices.retrieve(draft.id);
    expect(final).toMatchObject({ status: 'paid', total: 2000 + 100, amount_paid: 2100, automatically_finalizes_at: null });
    expect(final.lines.data.map((l) => [l.pricing?.price_details?.price, l.quantity, l.amount])).toEqual([
      [catalog.base.id, 1, 2000],
      [catalog.overage.id, 200, 100],
    ]);
    // Once final, the invoice takes no more lines.
    await expect(h.stripe.invoices.finalizeInvoice(draft.id)).rejects.toThrow(/already finalized/);
  });

  it('fails renewals on the 0341 card: past_due, retried on the schedule, then unpaid; a new card in the portal pays it', async () => {
    const { clock, customer, sub } = await clockedCustomer('4000000000000341');
    expect(sub.status).toBe('active');
    await h.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: T0 + 31 * DAY + HOUR + 60 });
    const pastDue = await h.stripe.subscriptions.retrieve(sub.id, { expand: ['latest_invoice'] });
    expect(pastDue.status).toBe('past_due');
    const invoice = pastDue.latest_invoice as Stripe.Invoice;
    expect(invoice).toMatchObject({ status: 'open', attempt_count: 1, next_payment_attempt: T0 + 34 * DAY + HOUR });

    await h.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: T0 + 42 * DAY });
    const retried = await h.stripe.invoices.retrieve(invoice.id);
    expect(retried).toMatchObject({ attempt_count: 3, next_payment_attempt: T0 + 46 * DAY + HOUR });
    expect((await h.stripe.subscriptions.retrieve(sub.id)).status).toBe('past_due');

    await h.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: T0 + 47 * DAY });
    expect(await h.stripe.invoices.retrieve(invoice.id)).toMatchObject({ attempt_count: 4, next_payment_attempt: null, status: 'open' });
    expect((await h.stripe.subscriptions.retrieve(sub.id)).status).toBe('unpaid');
    await h.emulator.idle();
    expect(
      receiver.deliveries.filter((d) => d.event.type === 'invoice.payment_failed' && d.event.data.object.id === invoice.id),
    ).toHaveLength(4);
    const statuses = receiver.deliveries
      .filter((d) => d.event.type === 'customer.subscription.updated' && d.event.data.object.id === sub.id)
      .map((d) => d.event.data.object.status);
    expect(statuses).toEqual(expect.arrayContaining(['past_due', 'unpaid']));

    const portal = await h.stripe.billingPortal.sessions.create({ customer: customer.id, return_url: 'http://app.test/account' });
    const saved = await fetch(`${portal.url}/card`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'card_number=4242424242424242&exp=12%2F34&cvc=123',
    });
    expect(await saved.text()).toContain('Card saved.');
    expect(await h.stripe.invoices.retrieve(invoice.id)).toMatchObject({ status: 'paid' });
    expect((await h.stripe.subscriptions.retrieve(sub.id)).status).toBe('active');
  });

  it('ends a cancel_at_period_end subscription at period end with customer.subscription.deleted', async () => {
    const { clock, sub } = await clockedCustomer('4242424242424242');
    const updated = await h.stripe.subscriptions.update(sub.id, { cancel_at_period_end: true });
    expect(updated).toMatchObject({ cancel_at_period_end: true, cancel_at: T0 + 31 * DAY, status: 'active' });
    await h.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: T0 + 30 * DAY });
    expect((await h.stripe.subscriptions.retrieve(sub.id)).status).toBe('active');
    await h.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: T0 + 40 * DAY });
    expect(await h.stripe.subscriptions.retrieve(sub.id)).toMatchObject({ status: 'canceled', ended_at: T0 + 31 * DAY });
    const deleted = await waitFor(() =>
      receiver.deliveries.find((d) => d.event.type === 'customer.subscription.deleted' && d.event.data.object.id === sub.id),
    );
    expect(JSON.parse(deleted.body)).toMatchObject({ created: T0 + 31 * DAY });
    expect((await h.stripe.invoices.list({ subscription: sub.id })).data).toHaveLength(1);
  });

  it('previews and applies an upgrade with prorations by time left in the period', async () => {
    const { sub, catalog } = await clockedCustomer('4242424242424242');
    const item = sub.items.data.find((i) => i.price.id === catalog.base.id);
    if (!item) throw new Error('no base item');
    const half = T0 + Math.round(15.5 * DAY);
    const preview = await h.stripe.invoices.createPreview({
      customer: String(sub.customer),
      subscription: sub.id,
      subscription_details: { items: [{ id: item.id, price: catalog.pro.id }], proration_behavior: 'always_invoice', proration_date: half },
    });
    expect(preview.lines.data.map((l) => [l.amount, l.parent?.subscription_item_details?.proration])).toEqual([
      [-1000, true],
      [2500, true],
    ]);
    expect(preview.amount_due).toBe(1500);
    const next = await h.stripe.invoices.createPreview({
      customer: String(sub.customer),
      subscription: sub.id,
      subscription_details: { items: [{ id: item.id, price: catalog.pro.id }], proration_date: half },
    });
    expect(next.lines.data.map((l) => l.amount)).toEqual([-1000, 2500, 5000]);

    const upgraded = await h.stripe.subscriptions.update(sub.id, {
      items: [{ id: item.id, price: catalog.pro.id }],
      proration_behavior: 'always_invoice',
      proration_date: half,
      expand: ['latest_invoice'],
    });
    expect(upgraded.items.data.find((i) => i.id === item.id)?.price.id).toBe(catalog.pro.id);
    expect(upgraded.latest_invoice).toMatchObject({ billing_reason: 'subscription_update', status: 'paid', amount_paid: 1500 });
  });
});
