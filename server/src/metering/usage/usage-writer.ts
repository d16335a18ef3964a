import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { IN_DOUBT_DEFAULTS, commitOutcome, isInDoubt, type InDoubtOptions } from '../../platform/db/index.js';
import { writeBillableBatch, writeFreeBatch } from './usage-batch-sql.js';
import { answerFailedBatch, type Pending } from './usage-in-doubt.js';
import type { Attempt, Settlement, SettlementResult } from './settlement.js';

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
 * a synchronous run is stored, its charge is not, and the process dies.
 */
const KILL_BEFORE_BILLABLE_WRITE = process.env.CARLO_FAULT_KILL_BEFORE_BILLABLE_WRITE === '1' && process.env.NODE_ENV !== 'production';

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
  private active = 0;
  private scheduled = false;
  private idle: (() => void)[] = [];
  private stopped = false;
  /** Rows and batches written, for /metrics and the benchmark. */
  readonly stats = { batches: 0, rows: 0 };

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

  submit(settlement: Settlement): Promise<SettlementResult> {
    if (this.stopped) return Promise.reject(new Error('usage writer stopped'));
    return new Promise<SettlementResult>((resolve, reject) => {
      this.pending.push({ settlement, resolve, reject });
      this.kick();
    });
  }

  /** Waits for everything submitted so far to be written. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.active === 0 && this.pending.length === 0 && !this.scheduled) return;
    await new Promise<void>((resolve) => this.idle.push(resolve));
  }

  /** Settles a batch in one statement or transaction; exported behaviour is tested through the API. */
  write(batch: Settlement[], attempt: Attempt = { results: null, lastStatementSent: false }): Promise<SettlementResult[]> {
    if (batch.every((s) => s.reservedCredits === 0)) return writeFreeBatch(this.orm, batch, attempt);
    return writeBillableBatch(this.orm, batch, attempt);
  }

  /** Starts a batch when a writer slot is free; requests of the same tick share it. */
  private kick(): void {
    if (this.scheduled || this.active >= this.maxInFlight || this.pending.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.writeNext();
    });
  }

  private async writeNext(): Promise<void> {
    const batch = this.pending.splice(0, this.maxBatch);
    if (batch.length === 0) return this.settleIdle();
    this.active += 1;
    this.kick();
    const settlements = batch.map((entry) => entry.settlement);
    const attempt: Attempt = { results: null, lastStatementSent: false };
    if (KILL_BEFORE_BILLABLE_WRITE && settlements.some((s) => s.reservedCredits > 0)) process.kill(process.pid, 'SIGKILL');
    try {
      const results = await this.write(settlements, attempt);
      if (KILL_AFTER_USAGE_COMMIT) process.kill(process.pid, 'SIGKILL');
      for (const [index, entry] of batch.entries()) entry.resolve(results[index]);
      this.stats.batches += 1;
      this.stats.rows += batch.length;
    } catch (error) {
      const outcome =
        attempt.lastStatementSent && isInDoubt(error)
          ? await commitOutcome(
              this.orm,
              settlements.map((s) => s.requestId),
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
