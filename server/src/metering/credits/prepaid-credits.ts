import type { EntityManager } from '@mikro-orm/postgresql';
import { now, runInTransactionOf, sqlBuilder } from '../../platform/db/index.js';
import { BALANCE_COLUMNS, insertLedger, type PeriodHandle, viewOf } from './credit-ledger.service.js';

/**
 * Adds prepaid credits (a paid pack) to an open period, inside the caller's transaction, with
 * their `grant_prepaid` ledger entry. The caller decides that the grant happens once.
 */
export async function grantPrepaid(em: EntityManager, period: PeriodHandle, credits: number, reason: string): Promise<void> {
  await runInTransactionOf(
    em,
    sqlBuilder(em)
      .updateTable('credit_balance')
      .set((eb) => ({
        prepaid_credits: eb('prepaid_credits', '+', credits),
        balance_credits: eb('balance_credits', '+', credits),
        updated_at: now(),
      }))
      .where('id', '=', period.balanceId),
  );
  await insertLedger(em, [[period.customerId, period.period.start, 'grant_prepaid', credits, reason]]);
}

/**
 * Takes back up to `credits` unused prepaid credits from the customer's latest period (each new
 * period carries them over), inside the caller's transaction, with a `revoke` ledger entry whose
 * reason says how many were already spent. Returns the credits taken.
 */
export async function revokePrepaid(em: EntityManager, customerId: string, credits: number, reason: string): Promise<number> {
  const db = sqlBuilder(em);
  const [balance] = await runInTransactionOf(
    em,
    db
      .selectFrom('credit_balance')
      .select([...BALANCE_COLUMNS, 'period_start'])
      .where('customer_id', '=', customerId)
      .orderBy('period_start', 'desc')
      .limit(1)
      .forUpdate(),
  );
  if (!balance) return 0;
  const taken = Math.min(credits, viewOf(balance).prepaidRemaining);
  if (taken <= 0) return 0;
  await runInTransactionOf(
    em,
    db
      .updateTable('credit_balance')
      .set((eb) => ({
        prepaid_credits: eb('prepaid_credits', '-', taken),
        balance_credits: eb('balance_credits', '-', taken),
        updated_at: now(),
      }))
      .where('id', '=', balance.id),
  );
  const spent = credits - taken;
  await insertLedger(em, [
    [
      customerId,
      new Date(balance.period_start),
      'revoke',
      taken,
      `${reason}${spent > 0 ? `: ${spent} of its credits were already used` : ''}`,
    ],
  ]);
  return taken;
}
