/** Deliveries are retried for at most this long after the event, then given up. */
export const RETRY_WINDOW_MS = 3 * 24 * 60 * 60 * 1000;

const FIRST_RETRY_DELAY_MS = 30_000;
/** The delay doubles per attempt but never exceeds this, so late retries stay hours apart, not days. */
const LONGEST_DELAY_MS = 12 * 60 * 60 * 1000;

/**
 * When a failed delivery is tried again, or null when the 3-day window is spent.
 * `failedAttempts` counts the attempts made so far (1 after the first failure).
 */
export function nextAttemptAt(eventCreatedAt: Date, lastAttemptAt: Date, failedAttempts: number): Date | null {
  const delayMs = Math.min(FIRST_RETRY_DELAY_MS * 2 ** Math.max(0, failedAttempts - 1), LONGEST_DELAY_MS);
  const next = lastAttemptAt.getTime() + delayMs;
  return next - eventCreatedAt.getTime() > RETRY_WINDOW_MS ? null : new Date(next);
}
