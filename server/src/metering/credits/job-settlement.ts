import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from '../../platform/db/index.js';
import { type CreditsCrossingListener, crossingsBetween, type LockedBalanceRow } from './credit-crossings.js';

export type JobHold = {
  /** The request that started the job: its usage event and reserve entry carry this id. */
  requestId: string;
  /** Credits held for this job when it was accepted. */
  heldCredits: number;
  /** What the job ran, priced like @costBySize (0 for a job that failed on our side). */
  actualCredits: number;
  /** Written on the ledger entries, naming the run and how it ended. */
  reason: string;
};

export type JobSettlementResult =
  | { kind: 'settled'; chargedCredits: number; overageCredits: number; releasedCredits: number }
  | { kind: 'no_usage_event' };

type Trx = Parameters<ReturnType<EntityManager['getConnection']>['execute']>[3];

/**
 * Settles the credits a job held, inside the caller's transaction (the one that writes the job's
 * final status, whose conditional update is what makes this happen once). The held part of the
 * request's reservation becomes settle/overage entries for what the job ran and a release entry for
 * the rest; the request's usage event takes the charge, so its charged credits stay equal to its
 * settle + overage entries (invariant 1). Locks: the usage event, then the balance row, the same
 * order for every job, after the run row the caller locked. Credit lines the charge crosses are
 * told to `onCrossings` in the same transaction, as a usage batch tells them.
 */
export async function settleJobHold(em: EntityManager, hold: JobHold, onCrossings?: CreditsCrossingListener): Promise<JobSettlementResult> {
  const connection = em.getConnection();
  const trx: Trx = em.getTransactionContext();
  const events = await connection.execute<{ customer_id: string; period_start: Date | string; held_credits: number }[]>(
    'select customer_id, period_start, held_credits from usage_event where request_id = ? for update',
    [hold.requestId],
    'all',
    trx,
  );
  const event = events[0];
  // The request's batch has not committed yet (or never will): there is nothing to settle against.
  if (!event) return { kind: 'no_usage_event' };
  const held = Math.max(0, Math.min(hold.heldCredits, event.held_credits));
  if (held === 0) return { kind: 'settled', chargedCredits: 0, overageCredits: 0, releasedCredits: 0 };
  const balances = await connection.execute<LockedBalanceRow[]>(
    `select id, included_credits, prepaid_credits, reserved_credits, settled_credits, overage_credits, balance_credits,
       (select low_balance_threshold_credits from customer where customer.id = credit_balance.customer_id) as low_balance_threshold_credits
     from credit_balance where customer_id = ? and period_start = ? for update`,
    [event.customer_id, event.period_start],
    'all',
    trx,
  );
  const balance = balances[0];
  if (!balance) throw new Error(`the balance of request ${hold.requestId} is missing`);
  const charged = Math.max(0, Math.min(hold.actualCredits, held));
  const covered = Math.min(balance.balance_credits, charged);
  const overage = charged - covered;
  const released = held - charged;
  await connection.execute(
    `update credit_balance set reserved_credits = reserved_credits - ?, balance_credits = balance_credits - ?, settled_credits = settled_credits + ?,
       overage_credits = overage_credits + ?, updated_at = now() where id = ?`,
    [held, covered, covered, overage, balance.id],
    'run',
    trx,
  );
  const entries = (
    [
      ['settle', covered],
      ['overage', overage],
      ['release', released],
    ] as const
  ).filter(([, credits]) => credits > 0);
  if (entries.length > 0) {
    await connection.execute(
      `insert into credit_ledger (customer_id, period_start, kind, credits, request_id, reason, created_at)
       select ?, ?, k, n, ?, ?, now() from unnest(?::text[], ?::int[]) as u(k, n)`,
      [
        event.customer_id,
        event.period_start,
        hold.requestId,
        hold.reason.slice(0, 500),
        pgArray(entries.map((e) => e[0])),
        pgArray(entries.map((e) => e[1])),
      ],
      'run',
      trx,
    );
  }
  // The event reaches the Stripe outbox only once nothing is held any more, with its final overage.
  await connection.execute(
    `update usage_event set held_credits = held_credits - ?, actual_credits = greatest(0, actual_credits - ? + ?),
       charged_credits = charged_credits + ?, overage_credits = overage_credits + ?,
       stripe_report_state = case when held_credits - ? = 0 and overage_credits + ? > 0 then 'pending' else stripe_report_state end
     where request_id = ?`,
    [held, held, hold.actualCredits, charged, overage, held, overage, hold.requestId],
    'run',
    trx,
  );
  if (onCrossings) {
    const after = {
      ...balance,
      reserved_credits: balance.reserved_credits - held,
      balance_credits: balance.balance_credits - covered,
      settled_credits: balance.settled_credits + covered,
      overage_credits: balance.overage_credits + overage,
    };
    // The driver hands timestamps back as text here; the event names the period by its instant.
    const crossings = crossingsBetween(event.customer_id, new Date(event.period_start), balance, after);
    if (crossings.length > 0) await onCrossings(em, crossings);
  }
  return { kind: 'settled', chargedCredits: charged, overageCredits: overage, releasedCredits: released };
}
