/**
 * A usage batch whose connection failed while its last statement (the COMMIT, or the single
 * statement of a free batch) was on the wire may have committed or not: the server can have
 * applied it and lost only the acknowledgement. Answering 503 then would charge a customer for a
 * call it saw fail, and releasing the reservation would release it twice. Instead the writer asks
 * the database, over a new connection, whether the batch's usage events exist: they are written in
 * the batch's one transaction, so they exist for all of its requests or for none.
 *
 * The old backend may still be working on that COMMIT when the question arrives, so the question
 * first waits for the balance rows the batch locked: their locks end only when its transaction
 * has committed or rolled back.
 */
import type { MikroORM } from '@mikro-orm/postgresql';
import { setTimeout as sleep } from 'node:timers/promises';
import { boundQuery } from './bound-sql.js';
import { pgArray } from './pg-array.js';

export type CommitOutcome = 'committed' | 'not_committed' | 'unknown';

/** How long a batch in doubt waits for the database to answer, and how often it asks. */
export type InDoubtOptions = { waitMs: number; pollMs: number };
export const IN_DOUBT_DEFAULTS: InDoubtOptions = { waitMs: 15_000, pollMs: 250 };

/**
 * An error PostgreSQL reported (it carries a severity and an SQLSTATE) means the statement or the
 * COMMIT was refused and the transaction rolled back. Anything else after the last statement was
 * sent (reset, timeout, connection terminated) leaves the outcome unknown.
 */
export function isInDoubt(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if ('severity' in e && typeof e.severity === 'string') return false;
  }
  return true;
}

/** Asks until the database answers or `waitMs` passes; 'unknown' when it never answered. */
export async function commitOutcome(
  orm: MikroORM,
  batch: { requestIds: string[]; balanceIds: string[] },
  options: InDoubtOptions,
): Promise<CommitOutcome> {
  const deadline = Date.now() + options.waitMs;
  for (;;) {
    try {
      const found = await orm.em
        .getConnection()
        .getClient()
        .transaction()
        .execute(async (trx) => {
          // Each statement of a READ COMMITTED transaction reads a new snapshot, so the count sees what the wait let finish.
          await boundQuery(orm, trx, 'select id from credit_balance where id = any($1::uuid[]) order by id for share', [
            pgArray(batch.balanceIds),
          ]);
          const [row] = await boundQuery<{ found: number }>(
            orm,
            trx,
            'select count(*)::int as found from usage_event where request_id = any($1::text[])',
            [pgArray(batch.requestIds)],
          );
          return row?.found ?? 0;
        });
      return found > 0 ? 'committed' : 'not_committed';
    } catch {
      if (Date.now() + options.pollMs > deadline) return 'unknown';
      await sleep(options.pollMs);
    }
  }
}

/** Raised to the request when its batch's outcome could not be learned in time. */
export class UsageInDoubtError extends Error {
  constructor(cause: unknown) {
    super('usage batch outcome unknown: the connection failed during COMMIT and the database did not answer in time', { cause });
    this.name = 'UsageInDoubtError';
  }
}
