import type { EntityManager } from '@mikro-orm/postgresql';
import { type BilledBaseLine, type BilledSubscription, billedIntervals, fullPrices } from './billed-intervals.js';
import { BILLED_INVOICE_SQL, classifyLine } from './invoice-revenue.js';
import { type Cohort, cohortRetention, type MonthMetrics, monthSeries, type RevenueInterval } from './revenue-metrics.js';

/** One line of the revenue report: a subscription's recurring revenue at the close of the month. */
export type RevenueLine = {
  subscriptionId: string;
  customerId: string;
  company: string;
  planCode: string;
  status: string;
  mrrCents: number;
};

const BATCH = 1_000;

/** `YYYY-MM` to the month's [start, end) in UTC; null for anything else. */
export function parseMonth(month: string): { start: Date; end: Date } | null {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!match) return null;
  const year = Number(match[1]);
  const index = Number(match[2]) - 1;
  return { start: new Date(Date.UTC(year, index, 1)), end: new Date(Date.UTC(year, index + 1, 1)) };
}

const BEFORE_ANY_UUID = '00000000-0000-0000-0000-000000000000';

type BilledRow = {
  subscription_id: string;
  customer_id: string;
  company: string;
  status: string;
  past_due_since: Date | null;
  canceled_at: Date | null;
  lookup_key: string | null;
  amount_cents: number | null;
  price_id: string | null;
  proration: boolean | null;
  period_start: string | null;
  period_end: string | null;
};

type BilledSubscriptionRow = BilledSubscription & { subscriptionId: string; company: string; lines: BilledBaseLine[] };

/**
 * Subscriptions known to Stripe with the base-plan lines Stripe billed them, in id order, a batch
 * at a time, so an export holds one batch whatever the table size. A line counts when its invoice
 * was paid, or is a renewal still being collected (a past-due month is still revenue); the open
 * first invoice of a sign-up that never paid does not. A subscription row without a Stripe
 * subscription never was billed and has no revenue.
 */
async function* billedSubscriptionBatches(em: EntityManager): AsyncGenerator<BilledSubscriptionRow[]> {
  let cursor = BEFORE_ANY_UUID;
  for (;;) {
    const rows = await em.getConnection().execute<BilledRow[]>(
      `select s.id as subscription_id, s.customer_id, c.company, s.status, s.past_due_since, s.canceled_at,
              l.value->>'lookupKey' as lookup_key, (l.value->>'amountCents')::int - coalesce((l.value->>'discountCents')::int, 0) as amount_cents, l.value->>'priceId' as price_id,
              (l.value->>'proration')::boolean as proration, l.value->>'periodStart' as period_start, l.value->>'periodEnd' as period_end
         from (select * from subscription where stripe_subscription_id is not null and id > ? order by id limit ?) s
         join customer c on c.id = s.customer_id
         left join invoice i on i.customer_id = s.customer_id and i.stripe_subscription_id = s.stripe_subscription_id
              and (i.status = 'paid' or (i.status = 'open' and i.billing_reason is distinct from 'subscription_create'))
         left join lateral (select value from jsonb_array_elements(i.lines::jsonb) as e(value) where value->>'lookupKey' ~ '^carlo_.+_base$') l on true
        order by s.id, l.value->>'periodStart'`,
      [cursor, BATCH],
    );
    const batch: BilledSubscriptionRow[] = [];
    for (const row of rows) {
      let current = batch.at(-1);
      if (current?.subscriptionId !== row.subscription_id) {
        current = {
          subscriptionId: row.subscription_id,
          customerId: row.customer_id,
          company: row.company,
          status: row.status,
          pastDueSince: row.past_due_since ? new Date(row.past_due_since) : null,
          canceledAt: row.canceled_at ? new Date(row.canceled_at) : null,
          lines: [],
        };
        batch.push(current);
      }
      const planCode = classifyLine(row.lookup_key).planCode;
      if (planCode === null || row.amount_cents === null || row.period_start === null || row.period_end === null) continue;
      current.lines.push({
        planCode,
        amountCents: Number(row.amount_cents),
        priceId: row.price_id,
        proration: row.proration === true,
        periodStart: new Date(row.period_start),
        periodEnd: new Date(row.period_end),
      });
    }
    if (batch.length === 0) return;
    yield batch;
    cursor = batch[batch.length - 1].subscriptionId;
    if (batch.length < BATCH) return;
  }
}

/** Monthly amount per Stripe price from every full-period base line billed (prices never change in Stripe). */
async function billedPrices(em: EntityManager): Promise<Map<string, number>> {
  const prices = new Map<string, number>();
  for await (const batch of billedSubscriptionBatches(em)) for (const [price, cents] of fullPrices(batch)) prices.set(price, cents);
  return prices;
}

/** Lines with revenue at the month's last millisecond, the same instant the metrics use. */
export async function* revenueLines(em: EntityManager, month: { end: Date }): AsyncGenerator<RevenueLine> {
  const at = month.end.getTime() - 1;
  const prices = await billedPrices(em);
  for await (const batch of billedSubscriptionBatches(em)) {
    for (const subscription of batch) {
      for (const interval of billedIntervals(subscription, prices)) {
        if (interval.from.getTime() > at || (interval.to !== null && interval.to.getTime() <= at)) continue;
        yield {
          subscriptionId: subscription.subscriptionId,
          customerId: interval.customerId,
          company: subscription.company,
          planCode: interval.planCode,
          status: subscription.status,
          mrrCents: interval.mrrCents,
        };
      }
    }
  }
}

export type MonthWithBilling = MonthMetrics & {
  billedCents: number;
  overageCents: number;
  paymentSuccessRate: number | null;
  failedPaymentRecoveryRate: number | null;
};

type PaymentRow = { month: string; charged: number; clean: number; failed: number; recovered: number };

/**
 * Payment outcomes per issue month from the invoice mirror and the webhook inbox: invoices that
 * asked for a payment (finalised, total above 0, not voided), those paid with no
 * invoice.payment_failed event, those with one, and of those the ones paid since.
 */
async function paymentsByMonth(em: EntityManager, since: Date): Promise<Map<string, PaymentRow>> {
  const rows = await em.getConnection().execute<PaymentRow[]>(
    `select month, count(*)::int as charged,
            count(*) filter (where status = 'paid' and not failed)::int as clean,
            count(*) filter (where failed)::int as failed,
            count(*) filter (where failed and status = 'paid')::int as recovered
       from (select to_char(i.issued_at at time zone 'UTC', 'YYYY-MM') as month, i.status,
                    exists (select 1 from stripe_event e where e.type = 'invoice.payment_failed' and e.object_id = i.stripe_invoice_id) as failed
               from invoice i where i.status in ('paid', 'open', 'uncollectible') and i.total_cents > 0 and i.issued_at >= ?) charged
      group by month`,
    [since],
  );
  return new Map(rows.map((row) => [row.month, row]));
}

function share(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}

/** Billed and overage revenue per issue month from the invoice mirror (same rules as revenueReport). */
async function billedByMonth(em: EntityManager, since: Date): Promise<Map<string, { billed: number; overage: number }>> {
  const rows = await em.getConnection().execute<{ month: string; billed: string | null; overage: string | null }[]>(
    `select to_char(i.issued_at at time zone 'UTC', 'YYYY-MM') as month,
            sum((l->>'amountCents')::bigint)::text as billed,
            sum(case when l->>'lookupKey' ~ '^carlo_.+_overage$' then (l->>'amountCents')::bigint else 0 end)::text as overage
       from invoice i cross join lateral jsonb_array_elements(i.lines::jsonb) as l
      where ${BILLED_INVOICE_SQL} and i.issued_at >= ? group by 1`,
    [since],
  );
  return new Map(rows.map((row) => [row.month, { billed: Number(row.billed ?? 0), overage: Number(row.overage ?? 0) }]));
}

export async function revenueSeriesWithBilling(em: EntityManager, now: Date, months: number): Promise<MonthWithBilling[]> {
  const series = await revenueSeries(em, now, months);
  const since = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (months - 1), 1));
  const billed = await billedByMonth(em, since);
  const payments = await paymentsByMonth(em, since);
  return series.map((month) => {
    const paid = payments.get(month.month);
    return {
      ...month,
      billedCents: billed.get(month.month)?.billed ?? 0,
      overageCents: billed.get(month.month)?.overage ?? 0,
      paymentSuccessRate: share(Number(paid?.clean ?? 0), Number(paid?.charged ?? 0)),
      failedPaymentRecoveryRate: share(Number(paid?.recovered ?? 0), Number(paid?.failed ?? 0)),
    };
  });
}

async function allBilledIntervals(em: EntityManager): Promise<RevenueInterval[]> {
  const subscriptions: BilledSubscription[] = [];
  for await (const batch of billedSubscriptionBatches(em)) subscriptions.push(...batch);
  const prices = fullPrices(subscriptions);
  return subscriptions.flatMap((subscription) => billedIntervals(subscription, prices));
}

export async function revenueSeries(em: EntityManager, now: Date, months: number): Promise<MonthMetrics[]> {
  return monthSeries(await allBilledIntervals(em), now, months);
}

/** Logo retention of the cohorts of the last `months` months, from the same billed intervals as MRR. */
export async function revenueCohorts(em: EntityManager, now: Date, months: number): Promise<Cohort[]> {
  return cohortRetention(await allBilledIntervals(em), now, months);
}

/** Amount due now on the open invoices of past-due subscriptions: what dunning is still trying to collect. */
export async function pastDueAmountCents(em: EntityManager): Promise<number> {
  const rows = await em.getConnection().execute<{ due: string | null }[]>(
    `select sum(i.amount_due_cents)::text as due from invoice i
       join subscription s on s.customer_id = i.customer_id and s.stripe_subscription_id = i.stripe_subscription_id
      where i.status = 'open' and s.status = 'past_due'`,
  );
  return Number(rows[0]?.due ?? 0);
}
