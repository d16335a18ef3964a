import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { boundQuery } from '../../platform/db/index.js';
import { PeriodicTask } from '../../platform/tasks/index.js';

export type RollupOptions = {
  /**
   * How long after midnight (UTC) a day is still open: longer than any request takes to write its
   * usage event (sync runs stop at 30 s; a batch in doubt waits 15 s), so no event of a closed
   * day arrives after it was rolled up.
   */
  graceMs: number;
  intervalMs: number;
  /** Days rolled per turn, so a first turn over a long history stays a sequence of short transactions. */
  maxDaysPerTurn: number;
};

const DEFAULTS: RollupOptions = { graceMs: 10 * 60_000, intervalMs: 10 * 60_000, maxDaysPerTurn: 400 };
export const DAY_MS = 86_400_000;
/** One process rolls a day at a time; the others skip it for this turn. */
const LOCK_KEY = 'carlo:usage-rollup';

const FORGET_DAY = `with operations as (delete from usage_day_operation where day = $1::date),
    customers as (delete from usage_day_customer where day = $1::date)
  delete from usage_day_total where day = $1::date`;

/** One statement: the day's events read once (the BRIN index finds them), three tables written. */
const ROLL_DAY = `with events as materialized (
    select customer_id, operation_name, charged_credits, overage_credits, status, latency_ms
      from usage_event where occurred_at >= $2::timestamptz and occurred_at < $3::timestamptz
  ), total as (
    insert into usage_day_total (day, calls, charged_credits, overage_credits, errors, latency_counts)
    select $1::date, count(*)::int, coalesce(sum(charged_credits), 0), coalesce(sum(overage_credits), 0),
           count(*) filter (where status <> 'ok')::int,
           coalesce((select jsonb_object_agg(latency_ms, n) from (select latency_ms, count(*) as n from events group by 1) l), '{}'::jsonb)
      from events
  ), operations as (
    insert into usage_day_operation (day, operation_name, calls, charged_credits)
    select $1::date, operation_name, count(*)::int, sum(charged_credits) from events group by 2
  )
  insert into usage_day_customer (day, customer_id, calls, charged_credits)
  select $1::date, customer_id, count(*)::int, sum(charged_credits) from events group by 2`;

/**
 * Rolls closed UTC days of usage_event into the daily tables the usage explorer reads
 * (usage-daily.entity.ts), oldest first from the day after the last one rolled. A day is one
 * transaction that replaces its rows, so a repeated run writes the same rows.
 */
export class UsageRollup {
  private readonly options: RollupOptions;
  private readonly task: PeriodicTask;

  constructor(
    private readonly orm: MikroORM,
    private readonly logger: Logger,
    options: Partial<RollupOptions> = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
    this.task = new PeriodicTask(() => this.rollUp(), this.options.intervalMs, logger, 'usage rollup failed; the next turn retries');
  }

  /** The first turn runs at once: it catches up on the days closed while no process ran. */
  start(): void {
    this.task.start({ now: true });
  }

  stop(): Promise<void> {
    return this.task.stop();
  }

  /** Rolls every closed day not rolled yet (up to maxDaysPerTurn); returns the days rolled. */
  async rollUp(now = new Date()): Promise<number> {
    const closedBefore = utcDayStart(now.getTime() - this.options.graceMs);
    const first = await this.firstDayToRoll();
    if (first === null || first >= closedBefore) return 0;
    // Block ranges filled since the last vacuum are not in the BRIN index yet, and every day's scan
    // would read them all: summarise them once per turn.
    await boundQuery(this.orm, undefined, "select brin_summarize_new_values('usage_event_occurred_at_brin'::regclass)", []);
    let rolled = 0;
    for (let day = first; day < closedBefore && rolled < this.options.maxDaysPerTurn; day += DAY_MS) {
      if (!(await this.rollDay(new Date(day)))) break;
      rolled += 1;
    }
    if (rolled > 0)
      this.logger.info({ days: rolled, through: new Date(first + (rolled - 1) * DAY_MS).toISOString().slice(0, 10) }, 'usage rolled up');
    return rolled;
  }

  /** Replaces one day's rollup rows; false when another process holds the rollup lock. */
  async rollDay(day: Date): Promise<boolean> {
    const start = utcDayStart(day.getTime());
    return this.orm.em.getConnection().transactional(async (trx) => {
      const [lock] = await boundQuery<{ ok: boolean }>(this.orm, trx, 'select pg_try_advisory_xact_lock(hashtext($1)) as ok', [LOCK_KEY]);
      if (!lock?.ok) return false;
      await boundQuery(this.orm, trx, FORGET_DAY, [isoDay(start)]);
      await boundQuery(this.orm, trx, ROLL_DAY, [isoDay(start), new Date(start).toISOString(), new Date(start + DAY_MS).toISOString()]);
      return true;
    });
  }

  /** The day after the watermark; without one (the first turn ever), the day of the oldest event. */
  private async firstDayToRoll(): Promise<number | null> {
    const [mark] = await boundQuery<{ watermark: string | null }>(
      this.orm,
      undefined,
      'select max(day)::text as watermark from usage_day_total',
      [],
    );
    if (mark?.watermark) return Date.parse(`${mark.watermark}T00:00:00Z`) + DAY_MS;
    const [first] = await boundQuery<{ oldest: Date | null }>(
      this.orm,
      undefined,
      'select min(occurred_at) as oldest from usage_event',
      [],
    );
    return first?.oldest ? utcDayStart(new Date(first.oldest).getTime()) : null;
  }
}

export function utcDayStart(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
