import { describe, expect, it } from 'vitest';
import { daysUntil, dunningDates } from './dunning-schedule.js';

const at = (iso: string) => new Date(iso);

describe('dunning dates', () => {
  it('lists the next attempt and the retries after it, ending with the one that suspends', () => {
    const dates = dunningDates({
      pastDueSince: at('2026-03-01T00:00:00Z'),
      graceExtendedUntil: null,
      attemptCount: 1,
      nextAttemptAt: at('2026-03-04T00:00:00Z'),
      retryDays: [3, 5, 7],
    });
    expect(dates.remainingAttempts.map((d) => d.toISOString().slice(0, 10))).toEqual(['2026-03-04', '2026-03-09', '2026-03-16']);
    expect(dates.suspendsAt?.toISOString().slice(0, 10)).toBe('2026-03-16');
    expect(dates.degradesAt.toISOString().slice(0, 10)).toBe('2026-03-08');
  });

  it('has no attempts left once Stripe schedules none, and honours an extended grace', () => {
    const dates = dunningDates({
      pastDueSince: at('2026-03-01T00:00:00Z'),
      graceExtendedUntil: at('2026-03-20T00:00:00Z'),
      attemptCount: 4,
      nextAttemptAt: null,
    });
    expect(dates).toMatchObject({ remainingAttempts: [], suspendsAt: null, degradesAt: at('2026-03-20T00:00:00Z') });
  });

  it('counts whole days up, and never below zero', () => {
    const now = at('2026-03-01T12:00:00Z');
    expect(daysUntil(at('2026-03-02T00:00:00Z'), now)).toBe(1);
    expect(daysUntil(at('2026-02-01T00:00:00Z'), now)).toBe(0);
    expect(daysUntil(null, now)).toBeNull();
  });
});
