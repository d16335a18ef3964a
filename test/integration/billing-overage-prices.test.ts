import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Plan } from '../../server/src/domain/plans/plan.entity.js';
import { Subscription } from '../../server/src/domain/subscriptions/subscription.entity.js';
import { AdminRole } from '../../server/src/platform/staff/admin-role.js';
import { graphql } from '../generated/index.js';
import { type SignedInAdmin, signedInAdmin } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { overageThisHour, settle, until } from './billing-helpers.js';
import { sql } from './credits-helpers.js';
import { customerOnClock, subscriptionOf } from './customer-on-clock.js';

const SetOverrides = graphql(
  `mutation OveragePriceOverrides($customerId: ID!, $input: CustomerOverridesInput!) { setCustomerOverrides(customerId: $customerId, input: $input) { overageCentsPer1000Credits } }`,
);
const ChangePlan = graphql(
  `mutation OveragePriceChangePlan($customerId: ID!, $plan: String!) { adminChangePlan(customerId: $customerId, plan: $plan) { immediate overageCredits overageCents } }`,
);
const HOUR = 3600;

let app: TestApp;
let stripe: Stripe;
let admin: SignedInAdmin;
beforeAll(async () => {
  app = await startTestApp();
  stripe = app.services.billing.gateway.stripe;
  admin = await signedInAdmin(app, AdminRole.ADMIN);
});
afterAll(async () => {
  await app?.close();
});

async function plan(code: string): Promise<Plan> {
  return app.services.orm.em.fork().findOneOrFail(Plan, { code });
}

/**
 * Overage used now, then the clock past the period end: the open hour is flushed to the meter on
 * the renewal draft, which Stripe finalizes an hour later. Returns the finalized renewal invoice.
 */
async function renewWithOverage(customerId: string, credits: number): Promise<Stripe.Invoice> {
  const subscription = await subscriptionOf(app, customerId);
  await overageThisHour(app, customerId, subscription.currentPeriodStart, [credits]);
  const remote = await stripe.subscriptions.retrieve(subscription.stripeSubscriptionId ?? '');
  const customer = (await stripe.customers.retrieve(String(remote.customer))) as Stripe.Customer;
  const clock = String(customer.test_clock);
  const periodEnd = Math.floor(subscription.currentPeriodEnd.getTime() / 1000);
  await stripe.testHelpers.testClocks.advance(clock, { frozen_time: periodEnd + 60 });
  await settle(app);
  await until(
    () => sql<{ sent: boolean }>(app, 'select sent_at is not null as sent from stripe_outbox where customer_id = ?', [customerId]),
    (rows) => rows.length > 0 && rows.every((row) => row.sent),
    'the overage to reach the meter',
  );
  await stripe.testHelpers.testClocks.advance(clock, { frozen_time: periodEnd + 2 * HOUR });
  await settle(app);
  const invoices = await stripe.invoices.list({ subscription: remote.id, limit: 10 });
  const renewal = invoices.data.find((invoice) => invoice.billing_reason === 'subscription_cycle');
  expect(renewal?.status).toBe('paid');
  return renewal as Stripe.Invoice;
}

function overageLine(invoice: Stripe.Invoice, credits: number): Stripe.InvoiceLineItem | undefined {
  return invoice.lines.data.find((line) => line.quantity === credits);
}

describe('overage prices on Stripe', () => {
  it("a per-customer overage rate gets the customer its own metered price: the renewal bills 50 per 1,000, not the plan's rate", async () => {
    const { customerId, subscription } = await customerOnClock(app, '4242 4242 4242 4242', false, 'Own Rate Co');
    const pro = await plan('pro');
    expect(pro.overageCentsPer1000Credits).not.toBe(50);
    const set = await app.client.request(
      SetOverrides,
      { customerId, input: { overageCentsPer1000Credits: 50, reason: 'negotiated rate' } },
      { cookie: admin.cookie },
    );
    expect(set.errors).toEqual([]);
    const remote = await stripe.subscriptions.retrieve(subscription.stripeSubscriptionId ?? '');
    const metered = remote.items.data.find((item) => item.price.recurring?.usage_type === 'metered');
    expect(metered?.price.id).not.toBe(pro.stripeMeteredPriceId);
    expect(metered?.price).toMatchObject({ metadata: { plan_code: 'pro', carlo_customer_id: customerId } });
    expect(metered?.price.recurring?.meter).toBeTruthy();

    const invoice = await renewWithOverage(customerId, 10_000);
    expect(overageLine(invoice, 10_000)?.amount).toBe(500);
    expect(invoice.total).toBe(pro.priceCents + 500);
  });

  it('removing the override puts the plan price back on the metered item', async () => {
    const { customerId, subscription } = await customerOnClock(app, '4242 4242 4242 4242', false, 'Back To Plan Co');
    const pro = await plan('pro');
    for (const input of [{ overageCentsPer1000Credits: 50 }, {}])
      expect(
        (await app.client.request(SetOverrides, { customerId, input: { ...input, reason: 'trial rate' } }, { cookie: admin.cookie }))
          .errors,
      ).toEqual([]);
    const remote = await stripe.subscriptions.retrieve(subscription.stripeSubscriptionId ?? '');
    expect(remote.items.data.find((item) => item.price.recurring?.usage_type === 'metered')?.price.id).toBe(pro.stripeMeteredPriceId);
  });

  it("a scheduled downgrade keeps pro's prices until renewal: the period's overage is billed at pro's rate, the next period on starter", async () => {
    const { customerId, subscription } = await customerOnClock(app, '4242 4242 4242 4242', false, 'Downgrade Rate Co');
    const [pro, starter] = [await plan('pro'), await plan('starter')];
    expect(pro.overageCentsPer1000Credits).not.toBe(starter.overageCentsPer1000Credits);
    const changed = await app.client.request(ChangePlan, { customerId, plan: 'starter' }, { cookie: admin.cookie });
    expect(changed.errors).toEqual([]);
    expect(changed.data?.adminChangePlan.immediate).toBe(false);
    const remote = await stripe.subscriptions.retrieve(subscription.stripeSubscriptionId ?? '');
    // Stripe's items stay pro's until the period ends; the schedule holds starter's for the next one.
    expect(remote.items.data.map((item) => item.price.id).sort()).toEqual([pro.stripeBasePriceId, pro.stripeMeteredPriceId].sort());
    expect(remote.schedule).toBeTruthy();

    const invoice = await renewWithOverage(customerId, 10_000);
    const proOverageCents = (10_000 * (pro.overageCentsPer1000Credits ?? 0)) / 1_000;
    expect(overageLine(invoice, 10_000)).toMatchObject({ amount: proOverageCents });
    expect(invoice.lines.data.map((line) => line.pricing?.price_details?.price)).toContain(starter.stripeBasePriceId);
    expect(invoice.total).toBe(starter.priceCents + proOverageCents);
    const renewed = await stripe.subscriptions.retrieve(remote.id);
    expect(renewed.items.data.map((item) => item.price.id).sort()).toEqual(
      [starter.stripeBasePriceId, starter.stripeMeteredPriceId].sort(),
    );
    const row = await app.services.orm.em.fork().findOneOrFail(Subscription, { stripeSubscriptionId: remote.id }, { populate: ['plan'] });
    expect(row.plan.getEntity().code).toBe('starter');
  });

  it("an override set while a downgrade waits reaches the downgrade's next phase: starter at the customer's rate", async () => {
    const { customerId, subscription } = await customerOnClock(app, '4242 4242 4242 4242', false, 'Pending Rate Co');
    expect((await app.client.request(ChangePlan, { customerId, plan: 'starter' }, { cookie: admin.cookie })).errors).toEqual([]);
    const set = await app.client.request(
      SetOverrides,
      { customerId, input: { overageCentsPer1000Credits: 50, reason: 'negotiated rate' } },
      { cookie: admin.cookie },
    );
    expect(set.errors).toEqual([]);
    const remote = await stripe.subscriptions.retrieve(subscription.stripeSubscriptionId ?? '');
    const schedule = await stripe.subscriptionSchedules.retrieve(String(remote.schedule));
    const next = schedule.phases[1]?.items.map((item) => String(item.price)) ?? [];
    const prices = await Promise.all(next.map((id) => stripe.prices.retrieve(id)));
    expect(prices.map((price) => price.metadata)).toContainEqual({ plan_code: 'starter', kind: 'overage', carlo_customer_id: customerId });
    // The price and schedule events this sent are applied before the app closes, not left in flight.
    await settle(app);
    expect((await subscriptionOf(app, customerId)).status).toBe('active');
  });
});
