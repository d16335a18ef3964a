import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { IN_DOUBT_DEFAULTS, commitOutcome, isInDoubt, type InDoubtOptions } from '../../platform/db/index.js';
import { writeBillableBatch, writeFreeBatch } from './usage-batch-sql.js';
import type { CreditsCrossingListener } from '../credits/credit-crossings.js';
import { answerFailedBatch, type Pending } from './usage-in-doubt.js';
import type { Attempt, Settlement, SettlementResult } from './settlement.js';
import type { BalanceView } from '../credits/credit-ledger.service.js';

export type { Settlement, SettlementResult } from './settlement.js';

/**
 * Test-only seam for the fault tier (test/faults/crash-after-commit.test.ts): with
 * CARLO_FAULT_KILL_AFTER_USAGE_COMMIT=1 (ignored in production) the process kills itself with SIGKILL
 * right after a usage batch commits and before any of its requests is answered, the crash window an
 * Idempotency-Key retry must survive. Read once at load; not in Config, since no deployment sets it.
 */
const KILL_AFTER_USAGE_COMMIT = process.env.CARLO_FAULT_KILL_AFTER_USAGE_COMMIT === '1' && process.env.NODE_ENV !== 'production';
/**
 * The same for the window before a billable batch is written (test/faults/sigkill-under-load.test.ts):
 * a synchronous run has computed its result, the batch that would store it with its charge is not
 * written, and the process dies.
 */
const KILL_BEFORE_BILLABLE_WRITE = process.env.CARLO_FAULT_KILL_BEFORE_BILLABLE_WRITE === '1' && process.env.NODE_ENV !== 'production';

/**
 * How long a balance seen by this process's last batch may stand in a free call's
 * `extensions.cost`. Within it a free call does not wait for its batch (metering README, Settlement);
 * another process's settlements and direct grants show after at most this long.
 */
const FREE_CALL_BALANCE_TTL_MS = 1_000;

/**
 * How long usage events nobody waits for (free calls answered at once) may gather before they are
 * written, unless a waiting request, a full batch or `flushed()` sends them sooner. Without it a
 * busy process wrote a statement of a few free events every few milliseconds; with it, one per
 * 50 ms or per 1,000 events. An event waits this much longer to be lost in a crash, and it charged nothing.
 */
const UNAWAITED_LINGER_MS = 50;

/** A call that charges, holds and stores nothing: its usage event is a record, not a charge. */
function isFree(s: Settlement): boolean {
  return s.reservedCredits === 0 && s.actualCredits === 0 && (s.heldCredits ?? 0) === 0 && s.idempotency === null && !hasChargedWrites(s);
}

function hasChargedWrites(s: Settlement): boolean {
  return (s.chargedWrites?.length ?? 0) > 0;
}

/**
 * Group commit for usage: requests hand their settlement over and wait; whenever the writer is
 * free, everything waiting goes into the next batch (usage-batch-sql.ts writes it: one statement
 * per batch, in a transaction holding the balance row locks when it charges anything). A request's
 * response is sent only after its batch committed; if the commit fails, every request of the batch
 * fails with it and the pipeline answers 503 instead of data. When the connection fails during the
 * COMMIT itself, the batch asks the database whether it committed before it answers (usage-in-doubt.ts).
 */
export class UsageWriter {
  private pending: Pending[] = [];
  /** Pending entries whose request waits for its batch; while there are none, the batch may linger. */
  private awaited = 0;
  private lingerTimer: NodeJS.Timeout | null = null;
  /** Set when lingering entries must go now (the linger ended, or someone waits for `flushed`). */
  private lingerDone = false;
  private active = 0;
  private scheduled = false;
  private idle: (() => void)[] = [];
  private stopped = false;
  /** Rows and batches written, for /metrics and the benchmark. */
  readonly stats = { batches: 0, rows: 0 };
  private crossingListener: CreditsCrossingListener | undefined;
  /** The balance each batch left, by balance row, for free calls that do not wait (see submit). */
  private readonly balances = new Map<string, { view: BalanceView; seenAtMs: number }>();

  constructor(
    private readonly orm: MikroORM,
    private readonly logger: Logger,
    private readonly maxBatch = 1000,
    /**
     * Batches written at once. One: while a batch is in flight the next one fills, so under load
     * each statement carries many requests (measured: fewer statements, higher throughput and a
     * lower p99 than 2 or 4 in flight, whose batches stayed at a few rows each).
     */
    private readonly maxInFlight = 1,
    private readonly inDoubt: InDoubtOptions = IN_DOUBT_DEFAULTS,
  ) {}

  /** Told, inside the settling transaction, of usage lines crossed (50/80/100 % of included, exhausted). */
  onCreditsCrossed(listener: CreditsCrossingListener): void {
    this.crossingListener = listener;
  }

  /**
   * Hands a settlement to the next batch. A billable call waits for its batch to commit (no 2xx
   * without its usage event). A free call whose balance a batch of this process read within
   * FREE_CALL_BALANCE_TTL_MS is answered with that balance at once: its usage event goes into the
   * next batch like any other, but the response does not wait for it, so a warm free call makes
   * no database round trip. Its event is lost only if the batch fails or the process dies first,
   * and then it is logged (a failed batch) or nothing was charged anyway.
   */
  submit(settlement: Settlement): Promise<SettlementResult> {
    if (this.stopped) return Promise.reject(new Error('usage writer stopped'));
    const known = isFree(settlement) ? this.balances.get(settlement.balanceId) : undefined;
    if (known && performance.now() - known.seenAtMs < FREE_CALL_BALANCE_TTL_MS) {
      this.pending.push({
        settlement,
        awaited: false,
        resolve: () => undefined,
        reject: (error) => this.logger.warn({ err: error, requestId: settlement.requestId }, 'usage event of a free call was not written'),
      });
      this.kick();
      return Promise.resolve({ chargedCredits: 0, overageCredits: 0, heldCredits: 0, balance: known.view });
    }
    return new Promise<SettlementResult>((resolve, reject) => {
      this.pending.push({ settlement, awaited: true, resolve, reject });
      this.awaited += 1;
      this.kick();
    });
  }

  /** Waits for everything submitted so far to be written. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.flushed();
  }

  /** Waits until everything submitted so far is written, without stopping the writer. */
  async flushed(): Promise<void> {
    if (this.active === 0 && this.pending.length === 0 && !this.scheduled) return;
    this.lingerDone = true;
    this.kick();
    await new Promise<void>((resolve) => this.idle.push(resolve));
  }

  /** Settles a batch in one statement or transaction; exported behaviour is tested through the API. */
  write(batch: Settlement[], attempt: Attempt = { results: null, lastStatementSent: false }): Promise<SettlementResult[]> {
    // Charged writes need the transaction, whatever the request reserved.
    if (batch.every((s) => s.reservedCredits === 0 && !hasChargedWrites(s))) return writeFreeBatch(this.orm, batch, attempt);
    return writeBillableBatch(this.orm, batch, attempt, this.crossingListener);
  }

  /**
   * Starts a batch when a writer slot is free; requests of the same tick share it. A batch that no
   * request waits for lingers up to UNAWAITED_LINGER_MS first.
   */
  private kick(): void {
    if (this.scheduled || this.active >= this.maxInFlight || this.pending.length === 0) return;
    if (this.awaited === 0 && !this.lingerDone && this.pending.length < this.maxBatch) {
      this.lingerTimer ??= setTimeout(() => {
        this.lingerTimer = null;
        this.lingerDone = true;
        this.kick();
      }, UNAWAITED_LINGER_MS).unref();
      return;
    }
    if (this.lingerTimer) clearTimeout(this.lingerTimer);
    this.lingerTimer = null;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.writeNext();
    });
  }

  private async writeNext(): Promise<void> {
    const batch = this.pending.splice(0, this.maxBatch);
    for (const entry of batch) if (entry.awaited) this.awaited -= 1;
    if (this.pending.length === 0) this.lingerDone = false;
    if (batch.length === 0) return this.settleIdle();
    this.active += 1;
    this.kick();
    const settlements = batch.map((entry) => entry.settlement);
    const attempt: Attempt = { results: null, lastStatementSent: false };
    if (KILL_BEFORE_BILLABLE_WRITE && settlements.some((s) => s.reservedCredits > 0)) process.kill(process.pid, 'SIGKILL');
    try {
      const results = await this.write(settlements, attempt);
      if (KILL_AFTER_USAGE_COMMIT) process.kill(process.pid, 'SIGKILL');
      const seenAtMs = performance.now();
      for (const [index, entry] of batch.entries()) {
        entry.resolve(results[index]);
        // In batch order, so each balance keeps what the batch's last request of it left.
        this.balances.set(entry.settlement.balanceId, { view: results[index].balance, seenAtMs });
      }
      if (this.balances.size > 100_000) this.balances.clear();
      this.stats.batches += 1;
      this.stats.rows += batch.length;
    } catch (error) {
      const outcome =
        attempt.lastStatementSent && isInDoubt(error)
          ? await commitOutcome(
              this.orm,
              { requestIds: settlements.map((s) => s.requestId), balanceIds: [...new Set(settlements.map((s) => s.balanceId))] },
              this.inDoubt,
            )
          : 'not_committed';
      await answerFailedBatch(this.orm, this.logger, batch, attempt, outcome, error);
    } finally {
      this.active -= 1;
    }
    this.kick();
    this.settleIdle();
  }

  private settleIdle(): void {
    if (this.active > 0 || this.pending.length > 0 || this.scheduled) return;
    for (const resolve of this.idle.splice(0)) resolve();
  }
}
