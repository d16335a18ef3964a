import { describe, expect, it } from 'vitest';
import { RETRY_WINDOW_MS, nextAttemptAt } from './retry-schedule.js';

describe('the retry schedule of a failing delivery', () => {
  const createdAt = new Date('2026-12-01T00:00:00Z');

  /** Follows the schedule from the first attempt, as a worker with a fake clock would. */
  function attemptTimes(): Date[] {
    const times = [createdAt];
    for (let failures = 1; ; failures += 1) {
      const last = times[times.length - 1] ?? createdAt;
      const next = nextAttemptAt(createdAt, last, failures);
      if (!next) return times;
      times.push(next);
    }
  }

  it('backs off exponentially from 30 seconds', () => {
    const gapsSeconds = attemptTimes()
      .slice(0, 5)
      .map((time, index, all) => (index === 0 ? 0 : (time.getTime() - (all[index - 1] ?? time).getTime()) / 1000));
    expect(gapsSeconds).toEqual([0, 30, 60, 120, 240]);
  });

  it('caps the gap at 12 hours and stops within 3 days of the event', () => {
    const times = attemptTimes();
    const last = times[times.length - 1] ?? createdAt;
    expect(last.getTime() - createdAt.getTime()).toBeLessThanOrEqual(RETRY_WINDOW_MS);
    expect(last.getTime() - createdAt.getTime()).toBeGreaterThan(RETRY_WINDOW_MS - 12 * 3600_000);
    const gaps = times.slice(1).map((time, index) => time.getTime() - (times[index] ?? time).getTime());
    expect(Math.max(...gaps)).toBe(12 * 3600_000);
    // Eleven doubling gaps (30 s to 8.5 h, about 17 h together), then four of 12 h: sixteen attempts in all.
    expect(times.length).toBe(16);
  });
});
