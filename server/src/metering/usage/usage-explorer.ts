/**
 * The usage explorer's numbers over the last days: closed days from the daily rollups
 * (usage-rollup.ts), days after the rollup's watermark from usage_event itself. The two never
 * overlap, and both give the same numbers for a day (the tests compare them), p95 included:
 * the rollup keeps each day's count of calls per latency, from which the percentile is exact.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { DAY_MS, isoDay, utcDayStart } from './usage-rollup.js';

export type ExplorerDay = {
  day: string;
  calls: number;
  chargedCredits: number;
  overageCredits: number;
  errors: number;
  p95LatencyMs: number;
};
export type ExplorerOperation = { operationName: string; calls: number; chargedCredits: number };
export type ExplorerCustomer = { customerId: string; company: string; calls: number; chargedCredits: number };
export type UsageExplorerData = { byDay: ExplorerDay[]; byOperation: ExplorerOperation[]; topCustomers: ExplorerCustomer[] };

type DayRow = { day: string; calls: number; charged: string; overage: string; errors: number };
type DaySums = { calls: number; charged: number; overage: number; errors: number; latency: Map<number, number> };

export async function exploreUsage(em: EntityManager, days: number, now = new Date()): Promise<UsageExplorerData> {
  const connection = em.getConnection();
  const since = utcDayStart(now.getTime() - (days - 1) * DAY_MS);
  const [mark] = await connection.execute<{ watermark: string | null }[]>('select max(day)::text as watermark from usage_day_total');
  // Days up to the watermark come from the rollups; later ones (today at least) from the events.
  const rolledThrough = mark?.watermark ?? '1970-01-01';
  const rawFrom = new Date(Math.max(since, Date.parse(`${rolledThrough}T00:00:00Z`) + DAY_MS));
  const range = [isoDay(since), rolledThrough, rawFrom];
  const [rolled, raw, operations, customers] = await Promise.all([
    connection.execute<(DayRow & { latency_counts: Record<string, number> | string })[]>(
      `select day::text as day, calls, charged_credits as charged, overage_credits as overage, errors, latency_counts
         from usage_day_total where day >= ?::date and day <= ?::date`,
      range.slice(0, 2),
    ),
    connection.execute<(DayRow & { latency_ms: number })[]>(
      `select to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD') as day, latency_ms, count(*)::int as calls,
              coalesce(sum(charged_credits), 0)::bigint as charged, coalesce(sum(overage_credits), 0)::bigint as overage,
              count(*) filter (where status <> 'ok')::int as errors
         from usage_event where occurred_at >= ? group by 1, 2`,
      [rawFrom],
    ),
    connection.execute<{ operation: string; calls: string; charged: string }[]>(
      `select operation_name as operation, sum(calls) as calls, sum(charged) as charged from (
         select operation_name, calls, charged_credits as charged from usage_day_operation where day >= ?::date and day <= ?::date
         union all
         select operation_name, count(*), coalesce(sum(charged_credits), 0) from usage_event where occurred_at >= ? group by 1
       ) u group by 1 order by 3 desc, 1 limit 20`,
      range,
    ),
    connection.execute<{ customer_id: string; company: string; calls: string; charged: string }[]>(
      `select u.customer_id, c.company, u.calls, u.charged from (
         select customer_id, sum(calls) as calls, sum(charged) as charged from (
           select customer_id, calls, charged_credits as charged from usage_day_customer where day >= ?::date and day <= ?::date
           union all
           select customer_id, count(*), coalesce(sum(charged_credits), 0) from usage_event where occurred_at >= ? group by 1
         ) t group by 1 order by 3 desc, 1 limit 20
       ) u join customer c on c.id = u.customer_id order by u.charged desc, u.customer_id`,
      range,
    ),
  ]);

  const sums = new Map<string, DaySums>();
  const sumsOf = (day: string): DaySums => {
    const known = sums.get(day);
    if (known) return known;
    const entry: DaySums = { calls: 0, charged: 0, overage: 0, errors: 0, latency: new Map() };
    sums.set(day, entry);
    return entry;
  };
  const add = (day: string, row: DayRow, latency: [number, number][]) => {
    const entry = sumsOf(day);
    entry.calls += Number(row.calls);
    entry.charged += Number(row.charged);
    entry.overage += Number(row.overage);
    entry.errors += Number(row.errors);
    for (const [ms, n] of latency) entry.latency.set(ms, (entry.latency.get(ms) ?? 0) + n);
  };
  for (const row of rolled) {
    const counts = typeof row.latency_counts === 'string' ? (JSON.parse(row.latency_counts) as Record<string, number>) : row.latency_counts;
    add(
      row.day,
      row,
      Object.entries(counts).map(([ms, n]) => [Number(ms), Number(n)]),
    );
  }
  for (const row of raw) add(row.day, row, [[Number(row.latency_ms), Number(row.calls)]]);

  return {
    byDay: Array.from({ length: days }, (_, index) => {
      const day = isoDay(since + index * DAY_MS);
      const entry = sums.get(day);
      return {
        day,
        calls: entry?.calls ?? 0,
        chargedCredits: entry?.charged ?? 0,
        overageCredits: entry?.overage ?? 0,
        errors: entry?.errors ?? 0,
        p95LatencyMs: Math.round(entry ? (percentileOfCounts(entry.latency, 0.95) ?? 0) : 0),
      };
    }),
    byOperation: operations.map((row) => ({ operationName: row.operation, calls: Number(row.calls), chargedCredits: Number(row.charged) })),
    topCustomers: customers.map((row) => ({
      customerId: row.customer_id,
      company: row.company,
      calls: Number(row.calls),
      chargedCredits: Number(row.charged),
    })),
  };
}

/**
 * PostgreSQL's percentile_cont over the values a count map describes (value → how many times):
 * the value at fractional rank p × (n − 1), interpolated between its neighbours. Null when empty.
 */
export function percentileOfCounts(counts: ReadonlyMap<number, number>, p: number): number | null {
  const values = [...counts.keys()].sort((a, b) => a - b);
  const n = values.reduce((total, value) => total + (counts.get(value) ?? 0), 0);
  if (n === 0) return null;
  const position = p * (n - 1);
  const lowRank = Math.floor(position),
    highRank = Math.ceil(position);
  let low: number | null = null,
    high: number | null = null;
  let seen = 0;
  for (const value of values) {
    seen += counts.get(value) ?? 0;
    if (low === null && seen > lowRank) low = value;
    if (seen > highRank) {
      high = value;
      break;
    }
  }
  if (low === null || high === null) return null;
  return low + (high - low) * (position - lowRank);
}
