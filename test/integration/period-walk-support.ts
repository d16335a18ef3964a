import type Stripe from 'stripe';
import { expect } from 'vitest';
import { overageCentsOf } from '../../server/src/billing/stripe/overage-price.js';
import { METER_EVENT_NAME } from '../../server/src/billing/stripe/credit-packs.js';
import { Plan } from '../../server/src/domain/plans/plan.entity.js';
import { graphql } from '../generated/index.js';
import { uniqueEmail } from '../support/factories.js';
import type { TestApp } from '../support/test-app.js';
import { payCheckout, settle } from './billing-helpers.js';
import { NO_THROTTLE, sql } from './credits-helpers.js';
import { subscriptionOf } from './customer-on-clock.js';

const SignUp = graphql(`mutation WalkSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl apiKey { secret } } }`);
const Overrides = graphql(
  `mutation WalkOverrides($customerId: ID!, $input: CustomerOverridesInput!) { setCustomerOverrides(customerId: $customerId, input: $input) { includedCredits } }`,
);
const Run = graphql(`mutation WalkRun($input: SimulationInput!) { runSimulation(input: $input) { iterationsRun } }`);
const Access = graphql(`query WalkAccess { me { plan { code } access { level reason } } }`);

/** Credits a walker's usage leaves included: small, so a few calls reach overage (see the test's note). */
export const INCLUDED_CREDITS = 200;

/** One billable call as its receipt (`extensions.cost`) tells it, in the credit period it was made in. */
type Receipt = { period: number; charged: number; overageThisPeriod: number };

/** A customer walked through the period: its key, its Stripe customer and clock, and every receipt it got. */
export type Walker = {
  name: string;
  customerId: string;
  key: string;
  stripeCustomerId: string;
  clockId: string;
  /** Index of the credit period the walker is in (0 = the first); the test moves it at each renewal. */
  period: number;
  receipts: Receipt[];
};

/**
 * A customer on its own test clock frozen at `frozenTime`: signed up for `plan` with limits an
 * admin sets before it pays (the included credits and no throttle), then paid Checkout with `card`.
 */
export async function walker(
  app: TestApp,
  admin: { cookie: string },
  spec: { name: string; plan: string; card: string; frozenTime: number; overageCentsPer1000Credits?: number },
): Promise<Walker> {
  const stripe = app.services.billing.gateway.stripe;
  const clock = await stripe.testHelpers.testClocks.create({ frozen_time: spec.frozenTime, name: `walk-${spec.name}` });
  app.services.billing.service.customerExtras = () => ({ test_clock: clock.id });
  const response = await app.client.request(SignUp, { input: { company: `${spec.name} Co`, email: uniqueEmail('walk'), plan: spec.plan } });
  app.services.billing.service.customerExtras = () => ({});
  expect(response.errors).toEqual([]);
  const customerId = response.data?.signUp.accountId ?? '';
  const overrides = await app.client.request(
    Overrides,
    { customerId, input: { ...NO_THROTTLE, includedCredits: INCLUDED_CREDITS, reason: 'Period walk: a small allowance reaches overage' } },
    { cookie: admin.cookie },
  );
  expect(overrides.errors).toEqual([]);
  expect(await payCheckout(response.data?.signUp.checkoutUrl ?? '', spec.card)).toBe(303);
  await settle(app);
  if (spec.overageCentsPer1000Credits !== undefined) {
    // A negotiated rate on a live subscription: Carlo gives the customer its own metered Stripe price.
    const negotiated = await app.client.request(
      Overrides,
      {
        customerId,
        input: {
          ...NO_THROTTLE,
          includedCredits: INCLUDED_CREDITS,
          overageCentsPer1000Credits: spec.overageCentsPer1000Credits,
          reason: 'Period walk: a negotiated overage rate',
        },
      },
      { cookie: admin.cookie },
    );
    expect(negotiated.errors).toEqual([]);
    await settle(app);
  }
  const [row] = await sql<{ stripe_customer_id: string }>(app, 'select stripe_customer_id from customer where id = ?', [customerId]);
  return {
    name: spec.name,
    customerId,
    key: response.data?.signUp.apiKey.secret ?? '',
    stripeCustomerId: row.stripe_customer_id,
    clockId: clock.id,
    period: 0,
    receipts: [],
  };
}

/** A run of 10 uniform inputs x 1,000,000 iterations: 10,000,000 work units, so exactly 100 credits, for little CPU. */
const hundredCredits = {
  iterations: 1_000_000,
  seed: 7,
  inputs: Array.from({ length: 10 }, (_, i) => ({ name: `x${i}`, distribution: { type: 'UNIFORM' as const, min: 0, max: 1 } })),
  outputs: [{ name: 'y', formula: 'x0' }],
};

/** Billable calls until the walker's receipts in this period add up to at least `credits` more; returns what they charged. */
export async function spend(app: TestApp, who: Walker, credits: number): Promise<number> {
  let charged = 0;
  for (let calls = 0; charged < credits && calls < 1_000; calls += 1) {
    const response = await app.client.request(Run, { input: hundredCredits }, { key: who.key });
    expect(response.errors).toEqual([]);
    const cost = response.extensions.cost as { charged: number; overageThisPeriod: number };
    who.receipts.push({ period: who.period, charged: cost.charged, overageThisPeriod: cost.overageThisPeriod });
    charged += cost.charged;
  }
  return charged;
}

/** The access the walker's key has now, as `me` answers it. */
export async function accessOf(app: TestApp, who: Walker): Promise<{ plan: string; level: string; reason: string }> {
  const response = await app.client.request(Access, {}, { key: who.key });
  expect(response.errors).toEqual([]);
  const me = response.data?.me;
  return { plan: me?.plan.code ?? '', level: me?.access.level ?? '', reason: me?.access.reason ?? '' };
}

/** Moves every walker's clock to `to` (Stripe runs renewals, retries and expiries on the way) and applies the webhooks. */
export async function advanceAll(app: TestApp, walkers: readonly Walker[], to: number): Promise<void> {
  const stripe = app.services.billing.gateway.stripe;
  for (const who of walkers) await stripe.testHelpers.testClocks.advance(who.clockId, { frozen_time: to });
  await settle(app);
}

/** Reports the walkers' pending overage to the Stripe meter now, as the hourly flush would once the hour closes. */
export async function flushMeter(app: TestApp, walkers: readonly Walker[]): Promise<void> {
  const ids = walkers.map((who) => who.customerId);
  await app.services.billing.outbox.aggregate(new Date(Date.now() + 2 * 3_600_000), ids);
  const report = await app.services.billing.outbox.send(100, ids);
  expect({ retried: report.retried, dead: report.dead }).toEqual({ retried: 0, dead: 0 });
}

/** One credit period of a walker, as Carlo's balance row has it. */
export type PeriodRow = { start: Date; end: Date };

export async function periodsOf(app: TestApp, who: Walker): Promise<PeriodRow[]> {
  const rows = await sql<{ period_start: Date; period_end: Date }>(
    app,
    'select period_start, period_end from credit_balance where customer_id = ? order by period_start',
    [who.customerId],
  );
  return rows.map((row) => ({ start: new Date(row.period_start), end: new Date(row.period_end) }));
}

/** Credits of one credit period by each record, before they are compared. */
type PeriodCredits = {
  period: number;
  receiptsCharged: number;
  ledgerCharged: number;
  usageCharged: number;
  receiptsOverage: number;
  ledgerOverage: number;
  usageOverage: number;
  outboxOverage: number;
  meterOverage: number;
};

/** One walker's line of the reconciliation table: credits by every record that holds them, and cents billed. */
export type Reconciliation = {
  customer: string;
  receiptsCredits: number;
  ledgerCredits: number;
  usageCredits: number;
  receiptsOverage: number;
  ledgerOverage: number;
  usageOverage: number;
  outboxOverage: number;
  meterOverage: number;
  invoicesCents: number;
};

/**
 * Credits charged by the receipts = the ledger's settle and overage entries = the usage events;
 * per credit period, overage by the receipts (the period's last `overageThisPeriod`) = the ledger's
 * overage entries = the usage events' overage = the meter outbox (sent) = the Stripe meter's
 * summary over the period. Returns the totals with the cents Stripe invoiced the walker.
 */
export async function reconcile(app: TestApp, who: Walker): Promise<Reconciliation> {
  const stripe = app.services.billing.gateway.stripe;
  const ledger = await sql<{ period_start: Date; charged: number; overage: number }>(
    app,
    `select period_start, coalesce(sum(credits) filter (where kind in ('settle', 'overage')), 0)::int as charged,
            coalesce(sum(credits) filter (where kind = 'overage'), 0)::int as overage
     from credit_ledger where customer_id = ? group by period_start`,
    [who.customerId],
  );
  const usage = await sql<{ period_start: Date; charged: number; overage: number }>(
    app,
    `select period_start, sum(charged_credits)::int as charged, sum(overage_credits)::int as overage
     from usage_event where customer_id = ? group by period_start`,
    [who.customerId],
  );
  const outbox = await sql<{ event_at: Date; credits: number; sent: boolean }>(
    app,
    'select event_at, credits, sent_at is not null as sent from stripe_outbox where customer_id = ?',
    [who.customerId],
  );
  expect(outbox.filter((row) => !row.sent)).toEqual([]);
  const meter = (await stripe.billing.meters.list({ limit: 100 })).data.find((candidate) => candidate.event_name === METER_EVENT_NAME);
  if (!meter) throw new Error(`Stripe has no meter ${METER_EVENT_NAME}: plans sync did not run`);
  const periods = await periodsOf(app, who);
  const byPeriod: PeriodCredits[] = [];
  for (const [index, period] of periods.entries()) {
    const starts = (row: { period_start: Date }) => new Date(row.period_start).getTime() === period.start.getTime();
    const within = (at: Date) => at >= period.start && at < period.end;
    const summary = await stripe.billing.meters.listEventSummaries(meter.id, {
      customer: who.stripeCustomerId,
      start_time: Math.floor(period.start.getTime() / 1000),
      end_time: Math.floor(period.end.getTime() / 1000),
    });
    const receipts = who.receipts.filter((receipt) => receipt.period === index);
    byPeriod.push({
      period: index,
      receiptsCharged: receipts.reduce((total, receipt) => total + receipt.charged, 0),
      ledgerCharged: ledger.find(starts)?.charged ?? 0,
      usageCharged: usage.find(starts)?.charged ?? 0,
      receiptsOverage: receipts.at(-1)?.overageThisPeriod ?? 0,
      ledgerOverage: ledger.find(starts)?.overage ?? 0,
      usageOverage: usage.find(starts)?.overage ?? 0,
      outboxOverage: outbox.filter((row) => within(new Date(row.event_at))).reduce((total, row) => total + row.credits, 0),
      meterOverage: summary.data.reduce((total, bucket) => total + bucket.aggregated_value, 0),
    });
  }
  for (const line of byPeriod) {
    expect({ who: who.name, ...line, ledgerCharged: line.receiptsCharged, usageCharged: line.receiptsCharged }).toEqual({
      who: who.name,
      ...line,
    });
    const overage = line.receiptsOverage;
    expect({
      who: who.name,
      period: line.period,
      overage: [line.ledgerOverage, line.usageOverage, line.outboxOverage, line.meterOverage],
    }).toEqual({
      who: who.name,
      period: line.period,
      overage: [overage, overage, overage, overage],
    });
  }
  const invoices = await stripe.invoices.list({ customer: who.stripeCustomerId, limit: 100 });
  const total = (pick: (line: PeriodCredits) => number) => byPeriod.reduce((sum, line) => sum + pick(line), 0);
  const all = <T>(rows: T[], pick: (row: T) => number) => rows.reduce((sum, row) => sum + pick(row), 0);
  // Nothing lies outside the credit periods: every record's total is the sum over its periods.
  expect({
    who: who.name,
    receipts: all(who.receipts, (receipt) => receipt.charged),
    ledger: all(ledger, (row) => row.charged),
    usage: all(usage, (row) => row.charged),
    outbox: all(outbox, (row) => row.credits),
  }).toEqual({
    who: who.name,
    receipts: total((line) => line.receiptsCharged),
    ledger: total((line) => line.receiptsCharged),
    usage: total((line) => line.receiptsCharged),
    outbox: total((line) => line.receiptsOverage),
  });
  return {
    customer: who.name,
    receiptsCredits: total((line) => line.receiptsCharged),
    ledgerCredits: total((line) => line.ledgerCharged),
    usageCredits: total((line) => line.usageCharged),
    receiptsOverage: total((line) => line.receiptsOverage),
    ledgerOverage: total((line) => line.ledgerOverage),
    usageOverage: total((line) => line.usageOverage),
    outboxOverage: total((line) => line.outboxOverage),
    meterOverage: total((line) => line.meterOverage),
    invoicesCents: invoices.data
      .filter((invoice) => invoice.status !== 'draft' && invoice.status !== 'void')
      .reduce((sum, invoice) => sum + invoice.total, 0),
  };
}

/** Overage credits of the walker's current credit period (`who.period`), from Carlo's ledger. */
export async function overageNow(app: TestApp, who: Walker): Promise<number> {
  const period = (await periodsOf(app, who))[who.period];
  if (!period) return 0;
  const rows = await sql<{ overage: number }>(
    app,
    `select coalesce(sum(credits), 0)::int as overage from credit_ledger where customer_id = ? and kind = 'overage' and period_start = ?`,
    [who.customerId, period.start],
  );
  return rows[0]?.overage ?? 0;
}

/** The renewal invoice Stripe issued for the period that ended at `periodEnd` (seconds). */
export async function renewalInvoice(app: TestApp, who: Walker, periodEnd: number): Promise<Stripe.Invoice> {
  const invoices = await app.services.billing.gateway.stripe.invoices.list({ customer: who.stripeCustomerId, limit: 100 });
  const renewal = invoices.data.find((invoice) => invoice.billing_reason === 'subscription_cycle' && invoice.period_end === periodEnd);
  if (!renewal) throw new Error(`${who.name} has no renewal invoice for the period ending ${new Date(periodEnd * 1000).toISOString()}`);
  return renewal;
}

/** A plan's price and overage rate as Carlo sells it. */
export async function planPrices(app: TestApp, code: string): Promise<{ priceCents: number; overageCentsPer1000Credits: number | null }> {
  const plan = await app.services.orm.em.fork().findOneOrFail(Plan, { code });
  return { priceCents: plan.priceCents, overageCentsPer1000Credits: plan.overageCentsPer1000Credits };
}

/**
 * What a renewal should bill: the new period's plan price plus the ended period's overage at the
 * rate of the plan it was used on, or at the customer's own negotiated rate when it has one.
 */
export async function expectedRenewalCents(
  app: TestApp,
  planCode: string,
  overageCredits: number,
  usedOnPlan: string,
  customerOverageCentsPer1000Credits?: number,
): Promise<number> {
  const plan = await planPrices(app, planCode);
  const usedOn = await planPrices(app, usedOnPlan);
  return plan.priceCents + overageCentsOf(overageCredits, customerOverageCentsPer1000Credits ?? usedOn.overageCentsPer1000Credits);
}

/** The customer's current subscription row with its plan code. */
export async function planOf(
  app: TestApp,
  who: Walker,
): Promise<{ plan: string; status: string; periodEnd: number; cancelAtPeriodEnd: boolean }> {
  const row = await subscriptionOf(app, who.customerId);
  const plan = await app.services.orm.em.fork().findOneOrFail(Plan, row.plan.id);
  return {
    plan: plan.code,
    status: row.status,
    periodEnd: Math.floor(row.currentPeriodEnd.getTime() / 1000),
    cancelAtPeriodEnd: row.cancelAtPeriodEnd,
  };
}
