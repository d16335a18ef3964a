import { describe, expect, it } from 'vitest';
import { dunningDates } from '../../billing/index.js';
import { dueDunningReminders } from './dunning-reminder-stage.js';

const DAY_MS = 86_400_000;
const since = new Date('2026-03-01T00:00:00Z');
const at = (days: number) => new Date(since.getTime() + days * DAY_MS);
/** First failure on day 0, next attempt on day 3, then 5 and 7 days later: the last retry is day 15. */
const dates = (graceExtendedUntil: Date | null = null) =>
  dunningDates({ pastDueSince: since, graceExtendedUntil, attemptCount: 1, nextAttemptAt: at(3) });

describe('dueDunningReminders', () => {
  it('is due on the nearest rung reached only, so a late scan sends the current reminder and not every missed one', () => {
    expect(dueDunningReminders({ status: 'past_due', dates: dates(), now: at(3) })).toEqual([]);
    expect(dueDunningReminders({ status: 'past_due', dates: dates(), now: at(4.5) })).toEqual([
      { stage: 'degrades_soon', at: at(7), daysBefore: 3 },
    ]);
    expect(dueDunningReminders({ status: 'past_due', dates: dates(), now: at(6.5) })).toEqual([
      { stage: 'degrades_soon', at: at(7), daysBefore: 1 },
    ]);
  });

  it('says degraded after the grace end and warns of the last retry three days before it', () => {
    expect(dueDunningReminders({ status: 'past_due', dates: dates(), now: at(13) })).toEqual([
      { stage: 'degraded', at: at(7), daysBefore: null },
      { stage: 'suspends_soon', at: at(15), daysBefore: 3 },
    ]);
  });

  it('moves the degradation reminders with an extended grace', () => {
    const extended = dates(at(12));
    expect(dueDunningReminders({ status: 'past_due', dates: extended, now: at(8) })).toEqual([]);
    expect(dueDunningReminders({ status: 'past_due', dates: extended, now: at(11.5) })).toEqual([
      { stage: 'degrades_soon', at: at(12), daysBefore: 1 },
    ]);
  });

  it('is suspended once unpaid, and nothing once the subscription is paid', () => {
    expect(dueDunningReminders({ status: 'unpaid', dates: dates(), now: at(16) })).toEqual([
      { stage: 'suspended', at: null, daysBefore: null },
    ]);
    expect(dueDunningReminders({ status: 'active', dates: dates(), now: at(6.5) })).toEqual([]);
  });
});
