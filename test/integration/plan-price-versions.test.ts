import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Plan } from '../../server/src/domain/plans/plan.entity.js';
import { AdminRole } from '../../server/src/platform/staff/admin-role.js';
import { graphql } from '../generated/index.js';
import { type SignedInAdmin, signedInAdmin } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { settle, until } from './billing-helpers.js';
import { customerOnClock, subscriptionOf } from './customer-on-clock.js';

const Create = graphql(`mutation PriceVersionsCreate($input: CreatePlanInput!) { createPlan(input: $input) { code } }`);
const Sync = graphql(`mutation PriceVersionsSync { syncPlansToStripe { plans } }`);
const Update = graphql(`
  mutation PriceVersionsUpdate($code: String!, $input: UpdatePlanInput!) { updatePlan(code: $code, input: $input) { priceCents active } }
`);
const Versions = graphql(`
  query PriceVersionsList($planCode: String!) {
    planPriceVersions(planCode: $planCode) { version priceCents overageCentsPer1000Credits stripeBasePriceId stripeMeteredPriceId subscribers current }
  }
`);
const Preview = graphql(`
  query PriceVersionsPreview($planCode: String!) {
    previewPlanPriceMigration(planCode: $planCode) {
      planCode targetVersion count
      subscriptions { customerId company currentVersion currentPriceCents newPriceCents effectiveAt }
    }
  }
`);
const Migrate = graphql(`
  mutation PriceVersionsMigrate($planCode: String!, $reason: String!) {
    migratePlanSubscribers(planCode: $planCode, reason: $reason) { targetVersion count subscriptions { customerId } }
  }
`);
const Mrr = graphql(`
  query PriceVersionsMrr($month: String!) { mrrReport(month: $month, groupBy: CUSTOMER) { groups { key mrrCents } } }
`);
const AuditLog = graphql(`query PriceVersionsAudit($targetId: String) { auditLog(targetId: $targetId) { items { action actorEmail } } }`);

const HOUR = 3600;

let app: TestApp;
let admin: SignedInAdmin;
const code = `px-${randomUUID().slice(0, 8)}`;

beforeAll(async () => {
  app = await startTestApp();
  admin = await signedInAdmin(app, AdminRole.SUPER_ADMIN);
  const created = await app.client.request(
    Create,
    {
      input: {
        code,
        name: 'Priced',
        priceCents: 4_900,
        includedCredits: 50_000,
        overageCentsPer1000Credits: 40,
        rateLimitCreditsPerSecond: 20,
        burstCredits: 200,
        maxIterationsSync: 100_000,
        maxConcurrentJobs: 3,
        maxWorkUnitsPerRun: 10_000_000,
      },
    },
    { cookie: admin.cookie },
  );
  expect(created.errors).toEqual([]);
  expect((await app.client.request(Sync, {}, { cookie: admin.cookie })).errors).toEqual([]);
});
afterAll(async () => {
  // The shared database keeps the plan, off the storefront.
  await app?.client.request(Update, { code, input: { active: false } }, { cookie: admin.cookie });
  await app?.close();
});

/** The test clock the customer's Stripe customer runs on. */
async function clockOf(customerId: string): Promise<string> {
  const row = await subscriptionOf(app, customerId);
  const remote = await app.services.billing.gateway.stripe.subscriptions.retrieve(row.stripeSubscriptionId ?? '');
  const customer = await app.services.billing.gateway.stripe.customers.retrieve(String(remote.customer));
  if (customer.deleted || !customer.test_clock) throw new Error('The customer has no test clock');
  return String(customer.test_clock);
}

/** Moves the customer's clock an hour past its period end and returns the base amount the renewal billed. */
async function renewal(customerId: string): Promise<number> {
  const stripe = app.services.billing.gateway.stripe;
  const row = await subscriptionOf(app, customerId);
  await stripe.testHelpers.testClocks.advance(await clockOf(customerId), {
    frozen_time: Math.floor(row.currentPeriodEnd.getTime() / 1000) + HOUR,
  });
  await settle(app);
  const cycles = (await stripe.invoices.list({ subscription: row.stripeSubscriptionId ?? '', limit: 100 })).data.filter(
    (invoice) => invoice.billing_reason === 'subscription_cycle',
  );
  const [latest] = cycles.sort((a, b) => b.created - a.created);
  const base = latest?.lines.data.find((line) => line.amount > 0);
  return base?.amount ?? 0;
}

describe('versioned plan prices', () => {
  it('a price edit makes a new Stripe price for new sign-ups; old subscribers keep theirs until migrated at renewal', async () => {
    const old = await customerOnClock(app, '4242 4242 4242 4242', false, 'Old Price Co', code);
    const before = await app.client.request(Versions, { planCode: code }, { cookie: admin.cookie });
    expect(before.errors).toEqual([]);
    const [first] = before.data?.planPriceVersions ?? [];
    expect(first).toMatchObject({ version: 1, priceCents: 4_900, overageCentsPer1000Credits: 40, current: true, subscribers: 1 });
    expect(old.subscription.stripeBasePriceId).toBe(first?.stripeBasePriceId);

    const edited = await app.client.request(Update, { code, input: { priceCents: 5_900 } }, { cookie: admin.cookie });
    expect(edited.errors).toEqual([]);
    const after = (await app.client.request(Versions, { planCode: code }, { cookie: admin.cookie })).data?.planPriceVersions ?? [];
    expect(after.map((version) => [version.version, version.priceCents, version.current, version.subscribers])).toEqual([
      [2, 5_900, true, 0],
      [1, 4_900, false, 1],
    ]);
    const [second] = after;
    expect(second?.stripeBasePriceId).not.toBe(first?.stripeBasePriceId);
    expect((await app.services.billing.gateway.stripe.prices.retrieve(second?.stripeBasePriceId ?? '')).unit_amount).toBe(5_900);

    const fresh = await customerOnClock(app, '4242 4242 4242 4242', false, 'New Price Co', code);
    expect(fresh.subscription.stripeBasePriceId).toBe(second?.stripeBasePriceId);

    expect(await renewal(old.customerId)).toBe(4_900);
    const oldPriceMonth = (await subscriptionOf(app, old.customerId)).currentPeriodStart.toISOString().slice(0, 7);

    const preview = await app.client.request(Preview, { planCode: code }, { cookie: admin.cookie });
    expect(preview.errors).toEqual([]);
    const renewed = await subscriptionOf(app, old.customerId);
    expect(preview.data?.previewPlanPriceMigration).toEqual({
      planCode: code,
      targetVersion: 2,
      count: 1,
      subscriptions: [
        {
          customerId: old.customerId,
          company: 'Old Price Co',
          currentVersion: 1,
          currentPriceCents: 4_900,
          newPriceCents: 5_900,
          effectiveAt: renewed.currentPeriodEnd.toISOString(),
        },
      ],
    });

    const finance = await signedInAdmin(app, AdminRole.FINANCE);
    const refused = await app.client.request(Migrate, { planCode: code, reason: 'new prices' }, { cookie: finance.cookie });
    expect(refused.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    const noReason = await app.client.request(Migrate, { planCode: code, reason: ' ' }, { cookie: admin.cookie });
    expect(noReason.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });

    const migrated = await app.client.request(Migrate, { planCode: code, reason: 'new prices' }, { cookie: admin.cookie });
    expect(migrated.errors).toEqual([]);
    expect(migrated.data?.migratePlanSubscribers).toEqual({ targetVersion: 2, count: 1, subscriptions: [{ customerId: old.customerId }] });
    const again = await app.client.request(Migrate, { planCode: code, reason: 'new prices again' }, { cookie: admin.cookie });
    expect(again.data?.migratePlanSubscribers.count).toBe(0);

    await settle(app);
    await until(
      () => subscriptionOf(app, old.customerId),
      (row) => row.stripeBasePriceId === second?.stripeBasePriceId,
      'the migrated price to reach the subscription row',
    );
    const counts = (await app.client.request(Versions, { planCode: code }, { cookie: admin.cookie })).data?.planPriceVersions ?? [];
    expect(counts.map((version) => version.subscribers)).toEqual([2, 0]);
    expect(await renewal(old.customerId)).toBe(5_900);
    const newPriceMonth = (await subscriptionOf(app, old.customerId)).currentPeriodStart.toISOString().slice(0, 7);

    // MRR is what Stripe billed: the old price until the migrated renewal, the new one from it.
    const mrrOf = async (month: string) => {
      const report = await app.client.request(Mrr, { month }, { cookie: admin.cookie });
      expect(report.errors).toEqual([]);
      return report.data?.mrrReport.groups.find((group) => group.key === old.customerId)?.mrrCents;
    };
    expect([await mrrOf(oldPriceMonth), await mrrOf(newPriceMonth)]).toEqual([4_900, 5_900]);

    const plan = await app.services.orm.em.fork().findOneOrFail(Plan, { code });
    const audit = await app.client.request(AuditLog, { targetId: plan.id }, { cookie: admin.cookie });
    expect(
      audit.data?.auditLog.items.filter((item) => item.action === 'plan.migrate_prices' && item.actorEmail === admin.email),
    ).toHaveLength(2);
  });

  it('names the field of a plan that does not exist', async () => {
    const response = await app.client.request(Preview, { planCode: 'no-such-plan' }, { cookie: admin.cookie });
    expect(response.errors[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'planCode' });
  });
});
