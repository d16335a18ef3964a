import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorEnvelopeProblems } from '../conformance/api-errors.js';
import { DAY, payCheckout, seedCatalog, startHarness, type Harness } from '../test-harness.js';

describe("Stripe's test cards", () => {
  let h: Harness;
  let base: Stripe.Price;
  beforeAll(async () => {
    h = await startHarness();
    ({ base } = await seedCatalog(h.stripe));
  });
  afterAll(async () => {
    await h.close();
  });

  const raw = async (path: string, body: string) => {
    const response = await fetch(`${h.emulator.url}${path}`, {
      method: 'POST',
      body,
      headers: { authorization: 'Bearer sk_test_cards', 'content-type': 'application/x-www-form-urlencoded' },
    });
    return { status: response.status, body: (await response.json()) as { error: Record<string, unknown> } };
  };

  async function clockedSession(): Promise<{
    clock: Stripe.TestHelpers.TestClock;
    customer: Stripe.Customer;
    session: Stripe.Checkout.Session;
  }> {
    const clock = await h.stripe.testHelpers.testClocks.create({ frozen_time: Math.floor(Date.now() / 1000) });
    const customer = await h.stripe.customers.create({ email: 'card@example.com', test_clock: clock.id });
    const session = await h.stripe.checkout.sessions.create({
      mode: 'subscription',
      customer: customer.id,
      line_items: [{ price: base.id, quantity: 1 }],
      success_url: 'http://app.test/ok',
    });
    return { clock, customer, session };
  }

  async function authenticate(url: string, card: string, outcome: 'complete' | 'fail'): Promise<Response> {
    return fetch(url, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        card_number: card,
        exp: '12/34',
        cvc: '123',
        email: 'card@example.com',
        authentication: outcome,
      }).toString(),
    });
  }

  async function renew(
    clock: Stripe.TestHelpers.TestClock,
    subscriptionId: string,
  ): Promise<{ sub: Stripe.Subscription; invoice: Stripe.Invoice; charge: Stripe.Charge | undefined }> {
    await h.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: clock.frozen_time + 32 * DAY });
    const sub = await h.stripe.subscriptions.retrieve(subscriptionId);
    const invoice = await h.stripe.invoices.retrieve(String(sub.latest_invoice));
    const charges = await h.stripe.charges.list({ customer: String(sub.customer) });
    return { sub, invoice, charge: charges.data[0] };
  }

  it.each([
    ['4000 0000 0000 0002', 'Your card was declined.'],
    ['4000 0000 0000 9995', 'Your card has insufficient funds.'],
    ['4000 0000 0000 0069', 'Your card has expired.'],
    ['4000 0000 0000 0127', 'Your card&#39;s security code is incorrect.'],
  ])('Checkout shows the decline of %s and keeps the session open', async (card, message) => {
    const { session } = await clockedSession();
    const declined = await payCheckout(session.url ?? '', card);
    expect(declined.status).toBe(402);
    expect(await declined.text()).toContain(message);
    expect(await h.stripe.checkout.sessions.retrieve(session.id)).toMatchObject({ status: 'open', subscription: null });
  });

  it('3184 asks for 3-D Secure in Checkout (fail keeps the session open, complete pays) and fails every renewal with authentication_required', async () => {
    const { clock, session } = await clockedSession();
    const challenge = await payCheckout(session.url ?? '', '4000 0027 6000 3184');
    expect(challenge.status).toBe(200);
    const html = await challenge.text();
    expect(html).toContain('Complete authentication');
    expect(html).toContain('Fail authentication');
    expect((await h.stripe.checkout.sessions.retrieve(session.id)).status).toBe('open');

    const failed = await authenticate(session.url ?? '', '4000002760003184', 'fail');
    expect(failed.status).toBe(402);
    expect(await failed.text()).toContain('We are unable to authenticate your payment method.');
    expect((await h.stripe.checkout.sessions.retrieve(session.id)).status).toBe('open');

    expect((await authenticate(session.url ?? '', '4000002760003184', 'complete')).status).toBe(303);
    const done = await h.stripe.checkout.sessions.retrieve(session.id);
    expect(done).toMatchObject({ status: 'complete', payment_status: 'paid' });

    const { sub, invoice, charge } = await renew(clock, String(done.subscription));
    expect(sub.status).toBe('past_due');
    expect(invoice.status).toBe('open');
    expect(charge).toMatchObject({
      status: 'failed',
      failure_code: 'authentication_required',
      failure_message: 'Your card was declined. This transaction requires authentication.',
    });
    const intent = await h.stripe.paymentIntents.retrieve(String(charge?.payment_intent));
    expect(intent.last_payment_error).toMatchObject({
      type: 'card_error',
      code: 'authentication_required',
      decline_code: 'authentication_required',
    });
  });

  it('3155 asks for 3-D Secure once in Checkout; renewals of the card set up there succeed off-session', async () => {
    const { clock, session } = await clockedSession();
    expect((await payCheckout(session.url ?? '', '4000 0025 0000 3155')).status).toBe(200);
    expect((await authenticate(session.url ?? '', '4000002500003155', 'complete')).status).toBe(303);
    const done = await h.stripe.checkout.sessions.retrieve(session.id);
    const { sub, invoice } = await renew(clock, String(done.subscription));
    expect(sub.status).toBe('active');
    expect(invoice).toMatchObject({ status: 'paid', billing_reason: 'subscription_cycle' });
  });

  it('0341 pays in Checkout and fails the renewal with a generic decline', async () => {
    const { clock, session } = await clockedSession();
    expect((await payCheckout(session.url ?? '', '4000 0000 0000 0341')).status).toBe(303);
    const done = await h.stripe.checkout.sessions.retrieve(session.id);
    const { sub, charge } = await renew(clock, String(done.subscription));
    expect(sub.status).toBe('past_due');
    expect(charge).toMatchObject({ status: 'failed', failure_code: 'card_declined', outcome: { reason: 'generic_decline' } });
  });

  it.each([
    [
      '4000000000000002',
      { type: 'card_error', code: 'card_declined', decline_code: 'generic_decline', message: 'Your card was declined.' },
    ],
    ['4000000000000069', { type: 'card_error', code: 'expired_card', param: 'exp_month', message: 'Your card has expired.' }],
    ['4000000000000127', { type: 'card_error', code: 'incorrect_cvc', param: 'cvc', message: "Your card's security code is incorrect." }],
  ])('attaching %s answers 402 with Stripe’s error, shaped as the spec’s api_errors', async (number, error) => {
    const customer = await h.stripe.customers.create({ email: 'attach@example.com' });
    const pm = await h.stripe.paymentMethods.create({ type: 'card', card: { number, exp_month: 12, exp_year: 2034, cvc: '123' } });
    const answer = await raw(`/v1/payment_methods/${pm.id}/attach`, `customer=${customer.id}`);
    expect(answer.status).toBe(402);
    expect(answer.body.error).toEqual(error);
    expect(errorEnvelopeProblems(answer.body)).toEqual([]);
  });

  it('9995 attaches, and a charge on it fails with insufficient_funds', async () => {
    const customer = await h.stripe.customers.create({ email: 'funds@example.com' });
    const pm = await h.stripe.paymentMethods.create({
      type: 'card',
      card: { number: '4000000000009995', exp_month: 12, exp_year: 2034, cvc: '123' },
    });
    await h.stripe.paymentMethods.attach(pm.id, { customer: customer.id });
    await h.stripe.subscriptions.create({ customer: customer.id, items: [{ price: base.id }], default_payment_method: pm.id });
    const charges = await h.stripe.charges.list({ customer: customer.id });
    expect(charges.data[0]).toMatchObject({
      status: 'failed',
      failure_code: 'card_declined',
      failure_message: 'Your card has insufficient funds.',
      outcome: { reason: 'insufficient_funds' },
    });
    const invoices = await h.stripe.invoices.list({ customer: customer.id });
    const pay = await raw(`/v1/invoices/${invoices.data[0]?.id ?? ''}/pay`, '');
    expect(pay.status).toBe(402);
    expect(pay.body.error).toMatchObject({
      type: 'card_error',
      code: 'card_declined',
      decline_code: 'insufficient_funds',
      message: 'Your card has insufficient funds.',
    });
    expect(errorEnvelopeProblems(pay.body)).toEqual([]);
  });
});
