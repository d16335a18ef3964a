import type { EntityManager } from '@mikro-orm/postgresql';
import { Subscription } from '../../domain/subscriptions/index.js';
import { BILLED_STATUSES } from './invoice-revenue.js';
import { type MonthMetrics, monthSeries, type RevenueInterval, revenueInterval } from './revenue-metrics.js';

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

/**
 * Subscriptions in id order, a batch at a time, clearing the identity map between batches so an
 * export holds one batch in memory whatever the table size.
 */
async function* subscriptionBatches(em: EntityManager): AsyncGenerator<Subscription[]> {
  let after: string | null = null;
  for (;;) {
    const rows: Subscription[] = await em.find(Subscription, after ? { id: { $gt: after } } : {}, {
      populate: ['plan', 'customer'],
      orderBy: { id: 'asc' },
      limit: BATCH,
    });
    if (rows.length === 0) return;
    yield rows;
    after = rows[rows.length - 1].id;
    em.clear();
    if (rows.length < BATCH) return;
  }
}

function intervalOf(subscription: Subscription): RevenueInterval | null {
  const plan = subscription.plan.getEntity();
  return revenueInterval({
    customerId: subscription.customer.id,
    planCode: plan.code,
    priceCents: plan.priceCents,
    status: subscription.status,
    createdAt: subscription.createdAt,
    trialEnd: subscription.trialEnd,
    pastDueSince: subscription.pastDueSince,
    canceledAt: subscription.canceledAt,
  });
}

/** Lines with revenue at the month's last millisecond, the same instant the metrics use. */
export async function* revenueLines(em: EntityManager, month: { end: Date }): AsyncGenerator<RevenueLine> {
  const at = month.end.getTime() - 1;
  for await (const batch of subscriptionBatches(em)) {
    for (const subscription of batch) {
      const interval = intervalOf(subscription);
      if (!interval || interval.from.getTime() > at || (interval.to !== null && interval.to.getTime() <= at)) continue;
      yield {
        subscriptionId: subscription.id,
        customerId: interval.customerId,
        company: subscription.customer.getEntity().company,
        planCode: interval.planCode,
        status: subscription.status,
        mrrCents: interval.mrrCents,
      };
    }
  }
}

export type MonthWithBilling = MonthMetrics & { billedCents: number; overageCents: number };

/** Billed and overage revenue per issue month from the invoice mirror (same rules as revenueReport). */
async function billedByMonth(em: EntityManager, since: Date): Promise<Map<string, { billed: number; overage: number }>> {
  const rows = await em.getConnection().execute<{ month: string; billed: string | null; overage: string | null }[]>(
    `select to_char(i.issued_at at time zone 'UTC', 'YYYY-MM') as month,
            sum((l->>'amountCents')::bigint)::text as billed,
            sum(case when l->>'lookupKey' ~ '^carlo_.+_overage$' then (l->>'amountCents')::bigint else 0 end)::text as overage
       from invoice i cross join lateral jsonb_array_elements(i.lines::jsonb) as l
      where i.status in (?) and i.issued_at >= ? group by 1`,
    [[...BILLED_STATUSES], since],
  );
  return new Map(rows.map((row) => [row.month, { billed: Number(row.billed ?? 0), overage: Number(row.overage ?? 0) }]));
}

export async function revenueSeriesWithBilling(em: EntityManager, now: Date, months: number): Promise<MonthWithBilling[]> {
  const series = await revenueSeries(em, now, months);
  const since = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (months - 1), 1));
  const billed = await billedByMonth(em, since);
  return series.map((month) => ({
    ...month,
    billedCents: billed.get(month.month)?.billed ?? 0,
    overageCents: billed.get(month.month)?.overage ?? 0,
  }));
}

export async function revenueSeries(em: EntityManager, now: Date, months: number): Promise<MonthMetrics[]> {
  const intervals: RevenueInterval[] = [];
  for await (const batch of subscriptionBatches(em)) {
    for (const subscription of batch) {
      const interval = intervalOf(subscription);
      if (interval) intervals.push(interval);
    }
  }
  return monthSeries(intervals, now, months);
}
