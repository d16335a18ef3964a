import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { boundQuery, pgArray } from '../../platform/db/index.js';
import { PeriodicTask } from '../../platform/tasks/index.js';

export type SweepOptions = {
  /** Longer than any request lives (sync runs stop at 30 s; a request dies with its process). */
  orphanAfterMs: number;
  /** Rows handled per sweep and kind, so one sweep stays a short transaction. */
  batch: number;
  intervalMs: number;
};

export type SweepResult = { releasedRequests: number; releasedCredits: number; idempotencyDeleted: number };

const DEFAULTS: SweepOptions = { orphanAfterMs: 10 * 60_000, batch: 500, intervalMs: 60_000 };
/** One sweeper at a time across processes; the others skip their turn instead of queueing. */
const LOCK_KEY = 'carlo:credit-sweeper';

/**
 * Reservations whose request never settled: the process died between reserve and settle (or the
 * release after a failed batch failed too). Such a request has a `reserve` entry, no usage event
 * (a job's hold has one) and no release entry. A settle or overage entry always commits with or
 * after its request's usage event, so the usage event stands for it.
 */
const ORPHANS = `select l.request_id, b.id as balance_id, l.customer_id, l.period_start, sum(l.credits)::int as credits
  from credit_ledger l
  join credit_balance b on b.customer_id = l.customer_id and b.period_start = l.period_start and b.reserved_credits > 0
  where l.kind = 'reserve' and l.request_id is not null and l.created_at < $1::timestamptz and ($3::text[] is null or l.request_id = any($3::text[]))
    and not exists (select 1 from credit_ledger x where x.request_id = l.request_id and x.kind = 'release')
    and not exists (select 1 from usage_event u where u.request_id = l.request_id)
  group by l.request_id, b.id, l.customer_id, l.period_start
  order by l.request_id
  limit $2`;

type Orphan = { request_id: string; balance_id: string; customer_id: string; period_start: Date; credits: number };

/**
 * The billing housekeeping loop of the API process: releases orphaned reservations (with a ledger
 * `release` entry each) and deletes expired idempotency records, a bounded batch per turn.
 */
export class CreditSweeper {
  private readonly options: SweepOptions;
  private readonly task: PeriodicTask;

  constructor(
    private readonly orm: MikroORM,
    private readonly logger: Logger,
    options: Partial<SweepOptions> = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
    this.task = new PeriodicTask(() => this.sweep(), this.options.intervalMs, logger, 'credit sweep failed; the next turn retries');
  }

  start(): void {
    this.task.start();
  }

  stop(): Promise<void> {
    return this.task.stop();
  }

  /** One turn; `now` is injectable so tests can age a reservation without waiting. */
  async sweep(now = new Date()): Promise<SweepResult> {
    const released = await this.releaseOrphans(now);
    const idempotencyDeleted = await this.deleteExpiredIdempotency(now);
    if (released.requests > 0)
      this.logger.warn({ requests: released.requests, credits: released.credits }, 'released orphaned credit reservations');
    return { releasedRequests: released.requests, releasedCredits: released.credits, idempotencyDeleted };
  }

  private async releaseOrphans(now: Date): Promise<{ requests: number; credits: number }> {
    const before = new Date(now.getTime() - this.options.orphanAfterMs);
    return this.orm.em.getConnection().transactional(async (trx) => {
      const [lock] = await boundQuery<{ ok: boolean }>(this.orm, trx, 'select pg_try_advisory_xact_lock(hashtext($1)) as ok', [LOCK_KEY]);
      if (!lock?.ok) return { requests: 0, credits: 0 };
      const candidates = await boundQuery<Orphan>(this.orm, trx, ORPHANS, [before.toISOString(), this.options.batch, null]);
      if (candidates.length === 0) return { requests: 0, credits: 0 };
      // Balance rows in id order (as the usage writer locks them), then the same question again under
      // the locks: a settlement that committed in between takes its request off the list.
      const ids = [...new Set(candidates.map((c) => c.balance_id))].sort();
      await boundQuery(this.orm, trx, 'select id from credit_balance where id = any($1::uuid[]) order by id for update', [pgArray(ids)]);
      const orphans = await boundQuery<Orphan>(this.orm, trx, ORPHANS, [
        before.toISOString(),
        this.options.batch,
        pgArray(candidates.map((c) => c.request_id)),
      ]);
      if (orphans.length === 0) return { requests: 0, credits: 0 };
      await boundQuery(
        this.orm,
        trx,
        `with balances as (
           update credit_balance b set reserved_credits = b.reserved_credits - u.n, updated_at = now()
           from (select id, sum(n)::int as n from unnest($1::uuid[], $2::int[]) as x(id, n) group by id) as u where b.id = u.id
         )
         insert into credit_ledger (customer_id, period_start, kind, credits, request_id, reason, created_at)
         select c, p, 'release', n, r, 'orphaned reservation: the request never settled', now()
         from unnest($3::uuid[], $4::timestamptz[], $2::int[], $5::text[]) as u(c, p, n, r)`,
        [
          pgArray(orphans.map((o) => o.balance_id)),
          pgArray(orphans.map((o) => o.credits)),
          pgArray(orphans.map((o) => o.customer_id)),
          pgArray(orphans.map((o) => new Date(o.period_start).toISOString())),
          pgArray(orphans.map((o) => o.request_id)),
        ],
      );
      return { requests: orphans.length, credits: orphans.reduce((sum, o) => sum + o.credits, 0) };
    });
  }

  /** Expired records are dead weight (a claim overwrites them anyway); SKIP LOCKED lets sweepers share the work. */
  private async deleteExpiredIdempotency(now: Date): Promise<number> {
    const rows = await boundQuery<{ n: number }>(
      this.orm,
      undefined,
      `with gone as (
         delete from idempotency_record where (customer_id, key) in (
           select customer_id, key from idempotency_record where expires_at < $1::timestamptz order by expires_at limit $2 for update skip locked
         ) returning 1
       ) select count(*)::int as n from gone`,
      [now.toISOString(), this.options.batch],
    );
    return rows[0]?.n ?? 0;
  }
}
