import type { EntityManager } from '@mikro-orm/postgresql';
import { Subscription } from '../billing/subscription.entity.js';
import { type MonthMetrics, monthSeries, type RevenueInterval, revenueInterval } from './revenue-metrics.js';

/** One line of the revenue report: a subscription's recurring revenue at the close of the month. */
export type RevenueLine = { subscriptionId: string; customerId: string; company: string; planCode: string; status: string; mrrCents: number };

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
    const rows: Subscription[] = await em.find(Subscription, after ? { id: { $gt: after } } : {}, { populate: ['plan', 'customer'], orderBy: { id: 'asc' }, limit: BATCH });
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
