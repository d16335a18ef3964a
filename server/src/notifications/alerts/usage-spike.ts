/** The trailing window a customer's usage is compared with: the 7 days before the last hour. */
export const SPIKE_BASELINE_HOURS = 7 * 24;
/** The last hour must reach this multiple of the customer's mean hourly credits over the baseline. */
export const SPIKE_FACTOR = 5;
/** And at least this many credits, so a small customer's first busy hour is not a spike. */
export const SPIKE_FLOOR_CREDITS = 1_000;

/**
 * A usage spike: the last hour's charged credits against the customer's own trailing baseline (mean
 * credits per hour over the 7 days before, quiet hours counted as zero). The mean rather than the
 * median, because most customers are idle most hours and a median of zero would flag any use.
 */
export function isUsageSpike(lastHourCredits: number, baselineCredits: number): boolean {
  const meanPerHour = baselineCredits / SPIKE_BASELINE_HOURS;
  return lastHourCredits >= SPIKE_FLOOR_CREDITS && lastHourCredits >= SPIKE_FACTOR * meanPerHour;
}
