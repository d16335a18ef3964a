/**
 * Revenue metrics as defined in docs/revenue-metrics.md. Pure functions over revenue intervals:
 * a span of time during which one customer pays a monthly amount. Money in integer cents.
 */
export type RevenueInterval = { customerId: string; planCode: string; mrrCents: number; from: Date; to: Date | null };

export type SubscriptionFacts = {
  customerId: string;
  planCode: string;
  priceCents: number;
  status: string;
  createdAt: Date;
  trialEnd: Date | null;
  pastDueSince: Date | null;
  canceledAt: Date | null;
};

export type MonthMetrics = {
  month: string;
  mrrCents: number;
  arrCents: number;
  payingCustomers: number;
  newCustomers: number;
  churnedCustomers: number;
  logoChurnRate: number;
  revenueChurnRate: number;
  arpuCents: number;
  netRevenueRetention: number;
};

/** When a subscription earned recurring revenue; see the document for each status. */
export function revenueInterval(sub: SubscriptionFacts): RevenueInterval | null {
  if (sub.priceCents <= 0) return null;
  const paidFrom = sub.trialEnd && sub.trialEnd > sub.createdAt ? sub.trialEnd : sub.createdAt;
  const span = (to: Date | null): RevenueInterval | null =>
    to !== null && to <= paidFrom
      ? null
      : { customerId: sub.customerId, planCode: sub.planCode, mrrCents: sub.priceCents, from: paidFrom, to };
  switch (sub.status) {
    case 'active':
    case 'past_due':
    case 'trialing':
      return span(null);
    case 'canceled':
      return span(sub.canceledAt ?? sub.createdAt);
    case 'unpaid':
    case 'paused':
      return span(sub.pastDueSince ?? sub.createdAt);
    default:
      // incomplete and incomplete_expired never paid.
      return null;
  }
}

/** MRR per customer at instant t: intervals with from <= t < to. */
export function mrrByCustomer(intervals: readonly RevenueInterval[], at: Date): Map<string, number> {
  const byCustomer = new Map<string, number>();
  const time = at.getTime();
  for (const interval of intervals) {
    if (interval.from.getTime() > time) continue;
    if (interval.to !== null && interval.to.getTime() <= time) continue;
    byCustomer.set(interval.customerId, (byCustomer.get(interval.customerId) ?? 0) + interval.mrrCents);
  }
  return byCustomer;
}

export function sum(values: Iterable<number>): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/** Rates are ratios rounded to four decimals; an empty cohort has a rate of 0 (churn) or 1 (retention). */
function ratio(numerator: number, denominator: number, empty: number): number {
  return denominator === 0 ? empty : Math.round((numerator / denominator) * 10_000) / 10_000;
}

/** The metrics of one month from the state at its opening and at its close. */
export function monthMetrics(intervals: readonly RevenueInterval[], monthStart: Date, monthEnd: Date): MonthMetrics {
  // The close of a month is its last millisecond, so the opening is the previous month's close.
  const opening = mrrByCustomer(intervals, new Date(monthStart.getTime() - 1));
  const closing = mrrByCustomer(intervals, new Date(monthEnd.getTime() - 1));
  const openingMrr = sum(opening.values());
  const closingMrr = sum(closing.values());
  let churned = 0;
  let lost = 0;
  let retained = 0;
  for (const [customerId, before] of opening) {
    const after = closing.get(customerId) ?? 0;
    if (after === 0) churned += 1;
    lost += Math.max(0, before - after);
    retained += after;
  }
  let added = 0;
  for (const customerId of closing.keys()) if (!opening.has(customerId)) added += 1;
  return {
    month: monthStart.toISOString().slice(0, 7),
    mrrCents: closingMrr,
    arrCents: closingMrr * 12,
    payingCustomers: closing.size,
    newCustomers: added,
    churnedCustomers: churned,
    logoChurnRate: ratio(churned, opening.size, 0),
    revenueChurnRate: ratio(lost, openingMrr, 0),
    arpuCents: closing.size === 0 ? 0 : Math.round(closingMrr / closing.size),
    netRevenueRetention: ratio(retained, openingMrr, 1),
  };
}

/** Calendar months (UTC) ending with the month that contains `now`, oldest first. */
export function monthSeries(intervals: readonly RevenueInterval[], now: Date, months: number): MonthMetrics[] {
  const series: MonthMetrics[] = [];
  for (let back = months - 1; back >= 0; back -= 1) {
    const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
    const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back + 1, 1));
    series.push(monthMetrics(intervals, start, end));
  }
  return series;
}
