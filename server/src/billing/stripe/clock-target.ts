const UNIT_SECONDS = { d: 86_400, h: 3_600, m: 60, s: 1 } as const;

/** A rehearsal command's input that names nothing it can act on; its message says what to pass instead. */
export class RehearsalInputError extends Error {}

/**
 * The Unix time a test clock should move to: `+30d`, `+12h`, `+90m` or `+45s` after the clock's
 * frozen time, or an ISO date (`2027-01-15`, `2027-01-15T10:00:00Z`). Stripe only moves clocks
 * forward, so a target at or before the frozen time is refused.
 */
export function clockTarget(to: string, frozenTime: number): number {
  const relative = /^\+(\d+)([dhms])$/.exec(to.trim());
  const target = relative
    ? frozenTime + Number(relative[1]) * UNIT_SECONDS[relative[2] as keyof typeof UNIT_SECONDS]
    : Math.floor(Date.parse(to.trim()) / 1000);
  if (!Number.isFinite(target))
    throw new RehearsalInputError(`--to "${to}" is neither +<n>d|h|m|s nor an ISO date such as 2027-01-15 or 2027-01-15T10:00:00Z.`);
  if (target <= frozenTime)
    throw new RehearsalInputError(
      `--to ${new Date(target * 1000).toISOString()} is not after the clock's time ${new Date(frozenTime * 1000).toISOString()}: test clocks only move forward.`,
    );
  return target;
}
