import type { MikroORM } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import type { Logger } from 'pino';
import { UsageInDoubtError, now, runTyped, sqlBuilder, unnestRows, type CommitOutcome } from '../../platform/db/index.js';
import { readFreeResults } from './usage-batch-sql.js';
import type { Attempt, Settlement, SettlementResult } from './settlement.js';

/** A request waiting for its batch. */
export type Pending = {
  settlement: Settlement;
  /** Whether a request waits for this entry's batch (a free call answered at once does not). */
  awaited: boolean;
  resolve(result: SettlementResult): void;
  reject(error: Error): void;
};

/**
 * A batch that committed although its COMMIT failed on the wire answers as if nothing happened.
 * One that did not commit releases its reservations and answers 503. One whose outcome stays
 * unknown answers 503 too but releases nothing: the sweeper releases the reservations later if
 * the batch never committed, and a retry with the same Idempotency-Key finds the original result
 * if it did.
 */
export async function answerFailedBatch(
  orm: MikroORM,
  logger: Logger,
  batch: Pending[],
  attempt: Attempt,
  outcome: CommitOutcome,
  error: unknown,
): Promise<void> {
  const settlements = batch.map((entry) => entry.settlement);
  if (outcome === 'committed') {
    const results = attempt.results ?? (await readFreeResults(orm, settlements).catch(() => null));
    if (results !== null) {
      logger.warn({ err: error, requests: batch.length }, 'usage batch committed although its connection failed during COMMIT');
      for (const [index, entry] of batch.entries()) entry.resolve(results[index]);
      return;
    }
  }
  if (outcome === 'not_committed') {
    logger.error({ err: error, requests: batch.length }, 'usage batch could not be committed; its requests answer 503');
    // Release first, so that a client retrying on the 503 finds its credits available again.
    await releaseAfterFailure(orm, logger, settlements);
    for (const entry of batch) entry.reject(error instanceof Error ? error : new Error(String(error)));
    return;
  }
  logger.error({ err: error, requestIds: settlements.map((s) => s.requestId) }, 'usage batch outcome unknown; its requests answer 503');
  for (const entry of batch) entry.reject(new UsageInDoubtError(error));
}

/**
 * After a failed batch the reservations would stay held; release them in a transaction of
 * their own when the database allows it (when it does not, the reserve entries without a
 * settlement identify them for the operator).
 */
async function releaseAfterFailure(orm: MikroORM, logger: Logger, batch: Settlement[]): Promise<void> {
  const reserved = batch.filter((s) => s.reservedCredits > 0);
  if (reserved.length === 0) return;
  const db = sqlBuilder(orm.em);
  const perBalance = db
    .selectFrom(
      unnestRows('x', {
        id: { type: 'uuid', values: reserved.map((s) => s.balanceId) },
        n: { type: 'int', values: reserved.map((s) => s.reservedCredits) },
      }),
    )
    .select(['x.id', sql<number>`sum(x.n)::int`.as('n')])
    .groupBy('x.id')
    .as('u');
  const release = db
    .updateTable('credit_balance as b')
    .from(perBalance)
    .set((eb) => ({ reserved_credits: eb('b.reserved_credits', '-', eb.ref('u.n')), updated_at: now() }))
    .whereRef('b.id', '=', 'u.id');
  const entries = db
    .insertInto('credit_ledger')
    .columns(['customer_id', 'period_start', 'kind', 'credits', 'request_id', 'reason', 'created_at'])
    .expression(
      db
        .selectFrom(
          unnestRows('u', {
            customer_id: { type: 'uuid', values: reserved.map((s) => s.customerId) },
            period_start: { type: 'timestamptz', values: reserved.map((s) => s.periodStart.toISOString()) },
            credits: { type: 'int', values: reserved.map((s) => s.reservedCredits) },
            request_id: { type: 'text', values: reserved.map((s) => s.requestId) },
          }),
        )
        .select([
          'u.customer_id',
          'u.period_start',
          sql<string>`'release'`.as('kind'),
          'u.credits',
          'u.request_id',
          sql<string>`'usage could not be committed'`.as('reason'),
          now().as('created_at'),
        ]),
    );
  try {
    await orm.em.getConnection().transactional(async (trx) => {
      await runTyped(orm, trx, release);
      await runTyped(orm, trx, entries);
    });
  } catch (error) {
    logger.error({ err: error, requests: reserved.map((s) => s.requestId) }, 'could not release reservations of a failed usage batch');
  }
}
