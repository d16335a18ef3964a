import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advanceCustomerClock } from '../../server/src/billing/index.js';
import { graphql } from '../generated/index.js';
import { uniqueEmail } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { payCheckout, settle } from './billing-helpers.js';
import { subscriptionOf } from './customer-on-clock.js';

const SignUp = graphql(`mutation ExpirySignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl apiKey { secret } } }`);
const NewCheckout = graphql(`mutation ExpiryCheckout($plan: String!) { createCheckoutSession(plan: $plan) { url } }`);
const MeAccess = graphql(`query ExpiryMeAccess { me { plan { code } access { level reason } } }`);

let app: TestApp;
let stripe: Stripe;
beforeAll(async () => {
  app = await startTestApp({ STRIPE_TEST_CLOCKS: 'per_customer' });
  stripe = app.services.billing.gateway.stripe;
});
afterAll(async () => {
  await app?.close();
});

const sessionIdOf = (url: string): string => url.slice(url.lastIndexOf('/') + 1);

async function abandonedSignUp(email: string): Promise<{ customerId: string; key: string; checkoutUrl: string }> {
  const response = await app.client.request(SignUp, { input: { company: 'Abandon Co', email, plan: 'starter' } });
  expect(response.errors).toEqual([]);
  const signUp = response.data?.signUp;
  return { customerId: signUp?.accountId ?? '', key: signUp?.apiKey.secret ?? '', checkoutUrl: signUp?.checkoutUrl ?? '' };
}

async function rowsOf(customerId: string, email: string): Promise<{ subscriptions: number; customers: number }> {
  const connection = app.services.orm.em.getConnection();
  const subscriptions = await connection.execute<{ n: string }[]>('select count(*) as n from subscription where customer_id = ?', [
    customerId,
  ]);
  const customers = await connection.execute<{ n: string }[]>('select count(*) as n from customer where email = ?', [email]);
  return { subscriptions: Number(subscriptions[0].n), customers: Number(customers[0].n) };
}

describe('abandoned Checkout sessions', () => {
  it('expire after 24 hours: the sign-up is marked expired and stays unpaid; a new Checkout reuses its row and customer, and pays', async () => {
    const email = uniqueEmail('abandon');
    const signUp = await abandonedSignUp(email);
    const row = await subscriptionOf(app, signUp.customerId);
    expect(row.status).toBe('incomplete');

    const moved = await advanceCustomerClock(stripe, email, '+25h');
    expect(moved.events.map((event) => event.type)).toContain('checkout.session.expired');
    await settle(app);
    expect((await stripe.checkout.sessions.retrieve(sessionIdOf(signUp.checkoutUrl))).status).toBe('expired');
    const expired = await subscriptionOf(app, signUp.customerId);
    expect({ id: expired.id, status: expired.status, stripe: expired.stripeSubscriptionId }).toEqual({
      id: row.id,
      status: 'incomplete_expired',
      stripe: null,
    });
    const before = await app.client.request(MeAccess, {}, { key: signUp.key });
    expect(before.data?.me.access).toEqual({ level: 'BILLING_ONLY', reason: 'pending_payment' });
    expect(await payCheckout(signUp.checkoutUrl)).not.toBe(303);

    const again = await app.client.request(NewCheckout, { plan: 'pro' }, { key: signUp.key });
    expect(again.errors).toEqual([]);
    const url = again.data?.createCheckoutSession.url ?? '';
    expect(sessionIdOf(url)).not.toBe(sessionIdOf(signUp.checkoutUrl));
    const reopened = await subscriptionOf(app, signUp.customerId);
    expect({ id: reopened.id, status: reopened.status }).toEqual({ id: row.id, status: 'incomplete' });
    const session = await stripe.checkout.sessions.retrieve(sessionIdOf(url));
    expect(session).toMatchObject({ status: 'open', metadata: { carlo_subscription_id: row.id, carlo_plan: 'pro' } });

    expect(await payCheckout(url)).toBe(303);
    await settle(app);
    const paid = await subscriptionOf(app, signUp.customerId);
    expect({ id: paid.id, status: paid.status }).toEqual({ id: row.id, status: 'active' });
    const after = await app.client.request(MeAccess, {}, { key: signUp.key });
    expect(after.data?.me).toEqual({ plan: { code: 'pro' }, access: { level: 'FULL', reason: 'active' } });
    expect(await rowsOf(signUp.customerId, email)).toEqual({ subscriptions: 1, customers: 1 });
    expect((await stripe.customers.search({ query: `email:'${email}'` })).data).toHaveLength(1);
  });

  it('keep the sign-up pending while a newer session of it is open, and mark it expired once the last one expires', async () => {
    const email = uniqueEmail('abandon-twice');
    const signUp = await abandonedSignUp(email);
    await advanceCustomerClock(stripe, email, '+1h');
    const second = await app.client.request(NewCheckout, { plan: 'starter' }, { key: signUp.key });
    expect(second.errors).toEqual([]);

    const first = await advanceCustomerClock(stripe, email, '+23h');
    expect(first.events.filter((event) => event.type === 'checkout.session.expired')).toHaveLength(1);
    await settle(app);
    expect((await subscriptionOf(app, signUp.customerId)).status).toBe('incomplete');

    const last = await advanceCustomerClock(stripe, email, '+1h');
    expect(last.events.filter((event) => event.type === 'checkout.session.expired')).toHaveLength(1);
    await settle(app);
    expect((await subscriptionOf(app, signUp.customerId)).status).toBe('incomplete_expired');
    const me = await app.client.request(MeAccess, {}, { key: signUp.key });
    expect(me.data?.me.access).toEqual({ level: 'BILLING_ONLY', reason: 'pending_payment' });
  });
});
