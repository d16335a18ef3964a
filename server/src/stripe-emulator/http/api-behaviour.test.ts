import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../test-harness.js';

describe('Stripe API behaviour over HTTP', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('replays the stored response for the same Idempotency-Key and parameters', async () => {
    const first = await h.stripe.customers.create({ email: 'idem@example.com' }, { idempotencyKey: 'signup-42' });
    const again = await h.stripe.customers.create({ email: 'idem@example.com' }, { idempotencyKey: 'signup-42' });
    expect(again.id).toBe(first.id);
    expect(again.lastResponse.headers['idempotent-replayed']).toBe('true');
    expect((await h.stripe.customers.list({ email: 'idem@example.com' })).data).toHaveLength(1);
  });

  it('refuses the same Idempotency-Key with other parameters with idempotency_error', async () => {
    await h.stripe.customers.create({ email: 'a@example.com' }, { idempotencyKey: 'key-conflict' });
    const error = await h.stripe.customers.create({ email: 'b@example.com' }, { idempotencyKey: 'key-conflict' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    expect(error).toMatchObject({ statusCode: 400, type: 'StripeIdempotencyError' });
  });

  it('answers 401 without a test secret key and 404 resource_missing for unknown ids, with a Request-Id', async () => {
    const res = await fetch(`${h.emulator.url}/v1/customers`, { headers: { authorization: 'Bearer pk_live_nope' } });
    expect(res.status).toBe(401);
    expect(res.headers.get('request-id')).toMatch(/^req_/);
    expect(((await res.json()) as { error: { type: string } }).error.type).toBe('invalid_request_error');
    const missing = await h.stripe.customers.retrieve('cus_missing').catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(missing).toMatchObject({ statusCode: 404, code: 'resource_missing', param: 'id' });
    expect((missing as Stripe.errors.StripeError).requestId).toMatch(/^req_/);
  });

  it("accepts curl's basic auth with the key as user name (-u sk_test_…:), and refuses a publishable key that way", async () => {
    const basic = (user: string) => `Basic ${Buffer.from(user).toString('base64')}`;
    const ok = await fetch(`${h.emulator.url}/v1/customers?limit=1`, { headers: { authorization: basic('sk_test_curl:') } });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { object: string }).object).toBe('list');
    const refused = await fetch(`${h.emulator.url}/v1/customers?limit=1`, { headers: { authorization: basic('pk_test_curl:') } });
    expect(refused.status).toBe(401);
    await refused.arrayBuffer();
  });

  it('lists newest first with limit, starting_after and has_more, and expands ids into objects', async () => {
    const tag = `list-${Date.now()}@example.com`;
    const made = [];
    for (let i = 0; i < 3; i += 1) made.push(await h.stripe.customers.create({ email: tag, metadata: { n: String(i) } }));
    const page1 = await h.stripe.customers.list({ email: tag, limit: 2 });
    expect(page1).toMatchObject({ object: 'list', has_more: true, url: '/v1/customers' });
    expect(page1.data.map((c) => c.metadata.n)).toEqual(['2', '1']);
    const page2 = await h.stripe.customers.list({ email: tag, limit: 2, starting_after: page1.data[1].id });
    expect(page2.data.map((c) => c.metadata.n)).toEqual(['0']);
    expect(page2.has_more).toBe(false);
    const all = [];
    for await (const c of h.stripe.customers.list({ email: tag, limit: 1 })) all.push(c.id);
    expect(all).toEqual(made.map((c) => c.id).reverse());

    const pm = await h.stripe.paymentMethods.attach('pm_card_visa', { customer: made[0].id });
    const expanded = await h.stripe.paymentMethods.retrieve(pm.id, { expand: ['customer'] });
    expect(expanded.customer).toMatchObject({ id: made[0].id, object: 'customer' });
  });

  it('merges metadata on update and records customer.updated with previous_attributes', async () => {
    const c = await h.stripe.customers.create({ email: 'old@example.com', metadata: { a: '1', b: '2' } });
    const updated = await h.stripe.customers.update(c.id, { email: 'new@example.com', metadata: { a: '', c: '3' } });
    expect(updated).toMatchObject({ email: 'new@example.com', metadata: { b: '2', c: '3' } });
    const events = await h.stripe.events.list({ type: 'customer.updated', limit: 1 });
    expect(events.data[0].data).toMatchObject({
      object: { id: c.id, email: 'new@example.com' },
      previous_attributes: { email: 'old@example.com' },
    });
    expect(events.data[0]).toMatchObject({ api_version: '2026-07-29.dahlia', livemode: false });
  });

  it('creates subscriptions via the API with a saved card and cancels them at once with DELETE', async () => {
    const product = await h.stripe.products.create({ name: 'API plan' });
    const price = await h.stripe.prices.create({
      product: product.id,
      currency: 'usd',
      unit_amount: 900,
      recurring: { interval: 'month' },
    });
    const customer = await h.stripe.customers.create({ email: 'api@example.com' });
    const noCard = await h.stripe.subscriptions
      .create({ customer: customer.id, items: [{ price: price.id }] })
      .catch((e: Stripe.errors.StripeError) => e.statusCode);
    expect(noCard).toBe(400);
    await h.stripe.paymentMethods.attach('pm_card_visa', { customer: customer.id });
    const pms = await h.stripe.customers.listPaymentMethods(customer.id);
    await h.stripe.customers.update(customer.id, { invoice_settings: { default_payment_method: pms.data[0].id } });
    const sub = await h.stripe.subscriptions.create({ customer: customer.id, items: [{ price: price.id }], expand: ['latest_invoice'] });
    expect(sub).toMatchObject({ status: 'active', latest_invoice: { status: 'paid', amount_paid: 900 } });
    expect((await h.stripe.subscriptions.list({ customer: customer.id })).data.map((s) => s.id)).toEqual([sub.id]);
    const canceled = await h.stripe.subscriptions.cancel(sub.id);
    expect(canceled.status).toBe('canceled');
    expect((await h.stripe.subscriptions.list({ customer: customer.id })).data).toEqual([]);
    expect((await h.stripe.subscriptions.list({ customer: customer.id, status: 'canceled' })).data).toHaveLength(1);
  });
});
