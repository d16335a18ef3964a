import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { payCheckout, seedCatalog, startHarness, waitFor, WEBHOOK_SECRET, WebhookReceiver, type Harness } from './test-harness.js';

describe('hosted Checkout', () => {
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

  it('pays a subscription with 4242, redirects to success_url and completes the session', async () => {
    const { base, overage } = await seedCatalog(h.stripe);
    const customer = await h.stripe.customers.create({ email: 'pro@example.com' });
    const session = await h.stripe.checkout.sessions.create({
      mode: 'subscription',
      customer: customer.id,
      line_items: [{ price: base.id, quantity: 1 }, { price: overage.id }],
      success_url: 'http://app.test/done?session={CHECKOUT_SESSION_ID}',
      cancel_url: 'http://app.test/cancel',
      client_reference_id: 'acct_1',
      metadata: { plan: 'starter' },
    });
    expect(session.url).toBe(`${h.emulator.url}/checkout/${session.id}`);
    const page = await fetch(session.url ?? '');
    expect(await page.text()).toContain('Card number');

    const paid = await payCheckout(session.url ?? '', '4242 4242 4242 4242');
    expect(paid.status).toBe(303);
    expect(paid.headers.get('location')).toBe(`http://app.test/done?session=${session.id}`);

    const done = await h.stripe.checkout.sessions.retrieve(session.id, { expand: ['subscription', 'line_items'] });
    expect(done).toMatchObject({
      status: 'complete',
      payment_status: 'paid',
      customer: customer.id,
      client_reference_id: 'acct_1',
      metadata: { plan: 'starter' },
    });
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
    const session = await h.stripe.checkout.sessions.create({
      mode: 'subscription',
      customer_email: 'x@example.com',
      line_items: [{ price: base.id, quantity: 1 }],
      success_url: 'http://app.test/ok',
    });
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
    const session = await h.stripe.checkout.sessions.create({
      mode: 'payment',
      customer: customer.id,
      line_items: [{ price: pack.id, quantity: 2 }],
      success_url: 'http://app.test/ok',
    });
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

  it('with invoice_creation, pays a one-off Checkout through a paid manual invoice linked from the session and its payment', async () => {
    const product = await h.stripe.products.create({ name: 'Credit pack' });
    const pack = await h.stripe.prices.create({ product: product.id, currency: 'usd', unit_amount: 1500 });
    const extra = await h.stripe.prices.create({ product: product.id, currency: 'usd', unit_amount: 250 });
    const customer = await h.stripe.customers.create({ email: 'invoiced-pack@example.com' });
    const session = await h.stripe.checkout.sessions.create({
      mode: 'payment',
      customer: customer.id,
      line_items: [
        { price: pack.id, quantity: 2 },
        { price: extra.id, quantity: 1 },
      ],
      success_url: 'http://app.test/ok',
      invoice_creation: { enabled: true, invoice_data: { metadata: { carlo_kind: 'credit_pack' } } },
    });
    expect(session.invoice_creation).toMatchObject({ enabled: true, invoice_data: { metadata: { carlo_kind: 'credit_pack' } } });
    expect(session.invoice).toBeNull();
    expect((await payCheckout(session.url ?? '', '4242424242424242')).status).toBe(303);

    const done = await h.stripe.checkout.sessions.retrieve(session.id);
    expect(done).toMatchObject({ status: 'complete', payment_status: 'paid', amount_total: 3250, subscription: null });
    expect(done.invoice).toMatch(/^in_/);
    const invoice = await h.stripe.invoices.retrieve(String(done.invoice), { expand: ['payments'] });
    expect(invoice).toMatchObject({
      status: 'paid',
      billing_reason: 'manual',
      parent: null,
      customer: customer.id,
      amount_due: 3250,
      amount_paid: 3250,
      amount_remaining: 0,
      subtotal: 3250,
      total: 3250,
      metadata: { carlo_kind: 'credit_pack' },
    });
    expect(invoice.number).toMatch(/-\d{4}$/);
    expect(invoice.lines.data.map((line) => [line.pricing?.price_details?.price, line.quantity, line.amount, line.parent?.type])).toEqual([
      [pack.id, 2, 3000, 'invoice_item_details'],
      [extra.id, 1, 250, 'invoice_item_details'],
    ]);
    expect(invoice.payments?.data.map((payment) => payment.payment.payment_intent)).toEqual([done.payment_intent]);
    // Without the expansion, payments stay out of the invoice, as on Stripe.
    expect('payments' in (await h.stripe.invoices.retrieve(invoice.id))).toBe(false);

    await waitFor(() =>
      receiver.deliveries.find((d) => d.event.type === 'checkout.session.completed' && d.event.data.object.id === session.id),
    );
    const ours = receiver.deliveries
      .filter((d) => [invoice.id, session.id].includes(String(d.event.data.object.id)))
      .map((d) => d.event.type);
    expect(ours).toEqual([
      'invoice.created',
      'invoice.finalized',
      'invoice.paid',
      'invoice.payment_succeeded',
      'checkout.session.completed',
    ]);
    const completed = receiver.deliveries.find(
      (d) => d.event.type === 'checkout.session.completed' && d.event.data.object.id === session.id,
    );
    expect(completed?.event.data.object).toMatchObject({ invoice: invoice.id });
  });

  it('creates no invoice for a payment-mode Checkout without invoice_creation, and refuses invoice_creation in subscription mode', async () => {
    const product = await h.stripe.products.create({ name: 'One-off' });
    const price = await h.stripe.prices.create({ product: product.id, currency: 'usd', unit_amount: 700 });
    const customer = await h.stripe.customers.create({ email: 'no-invoice@example.com' });
    const session = await h.stripe.checkout.sessions.create({
      mode: 'payment',
      customer: customer.id,
      line_items: [{ price: price.id, quantity: 1 }],
      success_url: 'http://app.test/ok',
    });
    expect(session.invoice_creation?.enabled).toBe(false);
    expect((await payCheckout(session.url ?? '', '4242424242424242')).status).toBe(303);
    expect((await h.stripe.checkout.sessions.retrieve(session.id)).invoice).toBeNull();
    expect((await h.stripe.invoices.list({ customer: customer.id })).data).toEqual([]);

    const { base } = await seedCatalog(h.stripe);
    await expect(
      h.stripe.checkout.sessions.create({
        mode: 'subscription',
        customer: customer.id,
        line_items: [{ price: base.id, quantity: 1 }],
        success_url: 'http://app.test/ok',
        invoice_creation: { enabled: true },
      }),
    ).rejects.toMatchObject({ statusCode: 400, param: 'invoice_creation' });
  });
});
