import type { DunningDates } from '../../billing/index.js';

const DAY_MS = 86_400_000;

/** Reminders go out this many days before the key is degraded (the grace end), the nearest reached only. */
export const DEGRADATION_REMINDER_DAYS: readonly number[] = [3, 1];
/** And this many days before the last retry, after which Stripe stops collecting (the suspension). */
export const SUSPENSION_REMINDER_DAYS: readonly number[] = [3];

export type DunningStage = 'degrades_soon' | 'degraded' | 'suspends_soon' | 'suspended';

export type DunningReminder = {
  stage: DunningStage;
  /** The step the mail is about: when it comes, or when it came (null for suspended: Stripe has stopped). */
  at: Date | null;
  /** Whole days left before `at` for the *_soon stages, the rung of the ladder that was reached. */
  daysBefore: number | null;
};

/**
 * The reminders a past-due episode is due now: at most one per ladder (the nearest rung reached),
 * so a scan that runs late sends the current reminder instead of every one it missed. Pure: the
 * caller keys each on the episode and stage so that it is recorded once.
 */
export function dueDunningReminders(input: { status: string; dates: DunningDates; now: Date }): DunningReminder[] {
  const { status, dates, now } = input;
  if (status === 'unpaid') return [{ stage: 'suspended', at: null, daysBefore: null }];
  if (status !== 'past_due') return [];
  const reminders: DunningReminder[] = [];
  if (now >= dates.degradesAt) reminders.push({ stage: 'degraded', at: dates.degradesAt, daysBefore: null });
  else {
    const rung = nearestRung(DEGRADATION_REMINDER_DAYS, dates.degradesAt, now);
    if (rung !== null) reminders.push({ stage: 'degrades_soon', at: dates.degradesAt, daysBefore: rung });
  }
  if (dates.suspendsAt && now < dates.suspendsAt) {
    const rung = nearestRung(SUSPENSION_REMINDER_DAYS, dates.suspendsAt, now);
    if (rung !== null) reminders.push({ stage: 'suspends_soon', at: dates.suspendsAt, daysBefore: rung });
  }
  return reminders;
}

/** The smallest rung whose window (`days` before `at`) has opened, or null when none has. */
function nearestRung(rungs: readonly number[], at: Date, now: Date): number | null {
  const left = at.getTime() - now.getTime();
  const reached = rungs.filter((days) => left <= days * DAY_MS);
  return reached.length === 0 ? null : Math.min(...reached);
}
