import { randomUUID } from 'node:crypto';
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Subscription } from '../../server/src/domain/subscriptions/subscription.entity.js';
import { graphql } from '../generated/index.js';
import { errorCodes } from '../support/graphql-client.js';
import { uniqueEmail } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { payCheckout, settle } from './billing-helpers.js';
import { ledgerDisagreements, NO_THROTTLE, setOverrides, sql } from './credits-helpers.js';

const SignUpPaid = graphql(
  `mutation SignUpPaid($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl apiKey { secret } } }`,
);
const Access = graphql(`query Access { me { plan { code } access { level reason advice } } }`);
const Run = graphql(`mutation RunTiny($input: SimulationInput!) { runSimulation(input: $input) { iterationsRun } }`);
const Portal = graphql(`mutation Portal { createBillingPortalSession { url } }`);
const Cancel = graphql(`mutation Cancel { cancelSubscription { status cancelAtPeriodEnd } }`);
const Preview = graphql(
  `query Preview($plan: String!) { previewPlanChange(plan: $plan) { immediate prorationCents nextInvoiceCents includedCreditsChange featuresAdded featuresRemoved from { code } to { code } } }`,
);
const Change = graphql(`mutation Change($plan: String!) { changePlan(plan: $plan) { immediate to { code } } }`);
const BuyCredits = graphql(`mutation BuyCredits($pack: String!) { buyCredits(pack: $pack) { url } }`);

const tiny = {
  iterations: 1000,
  seed: 3,
  inputs: [{ name: 'a', distribution: { type: 'NORMAL' as const, mean: 0, sd: 1 } }],
  outputs: [{ name: 'y', formula: 'a + 1' }],
};
const DAY = 86_400;

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

type Paying = { customerId: string; key: string; clock: Stripe.TestHelpers.TestClock };

/** A customer on a Stripe test clock who signed up for a plan and paid Checkout with `card`. */
async function payingCustomer(plan: string, card: string): Promise<Paying> {
  const clock = await stripe.testHelpers.testClocks.create({
    frozen_time: Math.floor(Date.now() / 1000),
    name: `clock-${randomUUID().slice(0, 6)}`,
  });
  app.services.billing.service.customerExtras = () => ({ test_clock: clock.id });
  const response = await app.client.request(SignUpPaid, { input: { company: 'Clocked Co', email: uniqueEmail('clock'), plan } });
  app.services.billing.service.customerExtras = () => ({});
  expect(response.errors).toEqual([]);
  const payload = response.data?.signUp;
  expect(await payCheckout(payload?.checkoutUrl ?? '', card)).toBe(303);
  await settle(app);
  return { customerId: payload?.accountId ?? '', key: payload?.apiKey.secret ?? '', clock };
}

async function subscriptionOf(customerId: string): Promise<Subscription> {
  return app.services.orm.em
    .fork()
    .findOneOrFail(Subscription, { customer: customerId }, { orderBy: { createdAt: 'desc' }, populate: ['plan'] });
}

async function advance(clock: Stripe.TestHelpers.TestClock, to: number): Promise<void> {
  await stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: to });
  await settle(app);
}

async function accessOf(key: string) {
  return (await app.client.request(Access, {}, { key })).data?.me;
}

describe('dunning', () => {
  it('0341 card: renewal fails, past_due keeps FULL in grace, unpaid is LIMITED, paying in the portal restores FULL', async () => {
    const { customerId, key, clock } = await payingCustomer('pro', '4000 0000 0000 0341');
    expect(await accessOf(key)).toMatchObject({ access: { level: 'FULL', reason: 'active' } });
    const periodEnd = Math.floor((await subscriptionOf(customerId)).currentPeriodEnd.getTime() / 1000);

    await advance(clock, periodEnd + 3600);
    const pastDue = await subscriptionOf(customerId);
    expect(pastDue.status).toBe('past_due');
    expect(pastDue.pastDueSince).not.toBeNull();
    expect(await accessOf(key)).toMatchObject({ access: { level: 'FULL', reason: 'past_due_grace' } });
    expect((await accessOf(key))?.access.advice).toContain('update the card in the billing portal');

    // Retries 3, 5 and 7 days after each failure all fail; then Stripe marks it unpaid.
    await advance(clock, periodEnd + 16 * DAY);
    expect((await subscriptionOf(customerId)).status).toBe('unpaid');
    expect(await accessOf(key)).toMatchObject({ access: { level: 'LIMITED', reason: 'unpaid' } });
    const unpaidAdvice = (await accessOf(key))?.access.advice;
    expect(unpaidAdvice).toContain("calls run within the free plan's limits");
    expect(unpaidAdvice).not.toContain('not allowed');

    const portal = await app.client.request(Portal, {}, { key });
    const url = portal.data?.createBillingPortalSession.url ?? '';
    const saved = await fetch(`${url}/card`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ card_number: '4242424242424242', exp: '12/34', cvc: '123' }).toString(),
    });
    await saved.arrayBuffer();
    expect(saved.status).toBeLessThan(400);
    await settle(app);
    expect((await subscriptionOf(customerId)).status).toBe('active');
    expect(await accessOf(key)).toMatchObject({ access: { level: 'FULL', reason: 'active', advice: null } });
  });
});

describe('cancel', () => {
  it('keeps FULL until the period ends, then READ_ONLY: reads work, billable calls are refused', async () => {
    const { customerId, key, clock } = await payingCustomer('starter', '4242 4242 4242 4242');
    const cancel = await app.client.request(Cancel, {}, { key });
    expect(cancel.errors).toEqual([]);
    await settle(app);
    const row = await subscriptionOf(customerId);
    expect(row.cancelAtPeriodEnd).toBe(true);
    expect(await accessOf(key)).toMatchObject({ access: { level: 'FULL' } });

    await advance(clock, Math.floor(row.currentPeriodEnd.getTime() / 1000) + 60);
    expect((await subscriptionOf(customerId)).status).toBe('canceled');
    expect(await accessOf(key)).toMatchObject({ access: { level: 'READ_ONLY', reason: 'canceled' } });
    const run = await app.client.request(Run, { input: tiny }, { key });
    expect(errorCodes(run).length).toBeGreaterThan(0);
    expect(run.data?.runSimulation ?? null).toBeNull();
  });
});

describe('plan changes', () => {
  it('previews an upgrade with proration and the change in limits, applies it now; a downgrade waits for the period end', async () => {
    const { customerId, key, clock } = await payingCustomer('starter', '4242 4242 4242 4242');
    await advance(clock, clock.frozen_time + 10 * DAY);
    const preview = await app.client.request(Preview, { plan: 'pro' }, { key });
    expect(preview.errors).toEqual([]);
    expect(preview.data?.previewPlanChange).toMatchObject({
      immediate: true,
      from: { code: 'starter' },
      to: { code: 'pro' },
      includedCreditsChange: 125_000,
      featuresAdded: ['sensitivity'],
      featuresRemoved: [],
    });
    expect(preview.data?.previewPlanChange.prorationCents).toBeGreaterThan(0);
    expect(preview.data?.previewPlanChange.prorationCents).toBeLessThan(9900 - 2900);

    // A billable call opens the credit period with starter's included credits; the upgrade raises them.
    expect((await app.client.request(Run, { input: tiny }, { key })).errors).toEqual([]);
    const included = async () =>
      (
        await app.services.orm.em
          .getConnection()
          .execute<{ included_credits: number }[]>(
            'select included_credits from credit_balance where customer_id = ? and period_start <= now() and period_end > now()',
            [customerId],
          )
      )[0]?.included_credits;
    expect(await included()).toBe(25_000);
    const period = await subscriptionOf(customerId);
    expect((await app.client.request(Change, { plan: 'pro' }, { key })).errors).toEqual([]);
    await settle(app);
    expect((await subscriptionOf(customerId)).plan.getEntity().code).toBe('pro');
    // The extra 125,000 credits of pro come for the time left in the period, as its price does.
    const end = period.currentPeriodEnd.getTime() / 1000;
    const share = (end - (clock.frozen_time + 10 * DAY)) / (end - period.currentPeriodStart.getTime() / 1000);
    expect(await included()).toBe(25_000 + Math.round(125_000 * share));

    const down = await app.client.request(Change, { plan: 'starter' }, { key });
    expect(down.data?.changePlan).toMatchObject({ immediate: false, to: { code: 'starter' } });
    await settle(app);
    const kept = await subscriptionOf(customerId);
    expect(kept.plan.getEntity().code).toBe('pro');
    await advance(clock, Math.floor(kept.currentPeriodEnd.getTime() / 1000) + 60);
    expect((await subscriptionOf(customerId)).plan.getEntity().code).toBe('starter');
  });
});

describe('credit packs', () => {
  it('grants a pack once, even when its checkout.session.completed arrives twice and is replayed', async () => {
    const { customerId, key } = await payingCustomer('starter', '4242 4242 4242 4242');
    const bought = await app.client.request(BuyCredits, { pack: 'small' }, { key });
    expect(bought.errors).toEqual([]);
    expect(await payCheckout(bought.data?.buyCredits.url ?? '')).toBe(303);
    await settle(app);
    const connection = app.services.orm.em.getConnection();
    const grants = () =>
      connection.execute<{ n: string; credits: string | null }[]>(
        `select count(*) as n, sum(credits) as credits from credit_ledger where customer_id = ? and kind = 'grant_prepaid'`,
        [customerId],
      );
    expect(await grants()).toEqual([{ n: '1', credits: '10000' }]);

    const events = await connection.execute<{ id: string; payload: unknown }[]>(
      `select id, payload from stripe_event where type = 'checkout.session.completed' and payload->'data'->'object'->'metadata'->>'carlo_customer_id' = ? and payload->'data'->'object'->>'mode' = 'payment'`,
      [customerId],
    );
    expect(events).toHaveLength(1);
    // The same event delivered again: the inbox keeps one row.
    const body = JSON.stringify(typeof events[0].payload === 'string' ? JSON.parse(events[0].payload) : events[0].payload);
    const { default: StripeSdk } = await import('stripe');
    const header = StripeSdk.webhooks.generateTestHeaderString({ payload: body, secret: app.services.secrets.stripeWebhookSecret });
    const again = await fetch(`${app.url}/webhooks/stripe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': header },
      body,
    });
    expect(again.status).toBe(200);
    // And an admin replay of it applies the handler again: the session id keeps it to one grant.
    await connection.execute(`update stripe_event set status = 'pending', processed_at = null, next_attempt_at = now() where id = ?`, [
      events[0].id,
    ]);
    await settle(app);
    expect(await grants()).toEqual([{ n: '1', credits: '10000' }]);
    const purchases = await connection.execute<{ n: string }[]>('select count(*) as n from credit_purchase where customer_id = ?', [
      customerId,
    ]);
    expect(purchases[0].n).toBe('1');
  });

  it('takes back the credits a refund pays back, once, and only those still unused', async () => {
    const { customerId, key } = await payingCustomer('starter', '4242 4242 4242 4242');
    // No included credits, so the balance is the pack's alone.
    await setOverrides(app, customerId, { ...NO_THROTTLE, includedCredits: 0 });
    await app.services.orm.em.fork().transactional((em) => app.services.monetization.credits.adjustIncluded(em, customerId, 0));
    const bought = await app.client.request(BuyCredits, { pack: 'small' }, { key });
    expect(await payCheckout(bought.data?.buyCredits.url ?? '')).toBe(303);
    await settle(app);
    const purchase = async () =>
      (
        await sql<{ payment_intent: string; credits_revoked: number }>(
          app,
          'select stripe_payment_intent_id as payment_intent, credits_revoked from credit_purchase where customer_id = ?',
          [customerId],
        )
      )[0];
    const balance = async () =>
      (
        await sql<{ balance_credits: number }>(
          app,
          'select balance_credits from credit_balance where customer_id = ? order by period_start desc limit 1',
          [customerId],
        )
      )[0].balance_credits;
    const paymentIntent = (await purchase()).payment_intent;
    expect(paymentIntent).toMatch(/^pi_/);
    expect(await balance()).toBe(10_000);

    await stripe.refunds.create({ payment_intent: paymentIntent, amount: 500 });
    await settle(app);
    expect(await balance()).toBe(5_000);
    expect((await purchase()).credits_revoked).toBe(5_000);

    // The same charge.refunded applied again (an admin replay) revokes nothing more.
    await sql(
      app,
      `update stripe_event set status = 'pending', processed_at = null, next_attempt_at = now() where type = 'charge.refunded' and payload->'data'->'object'->>'payment_intent' = ?`,
      [paymentIntent],
    );
    await settle(app);
    expect(await balance()).toBe(5_000);

    // One credit spent, then the rest refunded: the spent credit cannot come back.
    const run = await app.client.request(Run, { input: tiny }, { key });
    expect(run.errors).toEqual([]);
    expect(await balance()).toBe(4_999);
    await stripe.refunds.create({ payment_intent: paymentIntent });
    await settle(app);
    expect(await balance()).toBe(0);
    expect((await purchase()).credits_revoked).toBe(10_000);
    const revocations = await sql<{ credits: number; reason: string }>(
      app,
      `select credits, reason from credit_ledger where customer_id = ? and kind = 'revoke' order by id`,
      [customerId],
    );
    expect(revocations.map((r) => r.credits)).toEqual([5_000, 4_999]);
    expect(revocations[1].reason).toContain('1 of its credits were already used');
    expect(await ledgerDisagreements(app, [customerId])).toEqual([]);
  });
});
