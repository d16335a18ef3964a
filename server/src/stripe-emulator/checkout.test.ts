import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { payCheckout, seedCatalog, startHarness, waitFor, WEBHOOK_SECRET, WebhookReceiver, type Harness } from './test-harness.js';

describe('hosted Checkout', () => {
  let h: Harness;
  let receiver: WebhookReceiver;
  beforeAll(async () => {
    receiver = await new WebhookReceiver().start();
    h = await startHarness({ webhookEndpoints: [{ url: receiver.url, secret: WEBHOOK_SECRET }] });
  });
  afterAll(async () => { await h.close(); await receiver.close(); });

  it('pays a subscription with 4242, redirects to success_url and completes the session', async () => {
    const { base, overage } = await seedCatalog(h.stripe);
    const customer = await h.stripe.customers.create({ email: 'pro@example.com' });
    const session = await h.stripe.checkout.sessions.create({
      mode: 'subscription', customer: customer.id, line_items: [{ price: base.id, quantity: 1 }, { price: overage.id }],
      success_url: 'http://app.test/done?session={CHECKOUT_SESSION_ID}', cancel_url: 'http://app.test/cancel', client_reference_id: 'acct_1', metadata: { plan: 'starter' },
    });
    expect(session.url).toBe(`${h.emulator.url}/checkout/${session.id}`);
    const page = await fetch(session.url ?? '');
    expect(await page.text()).toContain('Card number');

    const paid = await payCheckout(session.url ?? '', '4242 4242 4242 4242');
    expect(paid.status).toBe(303);
    expect(paid.headers.get('location')).toBe(`http://app.test/done?session=${session.id}`);

    const done = await h.stripe.checkout.sessions.retrieve(session.id, { expand: ['subscription', 'line_items'] });
    expect(done).toMatchObject({ status: 'complete', payment_status: 'paid', customer: customer.id, client_reference_id: 'acct_1', metadata: { plan: 'starter' } });
    expect(done.line_items?.data.map((li) => li.price?.id)).toEqual([base.id, overage.id]);
    const sub = done.subscription;
    if (!sub || typeof sub === 'string') throw new Error('subscription not expanded');
    expect(sub.status).toBe('active');
    expect(sub.items.data[0].current_period_end).toBeGreaterThan(sub.items.data[0].current_period_start);
    const invoice = await h.stripe.invoices.retrieve(String(sub.latest_invoice));
    expect(invoice).toMatchObject({ status: 'paid', amount_paid: 2000 });
    const refreshed = await h.stripe.customers.retrieve(customer.id);
    expect(refreshed.deleted).toBeUndefined();
    expect('invoice_settings' in refreshed && refreshed.invoice_settings.default_payment_method).toMatch(/^pm_/);
    await waitFor(() => receiver.types().includes('checkout.session.completed'));
    expect(receiver.types()).toEqual(expect.arrayContaining(['customer.subscription.created', 'invoice.paid', 'payment_method.attached']));
  });

  it('declines 4000 0000 0000 0002 on the page and leaves the session open', async () => {
    const { base } = await seedCatalog(h.stripe);
    const session = await h.stripe.checkout.sessions.create({ mode: 'subscription', customer_email: 'x@example.com', line_items: [{ price: base.id, quantity: 1 }], success_url: 'http://app.test/ok' });
    const declined = await payCheckout(session.url ?? '', '4000000000000002');
    expect(declined.status).toBe(402);
    expect(await declined.text()).toContain('Your card was declined.');
    const still = await h.stripe.checkout.sessions.retrieve(session.id);
    expect(still).toMatchObject({ status: 'open', payment_status: 'unpaid', subscription: null });
  });

  it('takes a one-off payment in payment mode and refunds it with charge.refunded', async () => {
    const product = await h.stripe.products.create({ name: 'Credit pack' });
    const pack = await h.stripe.prices.create({ product: product.id, currency: 'usd', unit_amount: 1500 });
    const customer = await h.stripe.customers.create({ email: 'pack@example.com' });
    const session = await h.stripe.checkout.sessions.create({ mode: 'payment', customer: customer.id, line_items: [{ price: pack.id, quantity: 2 }], success_url: 'http://app.test/ok' });
    expect((await payCheckout(session.url ?? '', '4242424242424242')).status).toBe(303);
    const done = await h.stripe.checkout.sessions.retrieve(session.id, { expand: ['payment_intent'] });
    expect(done).toMatchObject({ status: 'complete', payment_status: 'paid', amount_total: 3000 });
    const pi = done.payment_intent;
    if (!pi || typeof pi === 'string') throw new Error('payment_intent not expanded');
    expect(pi).toMatchObject({ status: 'succeeded', amount: 3000 });
    const refund = await h.stripe.refunds.create({ payment_intent: pi.id });
    expect(refund).toMatchObject({ amount: 3000, status: 'succeeded' });
    await waitFor(() => receiver.deliveries.find((d) => d.event.type === 'charge.refunded'));
  });
});
