import { randomUUID } from 'node:crypto';
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Plan } from '../../server/src/domain/plans/plan.entity.js';
import { Subscription } from '../../server/src/domain/subscriptions/subscription.entity.js';
import { graphql } from '../generated/index.js';
import { uniqueEmail } from '../support/factories.js';
import { Probe } from '../support/probe.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { payCheckout, settle } from './billing-helpers.js';

const SignUpPaid = graphql(
  `mutation SignUpPlanChanger($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl apiKey { secret } } }`,
);
const Preview = graphql(
  `query PreviewChange($plan: String!) { previewPlanChange(plan: $plan) { immediate prorationCents nextInvoiceCents releasedPlanCode from { code } to { code } } }`,
);
const Change = graphql(
  `mutation ApplyChange($plan: String!) { changePlan(plan: $plan) { immediate prorationCents releasedPlanCode to { code } } }`,
);

const PreviewAt = graphql(
  `query PreviewChangeAt($plan: String!) { previewPlanChange(plan: $plan) { prorationCents nextInvoiceCents effectiveAt } }`,
);
const ChangeAt = graphql(
  `mutation ApplyChangeAt($plan: String!, $previewedAt: DateTime) { changePlan(plan: $plan, previewedAt: $previewedAt) { prorationCents effectiveAt } }`,
);

const PreviewOverage = graphql(
  `query PreviewOverage($plan: String!) { previewPlanChange(plan: $plan) { immediate nextInvoiceCents overageCredits overageCents } }`,
);

const Run = graphql(`mutation RunForCredits($input: SimulationInput!) { runSimulation(input: $input) { iterationsRun } }`);
const tiny = {
  iterations: 1000,
  seed: 3,
  inputs: [{ name: 'a', distribution: { type: 'NORMAL' as const, mean: 0, sd: 1 } }],
  outputs: [{ name: 'y', formula: 'a + 1' }],
};
const DAY = 86_400;
const PRICE_CENTS = { starter: 2900, pro: 9900, team: 29900 };

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

async function payingCustomer(plan: string): Promise<Paying> {
  const clock = await stripe.testHelpers.testClocks.create({
    frozen_time: Math.floor(Date.now() / 1000),
    name: `clock-${randomUUID().slice(0, 6)}`,
  });
  app.services.billing.service.customerExtras = () => ({ test_clock: clock.id });
  const response = await app.client.request(SignUpPaid, { input: { company: 'Plan Changer', email: uniqueEmail('change'), plan } });
  app.services.billing.service.customerExtras = () => ({});
  expect(response.errors).toEqual([]);
  expect(await payCheckout(response.data?.signUp.checkoutUrl ?? '')).toBe(303);
  await settle(app);
  return { customerId: response.data?.signUp.accountId ?? '', key: response.data?.signUp.apiKey.secret ?? '', clock };
}

async function rowOf(customerId: string): Promise<Subscription> {
  return app.services.orm.em
    .fork()
    .findOneOrFail(Subscription, { customer: customerId }, { orderBy: { createdAt: 'desc' }, populate: ['plan'] });
}

async function advance(clock: Stripe.TestHelpers.TestClock, to: number): Promise<number> {
  await stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: to });
  await settle(app);
  return to;
}

async function change(key: string, plan: string) {
  const response = await app.client.request(Change, { plan }, { key });
  expect(response.errors).toEqual([]);
  await settle(app);
  return response.data?.changePlan;
}

async function upgradeInvoices(stripeSubscriptionId: string): Promise<Stripe.Invoice[]> {
  const list = await stripe.invoices.list({ subscription: stripeSubscriptionId, limit: 100 });
  return list.data.filter((invoice) => invoice.billing_reason === 'subscription_update');
}

async function includedCredits(customerId: string): Promise<number | undefined> {
  const rows = await app.services.orm.em
    .getConnection()
    .execute<{ included_credits: number }[]>(
      'select included_credits from credit_balance where customer_id = ? and period_start <= now() and period_end > now()',
      [customerId],
    );
  return rows[0]?.included_credits;
}

/** Stripe's proration of one price for the time left, rounded to the cent. */
function remaining(priceCents: number, row: Subscription, at: number): number {
  const start = row.currentPeriodStart.getTime() / 1000;
  const end = row.currentPeriodEnd.getTime() / 1000;
  return Math.round((priceCents * (end - at)) / (end - start));
}

describe('included credits of an upgrade', () => {
  it('are prorated to the time left: an upgrade one day before renewal brings one period-day of the extra credits', async () => {
    const { customerId, key, clock } = await payingCustomer('starter');
    const row = await rowOf(customerId);
    const end = Math.floor(row.currentPeriodEnd.getTime() / 1000);
    const now = await advance(clock, end - DAY);
    // A billable call opens the credit period with starter's included credits.
    expect((await app.client.request(Run, { input: tiny }, { key })).errors).toEqual([]);
    expect(await includedCredits(customerId)).toBe(25_000);
    await change(key, 'pro');
    const share = (end - now) / (end - row.currentPeriodStart.getTime() / 1000);
    expect(await includedCredits(customerId)).toBe(25_000 + Math.round(125_000 * share));
    expect(await includedCredits(customerId)).toBeLessThan(25_000 + 125_000 / 20);
  });
});

describe('an upgrade carried out after its preview', () => {
  it("is invoiced at the preview's proration date even when days passed in between", async () => {
    const { customerId, key, clock } = await payingCustomer('starter');
    const previewedAt = await advance(clock, clock.frozen_time + 3 * DAY);
    const row = await rowOf(customerId);
    const preview = await app.client.request(PreviewAt, { plan: 'pro' }, { key });
    expect(preview.errors).toEqual([]);
    const expectedCents = remaining(PRICE_CENTS.pro, row, previewedAt) - remaining(PRICE_CENTS.starter, row, previewedAt);
    expect(preview.data?.previewPlanChange).toMatchObject({ prorationCents: expectedCents, nextInvoiceCents: expectedCents });

    await advance(clock, previewedAt + 2 * DAY);
    const effectiveAt = preview.data?.previewPlanChange.effectiveAt;
    const response = await app.client.request(ChangeAt, { plan: 'pro', previewedAt: effectiveAt }, { key });
    expect(response.errors).toEqual([]);
    expect(response.data?.changePlan.prorationCents).toBe(expectedCents);
    await settle(app);
    const invoices = await upgradeInvoices(row.stripeSubscriptionId ?? '');
    expect(invoices.map((invoice) => invoice.total)).toEqual([expectedCents]);
  });

  it("refuses a proration date after Stripe's now, which would charge less than the time left costs", async () => {
    const { key } = await payingCustomer('starter');
    const later = new Date(Date.now() + 5 * DAY * 1000).toISOString();
    const response = await app.client.request(ChangeAt, { plan: 'pro', previewedAt: later }, { key });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'previewedAt' });
  });
});

describe('a downgrade preview', () => {
  it("shows the overage used so far this period at the current plan's price, which the period-end invoice bills", async () => {
    const { customerId, key } = await payingCustomer('pro');
    expect((await app.client.request(Probe, {}, { key })).errors).toEqual([]);
    // Pro includes more credits than a test can spend, so the open period's balance is given overage directly.
    await app.services.orm.em
      .getConnection()
      .execute('update credit_balance set overage_credits = 1234 where customer_id = ? and period_start <= now() and period_end > now()', [
        customerId,
      ]);
    const plans = app.services.orm.em.fork();
    const pro = await plans.findOneOrFail(Plan, { code: 'pro' });
    const starter = await plans.findOneOrFail(Plan, { code: 'starter' });
    expect(pro.overageCentsPer1000Credits).not.toBe(starter.overageCentsPer1000Credits);

    const downgrade = await app.client.request(PreviewOverage, { plan: 'starter' }, { key });
    expect(downgrade.errors).toEqual([]);
    expect(downgrade.data?.previewPlanChange).toMatchObject({
      immediate: false,
      overageCredits: 1234,
      overageCents: Math.round((1234 * (pro.overageCentsPer1000Credits ?? 0)) / 1000),
    });
    const upgrade = await app.client.request(PreviewOverage, { plan: 'team' }, { key });
    expect(upgrade.data?.previewPlanChange).toMatchObject({ immediate: true, overageCredits: null, overageCents: null });
  });
});

describe('plan changes with a pending downgrade', () => {
  it('an upgrade after a scheduled downgrade credits the unused time of the plan the customer is on, as previewed', async () => {
    const { customerId, key, clock } = await payingCustomer('pro');
    const now = await advance(clock, clock.frozen_time + 10 * DAY);
    expect(await change(key, 'starter')).toMatchObject({ immediate: false, to: { code: 'starter' } });
    const row = await rowOf(customerId);
    expect(row.plan.getEntity().code).toBe('pro');

    const preview = await app.client.request(Preview, { plan: 'team' }, { key });
    expect(preview.errors).toEqual([]);
    const expectedCents = remaining(PRICE_CENTS.team, row, now) - remaining(PRICE_CENTS.pro, row, now);
    expect(preview.data?.previewPlanChange).toMatchObject({
      immediate: true,
      from: { code: 'pro' },
      to: { code: 'team' },
      releasedPlanCode: 'starter',
      prorationCents: expectedCents,
      nextInvoiceCents: expectedCents,
    });

    expect(await change(key, 'team')).toMatchObject({ immediate: true, prorationCents: expectedCents, to: { code: 'team' } });
    const invoices = await upgradeInvoices(row.stripeSubscriptionId ?? '');
    expect(invoices).toHaveLength(1);
    expect(invoices[0]?.total).toBe(expectedCents);
    expect(invoices[0]?.lines.data.map((line) => line.amount).sort((a, b) => a - b)).toEqual([
      -remaining(PRICE_CENTS.pro, row, now),
      remaining(PRICE_CENTS.team, row, now),
    ]);
    expect((await rowOf(customerId)).plan.getEntity().code).toBe('team');
    const remote = await stripe.subscriptions.retrieve(row.stripeSubscriptionId ?? '');
    expect(remote.metadata.carlo_plan).toBe('team');
    expect(remote.metadata.carlo_keep_plan).toBeUndefined();
  });

  it('changePlan to the current plan undoes a scheduled downgrade: nothing charged now, the renewal bills the current plan', async () => {
    const { customerId, key, clock } = await payingCustomer('pro');
    await advance(clock, clock.frozen_time + 5 * DAY);
    await change(key, 'starter');
    const preview = await app.client.request(Preview, { plan: 'pro' }, { key });
    expect(preview.errors).toEqual([]);
    expect(preview.data?.previewPlanChange).toMatchObject({
      from: { code: 'pro' },
      to: { code: 'pro' },
      releasedPlanCode: 'starter',
      prorationCents: 0,
      nextInvoiceCents: PRICE_CENTS.pro,
    });
    expect(await change(key, 'pro')).toMatchObject({ releasedPlanCode: 'starter', prorationCents: 0 });

    const row = await rowOf(customerId);
    expect(await upgradeInvoices(row.stripeSubscriptionId ?? '')).toEqual([]);
    await advance(clock, Math.floor(row.currentPeriodEnd.getTime() / 1000) + 60);
    const renewed = await rowOf(customerId);
    expect(renewed.plan.getEntity().code).toBe('pro');
    expect(renewed.currentPeriodStart.getTime()).toBe(row.currentPeriodEnd.getTime());
    const cycle = (await stripe.invoices.list({ subscription: row.stripeSubscriptionId ?? '', limit: 100 })).data.filter(
      (invoice) => invoice.billing_reason === 'subscription_cycle',
    );
    expect(cycle.map((invoice) => invoice.total)).toEqual([PRICE_CENTS.pro]);

    const again = await app.client.request(Change, { plan: 'pro' }, { key });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('repeating an upgrade the account made before is carried out again, not replayed from the first answer', async () => {
    const { customerId, key, clock } = await payingCustomer('starter');
    await advance(clock, clock.frozen_time + 2 * DAY);
    await change(key, 'pro');
    await change(key, 'starter');
    const row = await rowOf(customerId);
    await advance(clock, Math.floor(row.currentPeriodEnd.getTime() / 1000) + 60);
    expect((await rowOf(customerId)).plan.getEntity().code).toBe('starter');

    await advance(clock, Math.floor(row.currentPeriodEnd.getTime() / 1000) + 3 * DAY);
    await change(key, 'pro');
    expect((await rowOf(customerId)).plan.getEntity().code).toBe('pro');
    expect(await upgradeInvoices(row.stripeSubscriptionId ?? '')).toHaveLength(2);
  });
});
