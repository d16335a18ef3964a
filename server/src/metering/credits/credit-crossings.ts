import type { EntityManager } from '@mikro-orm/postgresql';
import type { BalanceRow } from './credit-ledger.service.js';

/** The shares of the included credits whose use is announced once per period. */
export const THRESHOLD_PERCENTS = [50, 80, 100] as const;

/** A line a settlement crossed, reported inside the settling transaction. */
export type CreditsCrossing =
  | { kind: 'threshold'; customerId: string; periodStart: Date; percent: number; usedCredits: number; includedCredits: number }
  | {
      kind: 'balance_below';
      customerId: string;
      periodStart: Date;
      thresholdCredits: number;
      balanceCredits: number;
      /** Credits granted to the period so far (included + prepaid): a top-up re-arms the warning. */
      grantedCredits: number;
    }
  | { kind: 'exhausted'; customerId: string; periodStart: Date };

/** A balance row as the settling transaction locked it, with its customer's own warning line. */
export type LockedBalanceRow = BalanceRow & { low_balance_threshold_credits: number | null };

/** Metering's port to notifications (which sit above metering): the app wires it in. */
export type CreditsCrossingListener = (em: EntityManager, crossings: CreditsCrossing[]) => Promise<void>;

/**
 * The lines crossed between two states of one balance row, from what the settlement already holds
 * (no extra read). Included use is settled credits up to the included grant; the credits left
 * falling to the customer's own line (if set) warns once; the balance reaching zero exhausts the
 * credits. Pure, so concurrent batches are safe: each crossing is computed from the row as locked,
 * and the cause keys downstream keep repeats to one event.
 */
export function crossingsBetween(customerId: string, periodStart: Date, before: LockedBalanceRow, after: BalanceRow): CreditsCrossing[] {
  const included = after.included_credits;
  const crossings: CreditsCrossing[] = [];
  if (included > 0) {
    const usedBefore = Math.min(included, before.settled_credits);
    const usedAfter = Math.min(included, after.settled_credits);
    for (const percent of THRESHOLD_PERCENTS) {
      const line = (included * percent) / 100;
      if (usedBefore < line && usedAfter >= line) {
        crossings.push({ kind: 'threshold', customerId, periodStart, percent, usedCredits: usedAfter, includedCredits: included });
      }
    }
  }
  const line = before.low_balance_threshold_credits;
  if (line !== null && before.balance_credits > line && after.balance_credits <= line) {
    crossings.push({
      kind: 'balance_below',
      customerId,
      periodStart,
      thresholdCredits: line,
      balanceCredits: after.balance_credits,
      grantedCredits: after.included_credits + after.prepaid_credits,
    });
  }
  if (before.balance_credits > 0 && after.balance_credits <= 0) crossings.push({ kind: 'exhausted', customerId, periodStart });
  return crossings;
}
