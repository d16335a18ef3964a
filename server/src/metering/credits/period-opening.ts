import type { MikroORM } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { now, runTyped, sqlBuilder } from '../../platform/db/index.js';
import type { Period } from './credit-period.js';
import { insertLedger, type LedgerEntry, type PeriodHandle } from './credit-ledger.service.js';
import { carriedOver, lastPeriodBefore, periodOfRow, periodRow } from './period-resolution.js';

/**
 * The customer's balance row for `period`, opened on first use in one transaction under the
 * customer row lock (which serialises concurrent openings): the included grant, the previous
 * period's prepaid remainder carried over, and the rest of the previous period expired. A
 * previous row still running into `period` (the subscription's anchor moved, as when Checkout
 * completes after sign-up) is ended where `period` starts, so periods never overlap.
 */
export async function openPeriod(orm: MikroORM, customerId: string, period: Period, includedCredits: number): Promise<PeriodHandle> {
  const db = sqlBuilder(orm.em);
  const existingRow = periodRow(db, customerId, period);
  const [existing] = await runTyped(orm, undefined, existingRow);
  if (existing) return { balanceId: existing.id, customerId, period: periodOfRow(existing) };
  return orm.em.fork().transactional(async (em) => {
    const trx = em.getTransactionContext();
    await runTyped(orm, trx, db.selectFrom('customer').select('id').where('id', '=', customerId).forUpdate());
    const [again] = await runTyped(orm, trx, existingRow);
    if (again) return { balanceId: again.id, customerId, period: periodOfRow(again) };
    const [last] = await runTyped(orm, trx, lastPeriodBefore(db, customerId, period).forUpdate());
    const carried = carriedOver(last);
    const entries: LedgerEntry[] = [];
    if (last && (last.balance_credits > 0 || new Date(last.period_end) > period.start)) {
      await runTyped(
        orm,
        trx,
        db
          .updateTable('credit_balance')
          .set((eb) => ({
            balance_credits: 0,
            period_end: sql<string>`least(${eb.ref('period_end')}, ${period.start.toISOString()}::timestamptz)`,
            updated_at: now(),
          }))
          .where('id', '=', last.id),
      );
      if (last.balance_credits > 0) entries.push([customerId, new Date(last.period_start), 'expire', last.balance_credits, 'period ended']);
    }
    const included = Math.max(0, Math.floor(includedCredits));
    const [inserted] = await runTyped(
      orm,
      trx,
      db
        .insertInto('credit_balance')
        .values({
          id: sql<string>`gen_random_uuid()`,
          created_at: now(),
          updated_at: now(),
          customer_id: customerId,
          period_start: period.start,
          period_end: period.end,
          included_credits: included,
          prepaid_credits: carried,
          balance_credits: included + carried,
        })
        .returning('id'),
    );
    if (!inserted) throw new Error(`the balance of customer ${customerId} could not be opened`);
    if (included > 0) entries.push([customerId, period.start, 'grant_included', included, 'plan allowance']);
    if (carried > 0) entries.push([customerId, period.start, 'carry_over', carried, 'prepaid credits from the last period']);
    await insertLedger(em, entries);
    return { balanceId: inserted.id, customerId, period };
  });
}
