import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Invoice } from '../../server/src/billing/stripe/invoice.entity.js';
import { Plan } from '../../server/src/domain/plans/plan.entity.js';
import { SubscriptionStatus } from '../../server/src/domain/subscriptions/subscription.entity.js';
import { AdminRole } from '../../server/src/platform/staff/admin-role.js';
import { graphql } from '../generated/index.js';
import { customerWithKey, type SignedInAdmin, signedInAdmin, uniqueEmail } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { payCheckout, settle } from './billing-helpers.js';

const SignUp = graphql(`mutation RevenueByMonthSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }`);
const Refund = graphql(
  `mutation RevenueByMonthRefund($id: ID!, $amountCents: Int, $reason: String!) { adminRefundInvoice(id: $id, amountCents: $amountCents, reason: $reason) { id amountRefundedCents } }`,
);
const Mrr = graphql(
  `query RevenueByMonthMrr($month: String!) { mrrReport(month: $month, groupBy: CUSTOMER) { totalMrrCents groups { key mrrCents } } revenueMetrics(months: 1) { month mrrCents } }`,
);
const Collection = graphql(
  `query RevenueByMonthCollection { pastDueCents revenueMetrics(months: 36) { month paymentSuccessRate failedPaymentRecoveryRate } }`,
);
const Cohorts = graphql(`query RevenueByMonthCohorts { revenueCohorts(months: 36) { cohort customers retention } }`);
const Report = graphql(
  `query RevenueByMonthReport($from: String!, $to: String!) { revenueReport(from: $from, to: $to) { billedCents refundedCents netCents mirrorSubtotalCents } }`,
);

let app: TestApp;
let stripe: Stripe;
let finance: SignedInAdmin;
beforeAll(async () => {
  app = await startTestApp();
  stripe = app.services.billing.gateway.stripe;
  finance = await signedInAdmin(app, AdminRole.FINANCE);
});
afterAll(async () => {
  app.services.billing.service.customerExtras = () => ({});
  await app?.close();
});

const seconds = (at: string) => Math.floor(Date.parse(at) / 1000);

/** A starter customer on its own test clock frozen at `at`, paid through Checkout with `card`: its first invoice is issued then. */
async function clockedStarter(
  at: Date,
  card = '4242 4242 4242 4242',
): Promise<{ customerId: string; clock: Stripe.TestHelpers.TestClock; invoice: Invoice }> {
  const clock = await stripe.testHelpers.testClocks.create({ frozen_time: Math.floor(at.getTime() / 1000) });
  app.services.billing.service.customerExtras = () => ({ test_clock: clock.id });
  const response = await app.client.request(SignUp, {
    input: { company: 'Month End Co', email: uniqueEmail('month-end'), plan: 'starter' },
  });
  app.services.billing.service.customerExtras = () => ({});
  expect(response.errors).toEqual([]);
  expect(await payCheckout(response.data?.signUp.checkoutUrl ?? '', card)).toBe(303);
  await settle(app);
  const customerId = response.data?.signUp.accountId ?? '';
  const invoice = await app.services.orm.em.fork().findOneOrFail(Invoice, { customerId, status: 'paid' });
  return { customerId, clock, invoice };
}

async function report(month: string) {
  const response = await app.client.request(Report, { from: month, to: month }, { cookie: finance.cookie });
  expect(response.errors).toEqual([]);
  return response.data?.revenueReport;
}

/** A customer's MRR at the close of `month`, from the MRR report grouped by customer. */
async function mrrOf(month: string, customerId: string): Promise<number> {
  const response = await app.client.request(Mrr, { month }, { cookie: finance.cookie });
  expect(response.errors).toEqual([]);
  return response.data?.mrrReport.groups.find((group) => group.key === customerId)?.mrrCents ?? 0;
}

/** The refund lines of an invoice in a month's revenue CSV. */
async function csvRefunds(month: string, invoiceId: string): Promise<number[]> {
  const csv = await fetch(`${app.url}/reports/revenue.csv?from=${month}&to=${month}`, { headers: { cookie: finance.cookie } });
  expect(csv.status).toBe(200);
  return (await csv.text())
    .split('\r\n')
    .filter((line) => line.includes(`,${invoiceId},`) && line.includes(',refund,'))
    .map((line) => Number(line.split(',').at(-2)));
}

describe('revenue by the month money moved', () => {
  it('counts a refund made after the month closed in the month it was made, leaving the closed month as it was', async () => {
    const { clock, invoice } = await clockedStarter(new Date('2025-03-15T12:00:00Z'));
    expect(invoice.issuedAt.toISOString().slice(0, 7)).toBe('2025-03');
    const march = await report('2025-03');
    const aprilBefore = await report('2025-04');

    await stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: seconds('2025-04-02T12:00:00Z') });
    await settle(app);
    const refund = await app.client.request(
      Refund,
      { id: invoice.id, amountCents: 700, reason: 'Late outage credit' },
      { cookie: finance.cookie },
    );
    expect(refund.errors).toEqual([]);
    await settle(app);

    expect(await report('2025-03')).toEqual(march);
    expect(await csvRefunds('2025-03', invoice.id)).toEqual([]);
    const aprilAfter = await report('2025-04');
    expect(aprilAfter?.refundedCents).toBe((aprilBefore?.refundedCents ?? 0) + 700);
    expect(aprilAfter?.netCents).toBe((aprilBefore?.netCents ?? 0) - 700);
    expect(aprilAfter?.billedCents).toBe(aprilAfter?.mirrorSubtotalCents);
    expect(await csvRefunds('2025-04', invoice.id)).toEqual([-700]);
  });

  it('stops counting an open renewal invoice once its subscription has stopped collecting, and the report still reconciles', async () => {
    // The 0341 card attaches but every renewal charge declines: the June renewal stays open, past due.
    const { customerId, clock } = await clockedStarter(new Date('2025-05-10T12:00:00Z'), '4000 0000 0000 0341');
    const juneBefore = await report('2025-06');
    const collection = async () => (await app.client.request(Collection, {}, { cookie: finance.cookie })).data;
    const pastDueBefore = (await collection())?.pastDueCents ?? -1;
    await stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: seconds('2025-06-10T14:00:00Z') });
    await settle(app);
    const renewal = await app.services.orm.em.fork().findOneOrFail(Invoice, { customerId, status: 'open' });
    expect(renewal.issuedAt.toISOString().slice(0, 7)).toBe('2025-06');
    // The failed renewal is past due now, and June has a failed payment not (yet) recovered.
    const failing = await collection();
    expect(failing?.pastDueCents).toBe(pastDueBefore + renewal.amountDueCents);
    const june = failing?.revenueMetrics.find((month) => month.month === '2025-06');
    expect(june?.paymentSuccessRate).toBeLessThan(1);
    expect(june?.failedPaymentRecoveryRate).toBeLessThan(1);
    const pastDue = await report('2025-06');
    expect(pastDue?.billedCents).toBe((juneBefore?.billedCents ?? 0) + renewal.subtotalCents);

    await stripe.subscriptions.cancel(renewal.stripeSubscriptionId ?? '');
    await settle(app);
    const open = await app.services.orm.em.fork().findOneOrFail(Invoice, { id: renewal.id });
    expect(open.status).toBe('open');
    expect((await collection())?.pastDueCents).toBe(pastDueBefore);
    const canceled = await report('2025-06');
    expect(canceled?.billedCents).toBe(juneBefore?.billedCents);
    expect(canceled?.mirrorSubtotalCents).toBe(canceled?.billedCents);
  });

  it('keeps the MRR of a billed month when the plan price is edited afterwards: MRR is what Stripe billed', async () => {
    const august = async () =>
      (await app.client.request(Cohorts, {}, { cookie: finance.cookie })).data?.revenueCohorts.find(
        (cohort) => cohort.cohort === '2025-08',
      );
    const cohortBefore = (await august())?.customers ?? -1;
    const { customerId, invoice } = await clockedStarter(new Date('2025-08-10T12:00:00Z'));
    // The customer joins the cohort of the month Stripe first billed them, whenever the row was written.
    expect((await august())?.customers).toBe(cohortBefore + 1);
    const billed = invoice.lines.find((line) => line.lookupKey === 'carlo_starter_base')?.amountCents ?? -1;
    expect(billed).toBeGreaterThan(0);
    expect(await mrrOf('2025-08', customerId)).toBe(billed);
    const em = app.services.orm.em.fork();
    const starter = await em.findOneOrFail(Plan, { code: 'starter' });
    const price = starter.priceCents;
    starter.priceCents = price + 1_000;
    await em.flush();
    try {
      expect(await mrrOf('2025-08', customerId)).toBe(billed);
    } finally {
      starter.priceCents = price;
      await em.flush();
    }
  });

  it('counts no MRR for a subscription Stripe never billed, nor for an incomplete sign-up', async () => {
    const month = new Date().toISOString().slice(0, 7);
    const unbilled = await customerWithKey(app, { plan: 'pro', status: SubscriptionStatus.ACTIVE });
    const incomplete = await customerWithKey(app, { plan: 'pro', status: SubscriptionStatus.INCOMPLETE });
    const paying = await clockedStarter(new Date());
    expect(await mrrOf(month, unbilled.customer.id)).toBe(0);
    expect(await mrrOf(month, incomplete.customer.id)).toBe(0);
    expect(await mrrOf(month, paying.customerId)).toBeGreaterThan(0);
    const response = await app.client.request(Mrr, { month }, { cookie: finance.cookie });
    expect(response.data?.revenueMetrics.at(-1)?.mrrCents).toBe(response.data?.mrrReport.totalMrrCents);
  });
});
