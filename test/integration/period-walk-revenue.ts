import { expect } from 'vitest';
import { Plan } from '../../server/src/domain/plans/plan.entity.js';
import { graphql } from '../generated/index.js';
import type { TestApp } from '../support/test-app.js';
import type { Walker } from './period-walk-support.js';

const Report = graphql(
  `query WalkRevenue($from: String!, $to: String!) { revenueReport(from: $from, to: $to, groupBy: CUSTOMER) { groups { key amountCents } } }`,
);
const Mrr = graphql(`query WalkMrr($month: String!) { mrrReport(month: $month, groupBy: CUSTOMER) { groups { key mrrCents } } }`);

type Finance = { cookie: string };

const monthOf = (seconds: number): string => new Date(seconds * 1000).toISOString().slice(0, 7);

/** The calendar months (UTC, YYYY-MM) from the one holding `from` to the one holding `to`, both in seconds. */
export function monthsBetween(from: number, to: number): string[] {
  const months: string[] = [];
  const at = new Date(Date.UTC(new Date(from * 1000).getUTCFullYear(), new Date(from * 1000).getUTCMonth(), 1));
  while (months.length < 36 && at.toISOString().slice(0, 7) <= monthOf(to)) {
    months.push(at.toISOString().slice(0, 7));
    at.setUTCMonth(at.getUTCMonth() + 1);
  }
  return months;
}

/** Billed cents per customer in the revenue report over the months. */
export async function revenueOf(app: TestApp, finance: Finance, months: readonly string[]): Promise<Map<string, number>> {
  const response = await app.client.request(Report, { from: months[0], to: months[months.length - 1] }, { cookie: finance.cookie });
  expect(response.errors).toEqual([]);
  return new Map((response.data?.revenueReport.groups ?? []).map((group) => [group.key, group.amountCents]));
}

/**
 * Billed and refunded cents per customer in the revenue CSV over the months. The first five
 * columns (date, ids, number, status) and the last two (amounts) never hold a comma, so a line
 * splits on commas for them whatever the quoted text between.
 */
export async function csvOf(
  app: TestApp,
  finance: Finance,
  months: readonly string[],
): Promise<{ billed: Map<string, number>; refunded: Map<string, number> }> {
  const response = await fetch(`${app.url}/reports/revenue.csv?from=${months[0]}&to=${months[months.length - 1]}`, {
    headers: { cookie: finance.cookie },
  });
  expect(response.status).toBe(200);
  const billed = new Map<string, number>();
  const refunded = new Map<string, number>();
  for (const line of (await response.text()).split('\r\n').slice(1)) {
    const cells = line.split(',');
    if (cells.length < 12) continue;
    const customerId = cells[4];
    const cents = Number(cells.at(-2));
    if (line.includes(',refund,')) refunded.set(customerId, (refunded.get(customerId) ?? 0) - cents);
    else billed.set(customerId, (billed.get(customerId) ?? 0) + cents);
  }
  return { billed, refunded };
}

/** What Stripe billed the walker (invoices paid or still being collected) and refunded to it. */
export async function billedByStripe(app: TestApp, who: Walker): Promise<{ billedCents: number; refundedCents: number }> {
  const stripe = app.services.billing.gateway.stripe;
  const invoices = await stripe.invoices.list({ customer: who.stripeCustomerId, limit: 100 });
  const charges = await stripe.charges.list({ customer: who.stripeCustomerId, limit: 100 });
  return {
    billedCents: invoices.data
      .filter((invoice) => invoice.status === 'paid' || invoice.status === 'open')
      .reduce((sum, invoice) => sum + invoice.subtotal, 0),
    refundedCents: charges.data.reduce((sum, charge) => sum + charge.amount_refunded, 0),
  };
}

/** MRR per customer at the close of `month`, from the MRR report grouped by customer. */
export async function mrrOf(app: TestApp, finance: Finance, month: string): Promise<Map<string, number>> {
  const response = await app.client.request(Mrr, { month }, { cookie: finance.cookie });
  expect(response.errors).toEqual([]);
  return new Map((response.data?.mrrReport.groups ?? []).map((group) => [group.key, group.mrrCents]));
}

/**
 * The walker's MRR at the close of `month` read from Stripe alone (docs/revenue-metrics.md): the
 * monthly price of the base-plan line Stripe billed last before the close (a proration line
 * counts from the change at its plan's full price), nothing once the subscription has ended.
 */
export async function expectedMrr(app: TestApp, who: Walker, month: string): Promise<number> {
  const stripe = app.services.billing.gateway.stripe;
  const [year, index] = month.split('-').map(Number);
  const close = Date.UTC(year, index, 1) / 1000 - 0.001;
  const plans = await app.services.orm.em.fork().find(Plan, {});
  const basePrice = new Map(plans.flatMap((plan) => (plan.stripeBasePriceId ? [[plan.stripeBasePriceId, plan.priceCents] as const] : [])));
  const invoices = await stripe.invoices.list({ customer: who.stripeCustomerId, limit: 100 });
  const lines = invoices.data
    .filter((invoice) => invoice.status === 'paid' || invoice.status === 'open')
    .flatMap((invoice) => invoice.lines.data)
    .flatMap((line) => {
      const price = line.pricing?.price_details?.price;
      const monthly = basePrice.get(typeof price === 'string' ? price : (price?.id ?? ''));
      return monthly !== undefined && line.amount > 0 && line.period.start <= close ? [{ start: line.period.start, monthly }] : [];
    })
    .sort((a, b) => a.start - b.start);
  const subscriptions = await stripe.subscriptions.list({ customer: who.stripeCustomerId, status: 'all', limit: 10 });
  // A cancellation at the period end is asked for earlier (`canceled_at`); revenue runs until it ends (`ended_at`).
  const ended = subscriptions.data.some((sub) => {
    const end = sub.ended_at ?? sub.canceled_at;
    return sub.status === 'canceled' && end !== null && end <= close;
  });
  return ended ? 0 : (lines.at(-1)?.monthly ?? 0);
}
