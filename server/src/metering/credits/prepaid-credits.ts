import type { EntityManager } from '@mikro-orm/postgresql';
import { type BalanceRow, insertLedger, viewOf } from './credit-ledger.service.js';
import type { PeriodHandle } from './credit-ledger.service.js';

/**
 * Adds prepaid credits (a paid pack) to an open period, inside the caller's transaction, with
 * their `grant_prepaid` ledger entry. The caller decides that the grant happens once.
 */
export async function grantPrepaid(em: EntityManager, period: PeriodHandle, credits: number, reason: string): Promise<void> {
  const connection = em.getConnection();
  const trx = em.getTransactionContext();
  await connection.execute(
    'update credit_balance set prepaid_credits = prepaid_credits + ?, balance_credits = balance_credits + ?, updated_at = now() where id = ?',
    [credits, credits, period.balanceId],
    'run',
    trx,
  );
  await insertLedger(connection, trx, [[period.customerId, period.period.start, 'grant_prepaid', credits, reason]]);
}

/**
 * Takes back up to `credits` unused prepaid credits from the customer's latest period (each new
 * period carries them over), inside the caller's transaction, with a `revoke` ledger entry whose
 * reason says how many were already spent. Returns the credits taken.
 */
export async function revokePrepaid(em: EntityManager, customerId: string, credits: number, reason: string): Promise<number> {
  const connection = em.getConnection();
  const trx = em.getTransactionContext();
  const [balance] = await connection.execute<(BalanceRow & { period_start: Date | string })[]>(
    'select * from credit_balance where customer_id = ? order by period_start desc limit 1 for update',
    [customerId],
    'all',
    trx,
  );
  if (!balance) return 0;
  const taken = Math.min(credits, viewOf(balance).prepaidRemaining);
  if (taken <= 0) return 0;
  await connection.execute(
    'update credit_balance set prepaid_credits = prepaid_credits - ?, balance_credits = balance_credits - ?, updated_at = now() where id = ?',
    [taken, taken, balance.id],
    'run',
    trx,
  );
  const spent = credits - taken;
  await insertLedger(connection, trx, [[customerId, new Date(balance.period_start), 'revoke', taken, `${reason}${spent > 0 ? `: ${spent} of its credits were already used` : ''}`]]);
  return taken;
}
