import { graceEndsAt } from '../../domain/access/index.js';

/**
 * Stripe's retry schedule for failed subscription payments: the days after each failed attempt
 * until the next one. It is a Dashboard setting (Billing → Revenue recovery → Retries) that the
 * API does not expose, so it is mirrored here; the emulator retries on the same days.
 */
export const RETRY_SCHEDULE_DAYS: readonly number[] = [3, 5, 7];

const DAY_MS = 86_400_000;

export type DunningDates = {
  /** Attempts still to come, the next one first. */
  remainingAttempts: Date[];
  /** When calls fall back to the free plan's limits unless the invoice is paid. */
  degradesAt: Date;
  /** The last retry: when it fails too, Stripe stops collecting and marks the subscription unpaid. */
  suspendsAt: Date | null;
};

/**
 * The dates of one past-due subscription. After attempt n fails Stripe waits `retryDays[n-1]`
 * days; `nextAttemptAt` is the next attempt Stripe has scheduled (null once retries are spent).
 */
export function dunningDates(input: {
  pastDueSince: Date;
  graceExtendedUntil: Date | null;
  attemptCount: number;
  nextAttemptAt: Date | null;
  retryDays?: readonly number[];
}): DunningDates {
  const retryDays = input.retryDays ?? RETRY_SCHEDULE_DAYS;
  const remainingAttempts: Date[] = [];
  if (input.nextAttemptAt) {
    let at = input.nextAttemptAt.getTime();
    remainingAttempts.push(new Date(at));
    for (const days of retryDays.slice(Math.max(input.attemptCount, 0))) {
      at += days * DAY_MS;
      remainingAttempts.push(new Date(at));
    }
  }
  return {
    remainingAttempts,
    degradesAt: graceEndsAt(input.pastDueSince, input.graceExtendedUntil),
    suspendsAt: remainingAttempts.at(-1) ?? null,
  };
}

/** Whole days from `now` to `at`, rounded up; 0 once it has passed. */
export function daysUntil(at: Date | null, now: Date): number | null {
  if (!at) return null;
  return Math.max(0, Math.ceil((at.getTime() - now.getTime()) / DAY_MS));
}
