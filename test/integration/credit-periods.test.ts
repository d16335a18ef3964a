import { randomUUID } from 'node:crypto';
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { customerWithKey, signedInAdmin, uniqueEmail } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { payCheckout, settle } from './billing-helpers.js';
import { ledgerDisagreements, sql } from './credits-helpers.js';

const SignUp = graphql(
  `mutation SignUpForPeriods($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl apiKey { secret } } }`,
);
const MeCredits = graphql(
  `query MeCreditsForPeriods { me { access { level } credits { includedCredits includedRemaining prepaidRemaining periodStart } } }`,
);
const Run = graphql(`mutation RunForPeriods($input: SimulationInput!) { runSimulation(input: $input) { iterationsRun } }`);
const tiny = {
  iterations: 1000,
  seed: 5,
  inputs: [{ name: 'a', distribution: { type: 'NORMAL' as const, mean: 0, sd: 1 } }],
  outputs: [{ name: 'y', formula: 'a + 1' }],
};
const Grant = graphql(`mutation GrantForPeriods($customerId: ID!, $credits: Int!, $reason: String!) {
  grantCredits(customerId: $customerId, credits: $credits, reason: $reason) { prepaidRemaining }
}`);
const Change = graphql(`mutation ChangeForPeriods($plan: String!) { changePlan(plan: $plan) { immediate } }`);

let app: TestApp;
let stripe: Stripe;
beforeAll(async () => {
  app = await startTestApp();
  stripe = app.services.billing.gateway.stripe;
});
afterAll(async () => {
  app.services.billing.service.customerExtras = () => ({});
  await app?.close();
});

type PeriodRow = { period_start: Date; period_end: Date; included_credits: number; balance_credits: number };

async function periodsOf(customerId: string): Promise<PeriodRow[]> {
  return app.services.orm.em
    .getConnection()
    .execute<PeriodRow[]>(
      'select period_start, period_end, included_credits, balance_credits from credit_balance where customer_id = ? order by period_start',
      [customerId],
    );
}

describe('one credit period per customer at a time', () => {
  it('a key used before Checkout completes opens no period; the paid upgrade lands in the one live period', async () => {
    const clock = await stripe.testHelpers.testClocks.create({
      frozen_time: Math.floor(Date.now() / 1000),
      name: `periods-${randomUUID().slice(0, 6)}`,
    });
    app.services.billing.service.customerExtras = () => ({ test_clock: clock.id });
    const signUp = await app.client.request(SignUp, { input: { company: 'Early Caller', email: uniqueEmail('early'), plan: 'starter' } });
    app.services.billing.service.customerExtras = () => ({});
    expect(signUp.errors).toEqual([]);
    const customerId = signUp.data?.signUp.accountId ?? '';
    const key = signUp.data?.signUp.apiKey.secret ?? '';

    // A BILLING_ONLY key sees what its period will hold, and opens none.
    const pending = await app.client.request(MeCredits, {}, { key });
    expect(pending.data?.me).toMatchObject({ access: { level: 'BILLING_ONLY' }, credits: { includedCredits: 25_000 } });
    expect(await periodsOf(customerId)).toEqual([]);

    await stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: clock.frozen_time + 2 });
    expect(await payCheckout(signUp.data?.signUp.checkoutUrl ?? '')).toBe(303);
    await settle(app);
    expect((await app.client.request(Run, { input: tiny }, { key })).errors).toEqual([]);
    expect((await app.client.request(Change, { plan: 'pro' }, { key })).errors).toEqual([]);
    await settle(app);

    const periods = await periodsOf(customerId);
    expect(periods).toHaveLength(1);
    const upgraded = await app.client.request(MeCredits, {}, { key });
    expect(upgraded.data?.me.credits.includedCredits).toBe(periods[0]?.included_credits);
    expect(periods[0]?.included_credits).toBeGreaterThan(149_000);
  });

  it('a subscription anchor that moves under an open period ends that period where the new one starts and carries its prepaid credits', async () => {
    const { customer, key } = await customerWithKey(app, { plan: 'starter' });
    const admin = await signedInAdmin(app);
    expect((await app.client.request(Run, { input: tiny }, { key })).errors).toEqual([]);
    const granted = await app.client.request(
      Grant,
      { customerId: customer.id, credits: 10_000, reason: 'goodwill' },
      { cookie: admin.cookie },
    );
    expect(granted.data?.grantCredits.prepaidRemaining).toBe(10_000);

    await sql(
      app,
      "update subscription set current_period_start = now() - interval '1 millisecond', current_period_end = now() - interval '1 millisecond' + interval '1 month' where customer_id = ?",
      [customer.id],
    );
    app.services.monetization.credits.forget(customer.id);
    expect((await app.client.request(Run, { input: tiny }, { key })).errors).toEqual([]);

    const [first, second, ...more] = await periodsOf(customer.id);
    expect(more).toEqual([]);
    expect(first?.period_end).toEqual(second?.period_start);
    expect(first?.balance_credits).toBe(0);
    expect(second?.balance_credits).toBe(25_000 + 10_000 - 1);
    const me = await app.client.request(MeCredits, {}, { key });
    expect(me.data?.me.credits).toMatchObject({ includedRemaining: 25_000 - 1, prepaidRemaining: 10_000 });
    expect(await ledgerDisagreements(app, [customer.id])).toEqual([]);
  });

  it('the database refuses a second period overlapping an open one', async () => {
    const { customer, key } = await customerWithKey(app, { plan: 'starter' });
    expect((await app.client.request(Run, { input: tiny }, { key })).errors).toEqual([]);
    const overlapping = sql(
      app,
      "insert into credit_balance (id, created_at, updated_at, customer_id, period_start, period_end, included_credits, balance_credits) values (gen_random_uuid(), now(), now(), ?, now() - interval '1 second', now() + interval '1 month', 0, 0)",
      [customer.id],
    );
    await expect(overlapping).rejects.toMatchObject({ code: '23P01' });
  });
});
