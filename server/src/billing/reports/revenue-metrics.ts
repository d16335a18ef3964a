/**
 * Revenue metrics as defined in docs/revenue-metrics.md. Pure functions over revenue intervals:
 * a span of time during which one customer pays a monthly amount. Money in integer cents.
 */
export type RevenueInterval = { customerId: string; planCode: string; mrrCents: number; from: Date; to: Date | null };

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
  upgradedCustomers: number;
  downgradedCustomers: number;
  upgradeRate: number;
  downgradeRate: number;
  /** ARPU / logo churn rate; null when nobody churned (the lifetime has no end to estimate). */
  ltvCents: number | null;
};

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
  let upgraded = 0;
  let downgraded = 0;
  for (const [customerId, before] of opening) {
    const after = closing.get(customerId) ?? 0;
    if (after === 0) churned += 1;
    else if (after > before) upgraded += 1;
    else if (after < before) downgraded += 1;
    lost += Math.max(0, before - after);
    retained += after;
  }
  let added = 0;
  for (const customerId of closing.keys()) if (!opening.has(customerId)) added += 1;
  const arpuCents = closing.size === 0 ? 0 : Math.round(closingMrr / closing.size);
  const logoChurnRate = ratio(churned, opening.size, 0);
  return {
    month: monthStart.toISOString().slice(0, 7),
    mrrCents: closingMrr,
    arrCents: closingMrr * 12,
    payingCustomers: closing.size,
    newCustomers: added,
    churnedCustomers: churned,
    logoChurnRate,
    revenueChurnRate: ratio(lost, openingMrr, 0),
    arpuCents,
    netRevenueRetention: ratio(retained, openingMrr, 1),
    upgradedCustomers: upgraded,
    downgradedCustomers: downgraded,
    upgradeRate: ratio(upgraded, opening.size, 0),
    downgradeRate: ratio(downgraded, opening.size, 0),
    ltvCents: logoChurnRate === 0 ? null : Math.round(arpuCents / logoChurnRate),
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

export type Cohort = { cohort: string; customers: number; retention: number[] };

/**
 * Logo retention by cohort: a customer's cohort is the month of their first paid interval; entry k
 * of `retention` is the share of the cohort paying at the close of the k-th month after it (0 is
 * the cohort month itself), up to the month containing `now`. Cohorts of the last `months` months.
 */
export function cohortRetention(intervals: readonly RevenueInterval[], now: Date, months: number): Cohort[] {
  const firstPaid = new Map<string, Date>();
  for (const interval of intervals) {
    const known = firstPaid.get(interval.customerId);
    if (interval.mrrCents > 0 && (!known || interval.from < known)) firstPaid.set(interval.customerId, interval.from);
  }
  const monthKey = (date: Date) => date.toISOString().slice(0, 7);
  const cohorts: Cohort[] = [];
  for (let back = months - 1; back >= 0; back -= 1) {
    const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
    const members = [...firstPaid].filter(([, from]) => monthKey(from) === monthKey(start)).map(([customerId]) => customerId);
    const retention: number[] = [];
    for (let k = 0; k <= back; k += 1) {
      const close = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + k + 1, 1) - 1);
      const paying = mrrByCustomer(intervals, close);
      retention.push(ratio(members.filter((customerId) => paying.has(customerId)).length, members.length, 0));
    }
    cohorts.push({ cohort: monthKey(start), customers: members.length, retention });
  }
  return cohorts;
}
