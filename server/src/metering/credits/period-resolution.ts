import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/index.js';
import { type Period, periodAt } from './credit-period.js';

type SubscriptionPeriodRow = { current_period_start: string; current_period_end: string };

/** The customer's latest subscription period, the anchor from which `periodAt` places every credit period. */
export function latestSubscriptionPeriod(db: Kysely<Database>, customerId: string) {
  return db
    .selectFrom('subscription')
    .select(['current_period_start', 'current_period_end'])
    .where('customer_id', '=', customerId)
    .orderBy('created_at', 'desc')
    .limit(1);
}

/**
 * The one rule that says which credit period a customer is in at `now`: the latest subscription's
 * period rolled forward by whole months (calendar months without a subscription). Opening,
 * reading, reservations, grants and plan changes all resolve their period through it.
 */
export function creditPeriodAt(latest: SubscriptionPeriodRow | undefined, now: Date): Period {
  const anchor = latest ? { start: new Date(latest.current_period_start), end: new Date(latest.current_period_end) } : null;
  return periodAt(anchor, now);
}

/**
 * The balance row that stands for `period`: the row opened at its start or, when the
 * subscription's anchor moved back under a row already in use, that later row. The exclusion
 * constraint on credit_balance keeps a customer's rows from overlapping, so there is at most one.
 */
export function periodRow(db: Kysely<Database>, customerId: string, period: Period) {
  return db
    .selectFrom('credit_balance')
    .select(['id', 'period_start', 'period_end'])
    .where('customer_id', '=', customerId)
    .where('period_start', '>=', period.start.toISOString())
    .where('period_start', '<', period.end.toISOString())
    .orderBy('period_start')
    .limit(1);
}

/** The period a balance row covers. */
export function periodOfRow(row: { period_start: string; period_end: string }): Period {
  return { start: new Date(row.period_start), end: new Date(row.period_end) };
}

/** The customer's balance row before `period`, whose prepaid remainder carries over into it. */
export function lastPeriodBefore(db: Kysely<Database>, customerId: string, period: Period) {
  return db
    .selectFrom('credit_balance')
    .select(['id', 'prepaid_credits', 'balance_credits', 'period_start', 'period_end'])
    .where('customer_id', '=', customerId)
    .where('period_start', '<', period.start.toISOString())
    .orderBy('period_start', 'desc')
    .limit(1);
}

/** Prepaid credits still in the last period's balance move into the next one; included ones do not. */
export function carriedOver(last: { prepaid_credits: number; balance_credits: number } | undefined): number {
  return last ? Math.min(last.prepaid_credits, last.balance_credits) : 0;
}
