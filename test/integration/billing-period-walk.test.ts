import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overageCentsOf } from '../../server/src/billing/stripe/overage-price.js';
import { AdminRole } from '../../server/src/platform/staff/admin-role.js';
import { graphql } from '../generated/index.js';
import { type SignedInAdmin, signedInAdmin } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { payCheckout, settle } from './billing-helpers.js';
import { sql } from './credits-helpers.js';
import { DECLINES_AFTER_ATTACHING } from './customer-on-clock.js';
import { billedByStripe, csvOf, expectedMrr, monthsBetween, mrrOf, revenueOf } from './period-walk-revenue.js';
import {
  accessOf,
  advanceAll,
  expectedRenewalCents,
  flushMeter,
  INCLUDED_CREDITS,
  overageNow,
  planOf,
  planPrices,
  type Reconciliation,
  reconcile,
  renewalInvoice,
  spend,
  type Walker,
  walker,
} from './period-walk-support.js';

const Preview = graphql(
  `query WalkPreview($plan: String!) { previewPlanChange(plan: $plan) { immediate prorationCents nextInvoiceCents effectiveAt releasedPlanCode overageCredits overageCents } }`,
);
const Change = graphql(
  `mutation WalkChange($plan: String!, $previewedAt: DateTime) { changePlan(plan: $plan, previewedAt: $previewedAt) { immediate prorationCents releasedPlanCode to { code } } }`,
);
const BuyCredits = graphql(`mutation WalkBuyCredits($pack: String!) { buyCredits(pack: $pack) { url } }`);
const Replay = graphql(`mutation WalkReplay($id: ID!) { replayStripeEvent(id: $id) { id } }`);
const Refund = graphql(
  `mutation WalkRefund($id: ID!, $amountCents: Int, $reason: String!) { adminRefundInvoice(id: $id, amountCents: $amountCents, reason: $reason) { amountRefundedCents } }`,
);
const Portal = graphql(`mutation WalkPortal { createBillingPortalSession { url } }`);
const Cancel = graphql(`mutation WalkCancel { cancelSubscription { cancelAtPeriodEnd } }`);

const DAY = 86_400;
const HOUR = 3_600;
const PACK = { credits: 10_000, priceCents: 1_000 };
/** Refunded of the pack: 980 of 1,000 cents takes back floor(10,000 x 980 / 1,000) = 9,800 unused credits. */
const PACK_REFUND_CENTS = 980;
/** Cy's negotiated overage rate: 300 credits of overage cost exactly 75 cents. */
const CY_OVERAGE_CENTS_PER_1000 = 250;

let app: TestApp;
let admin: SignedInAdmin;
beforeAll(async () => {
  app = await startTestApp();
  admin = await signedInAdmin(app, AdminRole.SUPER_ADMIN);
});
afterAll(async () => {
  app.services.billing.service.customerExtras = () => ({});
  await app?.close();
});

async function expectAccess(who: Walker, plan: string, level: string, reason: string): Promise<void> {
  expect({ who: who.name, ...(await accessOf(app, who)) }).toEqual({ who: who.name, plan, level, reason });
}

async function reconcileAll(walkers: readonly Walker[]): Promise<Reconciliation[]> {
  await flushMeter(app, walkers);
  const rows: Reconciliation[] = [];
  for (const who of walkers) rows.push(await reconcile(app, who));
  return rows;
}

async function prepaidBalance(who: Walker): Promise<{ prepaid: number; revoked: number; grants: number }> {
  const [row] = await sql<{ prepaid: number; revoked: number; grants: number }>(
    app,
    `select coalesce(sum(credits) filter (where kind = 'grant_prepaid'), 0)::int as prepaid,
            coalesce(sum(credits) filter (where kind = 'revoke'), 0)::int as revoked,
            count(*) filter (where kind = 'grant_prepaid')::int as grants
     from credit_ledger where customer_id = ?`,
    [who.customerId],
  );
  return row;
}

/** The pack's checkout.session.completed delivered twice more, signed as Stripe signs it, then replayed by an admin. */
async function deliverPackAgain(who: Walker): Promise<void> {
  const [event] = await sql<{ id: string; payload: unknown }>(
    app,
    `select id, payload from stripe_event where type = 'checkout.session.completed'
       and payload->'data'->'object'->'metadata'->>'carlo_customer_id' = ? and payload->'data'->'object'->>'mode' = 'payment'`,
    [who.customerId],
  );
  const body = JSON.stringify(typeof event.payload === 'string' ? JSON.parse(event.payload) : event.payload);
  for (let delivery = 0; delivery < 2; delivery += 1) {
    const header = Stripe.webhooks.generateTestHeaderString({ payload: body, secret: app.services.secrets.stripeWebhookSecret });
    const again = await fetch(`${app.url}/webhooks/stripe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': header },
      body,
    });
    expect(again.status).toBe(200);
  }
  const replay = await app.client.request(Replay, { id: event.id }, { cookie: admin.cookie });
  expect(replay.errors).toEqual([]);
  await settle(app);
}

/**
 * Issue 20's walk: three customers on test clocks through two renewals. An admin gives each 200
 * included credits (the console's overrides), so a few 100-credit runs reach overage. Cy has a
 * negotiated overage rate (its own metered Stripe price), and Bea has overage while a downgrade
 * is pending, which Stripe must bill at the rate of the plan she used it on.
 */
describe('a whole billing period, walked as a finance controller would', () => {
  it('reconciles receipts, ledger, usage, outbox, meter and invoices to the credit and the cent at every step', {
    timeout: 240_000,
  }, async () => {
    const stripe = app.services.billing.gateway.stripe;
    const t0 = Math.floor(Date.now() / 1000);
    // Ada: starter, a credit pack (duplicate deliveries, a partial refund), an upgrade, overage on pro.
    const ada = await walker(app, admin, { name: 'Ada', plan: 'starter', card: '4242 4242 4242 4242', frozenTime: t0 });
    // Bea: pro with overage, a downgrade scheduled and undone, then one taken at renewal.
    const bea = await walker(app, admin, { name: 'Bea', plan: 'pro', card: '4242 4242 4242 4242', frozenTime: t0 });
    // Cy: starter at a negotiated overage rate, on a card that fails off-session: past due, unpaid, recovered, cancelled.
    const cy = await walker(app, admin, {
      name: 'Cy',
      plan: 'starter',
      card: DECLINES_AFTER_ATTACHING,
      frozenTime: t0,
      overageCentsPer1000Credits: CY_OVERAGE_CENTS_PER_1000,
    });
    const all = [ada, bea, cy];
    for (const who of [ada, cy]) await expectAccess(who, 'starter', 'FULL', 'active');
    await expectAccess(bea, 'pro', 'FULL', 'active');
    const starter = await planPrices(app, 'starter');
    const pro = await planPrices(app, 'pro');
    for (const [who, price] of [
      [ada, starter.priceCents],
      [bea, pro.priceCents],
      [cy, starter.priceCents],
    ] as const) {
      const first = await stripe.invoices.list({ customer: who.stripeCustomerId, limit: 10 });
      expect(first.data.map((invoice) => [invoice.billing_reason, invoice.status, invoice.total])).toEqual([
        ['subscription_create', 'paid', price],
      ]);
    }

    // Day 0: included use for Ada; Bea and Cy go past their included credits into overage.
    await spend(app, ada, 100);
    await spend(app, bea, 400);
    await spend(app, cy, 500);
    await reconcileAll(all);
    expect(await overageNow(app, ada)).toBe(0);
    expect(await overageNow(app, bea)).toBe(400 - INCLUDED_CREDITS);
    expect(await overageNow(app, cy)).toBe(500 - INCLUDED_CREDITS);

    // Ada buys a pack; its completion arrives three more times and is granted once.
    const bought = await app.client.request(BuyCredits, { pack: 'small' }, { key: ada.key });
    expect(bought.errors).toEqual([]);
    expect(await payCheckout(bought.data?.buyCredits.url ?? '')).toBe(303);
    await settle(app);
    await deliverPackAgain(ada);
    expect(await prepaidBalance(ada)).toEqual({ prepaid: PACK.credits, revoked: 0, grants: 1 });
    // Finance refunds most of it: the unused share of its credits goes back.
    const [packInvoice] = await sql<{ id: string; total_cents: number }>(
      app,
      `select id, total_cents from invoice where customer_id = ? and billing_reason = 'manual'`,
      [ada.customerId],
    );
    expect(packInvoice.total_cents).toBe(PACK.priceCents);
    const refund = await app.client.request(
      Refund,
      { id: packInvoice.id, amountCents: PACK_REFUND_CENTS, reason: 'Bought the wrong pack' },
      { cookie: admin.cookie },
    );
    expect(refund.data?.adminRefundInvoice.amountRefundedCents).toBe(PACK_REFUND_CENTS);
    await settle(app);
    const revoked = Math.floor((PACK.credits * PACK_REFUND_CENTS) / PACK.priceCents);
    expect(await prepaidBalance(ada)).toEqual({ prepaid: PACK.credits, revoked, grants: 1 });
    await reconcileAll(all);
    for (const who of [ada, cy]) await expectAccess(who, 'starter', 'FULL', 'active');
    await expectAccess(bea, 'pro', 'FULL', 'active');

    // Day 10: Ada upgrades at her preview's date; Bea schedules a downgrade and undoes it.
    await advanceAll(app, all, t0 + 10 * DAY);
    const upgrade = await app.client.request(Preview, { plan: 'pro' }, { key: ada.key });
    expect(upgrade.errors).toEqual([]);
    const upgradePreview = upgrade.data?.previewPlanChange;
    expect(upgradePreview).toMatchObject({ immediate: true, releasedPlanCode: null });
    const upgraded = await app.client.request(Change, { plan: 'pro', previewedAt: upgradePreview?.effectiveAt }, { key: ada.key });
    expect(upgraded.data?.changePlan).toMatchObject({ immediate: true, prorationCents: upgradePreview?.prorationCents });
    await settle(app);
    const upgradeInvoices = (await stripe.invoices.list({ customer: ada.stripeCustomerId, limit: 100 })).data.filter(
      (invoice) => invoice.billing_reason === 'subscription_update',
    );
    expect(upgradeInvoices.map((invoice) => [invoice.status, invoice.total])).toEqual([['paid', upgradePreview?.prorationCents]]);
    expect(upgradePreview?.nextInvoiceCents).toBe(upgradePreview?.prorationCents);
    await expectAccess(ada, 'pro', 'FULL', 'active');

    const down = await app.client.request(Change, { plan: 'starter' }, { key: bea.key });
    expect(down.data?.changePlan).toMatchObject({ immediate: false, to: { code: 'starter' } });
    await settle(app);
    await expectAccess(bea, 'pro', 'FULL', 'active');
    const undo = await app.client.request(Preview, { plan: 'pro' }, { key: bea.key });
    const undoPreview = undo.data?.previewPlanChange;
    expect(undoPreview).toMatchObject({ immediate: true, prorationCents: 0, releasedPlanCode: 'starter' });
    const undone = await app.client.request(Change, { plan: 'pro' }, { key: bea.key });
    expect(undone.data?.changePlan).toMatchObject({ releasedPlanCode: 'starter', to: { code: 'pro' } });
    await settle(app);
    // Both of Stripe's items are pro's again, so the period's overage is billed at pro's rate.
    const beaSubscription = await stripe.subscriptions.list({ customer: bea.stripeCustomerId, limit: 1 });
    expect(beaSubscription.data[0]?.items.data.map((item) => item.price.lookup_key).sort()).toEqual([
      'carlo_pro_base',
      'carlo_pro_overage',
    ]);
    await expectAccess(bea, 'pro', 'FULL', 'active');
    await reconcileAll(all);

    // Renewal 1, two hours after the period end (Stripe finalizes the draft after one hour).
    const periodEnd1 = (await planOf(app, ada)).periodEnd;
    for (const who of all) expect((await planOf(app, who)).periodEnd).toBe(periodEnd1);
    const overage1 = {
      ada: await overageNow(app, ada),
      bea: await overageNow(app, bea),
      cy: await overageNow(app, cy),
    };
    await advanceAll(app, all, periodEnd1 + 2 * HOUR);
    for (const who of all) who.period = 1;
    const adaRenewal1 = await renewalInvoice(app, ada, periodEnd1);
    expect([adaRenewal1.status, adaRenewal1.total]).toEqual(['paid', await expectedRenewalCents(app, 'pro', overage1.ada, 'pro')]);
    const beaRenewal1 = await renewalInvoice(app, bea, periodEnd1);
    expect([beaRenewal1.status, beaRenewal1.total]).toEqual(['paid', await expectedRenewalCents(app, 'pro', overage1.bea, 'pro')]);
    // The undo's preview said the next invoice is pro's price; the overage of the period comes on top.
    expect(beaRenewal1.total).toBe((undoPreview?.nextInvoiceCents ?? 0) + overageCentsOf(overage1.bea, pro.overageCentsPer1000Credits));
    const cyRenewal1 = await renewalInvoice(app, cy, periodEnd1);
    const cyRenewalCents = await expectedRenewalCents(app, 'starter', overage1.cy, 'starter', CY_OVERAGE_CENTS_PER_1000);
    expect(starter.overageCentsPer1000Credits).not.toBe(CY_OVERAGE_CENTS_PER_1000);
    expect(cyRenewalCents).toBe(starter.priceCents + 75);
    expect([cyRenewal1.status, cyRenewal1.total]).toEqual(['open', cyRenewalCents]);
    expect(await planOf(app, cy)).toMatchObject({ status: 'past_due' });
    await expectAccess(cy, 'starter', 'FULL', 'past_due_grace');
    await expectAccess(ada, 'pro', 'FULL', 'active');
    await expectAccess(bea, 'pro', 'FULL', 'active');
    await reconcileAll(all);

    // Day 16 of period 2: Cy's retries have all failed (unpaid, degraded to LIMITED), then Cy pays with a new card.
    await advanceAll(app, all, periodEnd1 + 16 * DAY);
    expect(await planOf(app, cy)).toMatchObject({ status: 'unpaid' });
    await expectAccess(cy, 'starter', 'LIMITED', 'unpaid');
    const portal = await app.client.request(Portal, {}, { key: cy.key });
    const saved = await fetch(`${portal.data?.createBillingPortalSession.url ?? ''}/card`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ card_number: '4242424242424242', exp: '12/34', cvc: '123' }).toString(),
    });
    await saved.arrayBuffer();
    expect(saved.status).toBeLessThan(400);
    await settle(app);
    expect(await planOf(app, cy)).toMatchObject({ status: 'active' });
    await expectAccess(cy, 'starter', 'FULL', 'active');
    const recovered = await stripe.invoices.retrieve(cyRenewal1.id);
    expect([recovered.status, recovered.amount_paid]).toEqual(['paid', cyRenewalCents]);

    // Period 2: Ada's carried-over pack credits run out and she goes into overage on pro; Cy stays
    // within his included credits and cancels at the period end; Bea goes into overage, schedules a
    // downgrade for the renewal, and keeps using the key while it is pending.
    const carried = PACK.credits - revoked;
    await spend(app, ada, INCLUDED_CREDITS + carried + 200);
    await spend(app, bea, INCLUDED_CREDITS + 100);
    await spend(app, cy, 100);
    await reconcileAll(all);
    const downgrade = await app.client.request(Preview, { plan: 'starter' }, { key: bea.key });
    const downgradePreview = downgrade.data?.previewPlanChange;
    expect(downgradePreview).toMatchObject({
      immediate: false,
      overageCredits: 100,
      overageCents: overageCentsOf(100, pro.overageCentsPer1000Credits),
    });
    const scheduled = await app.client.request(Change, { plan: 'starter' }, { key: bea.key });
    expect(scheduled.data?.changePlan).toMatchObject({ immediate: false, to: { code: 'starter' } });
    await settle(app);
    // Overage while the downgrade is pending: still pro's, at pro's rate.
    await spend(app, bea, 100);
    await reconcileAll(all);
    const overage2 = {
      ada: await overageNow(app, ada),
      bea: await overageNow(app, bea),
      cy: await overageNow(app, cy),
    };
    expect(overage2).toEqual({ ada: 200, bea: 200, cy: 0 });
    const pendingPreview = (await app.client.request(Preview, { plan: 'starter' }, { key: bea.key })).data?.previewPlanChange;
    expect(pendingPreview).toMatchObject({ overageCredits: 200, overageCents: overageCentsOf(200, pro.overageCentsPer1000Credits) });
    const cancelled = await app.client.request(Cancel, {}, { key: cy.key });
    expect(cancelled.errors).toEqual([]);
    await settle(app);
    expect(await planOf(app, cy)).toMatchObject({ status: 'active', cancelAtPeriodEnd: true });
    await expectAccess(bea, 'pro', 'FULL', 'active');
    await expectAccess(cy, 'starter', 'FULL', 'active');

    // Renewal 2: Ada renews on pro with her overage; Bea's downgrade takes effect; Cy's subscription ends.
    const periodEnd2 = (await planOf(app, ada)).periodEnd;
    await advanceAll(app, all, periodEnd2 + 2 * HOUR);
    for (const who of all) who.period = 2;
    const adaRenewal2 = await renewalInvoice(app, ada, periodEnd2);
    expect([adaRenewal2.status, adaRenewal2.total]).toEqual(['paid', await expectedRenewalCents(app, 'pro', overage2.ada, 'pro')]);
    const beaRenewal2 = await renewalInvoice(app, bea, periodEnd2);
    expect([beaRenewal2.status, beaRenewal2.total]).toEqual(['paid', await expectedRenewalCents(app, 'starter', overage2.bea, 'pro')]);
    expect(beaRenewal2.total).toBe((downgradePreview?.nextInvoiceCents ?? 0) + (pendingPreview?.overageCents ?? 0));
    await expect(renewalInvoice(app, cy, periodEnd2)).rejects.toThrow('no renewal invoice');
    await expectAccess(ada, 'pro', 'FULL', 'active');
    await expectAccess(bea, 'starter', 'FULL', 'active');
    await expectAccess(cy, 'starter', 'READ_ONLY', 'canceled');
    const table = await reconcileAll(all);

    // Finance's view of the same months: revenue report, its CSV and MRR against Stripe's invoices.
    const months = monthsBetween(t0, periodEnd2 + 2 * HOUR);
    const revenue = await revenueOf(app, admin, months);
    const csv = await csvOf(app, admin, months);
    for (const who of all) {
      const billed = await billedByStripe(app, who);
      expect({ who: who.name, report: revenue.get(who.customerId) ?? 0, csv: csv.billed.get(who.customerId) ?? 0 }).toEqual({
        who: who.name,
        report: billed.billedCents,
        csv: billed.billedCents,
      });
      expect({ who: who.name, refunds: csv.refunded.get(who.customerId) ?? 0 }).toEqual({ who: who.name, refunds: billed.refundedCents });
      expect(table.find((line) => line.customer === who.name)?.invoicesCents).toBe(billed.billedCents);
    }
    for (const month of months) {
      const mrr = await mrrOf(app, admin, month);
      for (const who of all)
        expect({ who: who.name, month, mrr: mrr.get(who.customerId) ?? 0 }).toEqual({
          who: who.name,
          month,
          mrr: await expectedMrr(app, who, month),
        });
    }
  });
});
