import { describe, expect, it } from 'vitest';
import { clockTarget } from './clock-target.js';

const frozen = Date.UTC(2026, 11, 4, 12) / 1000;

describe('clockTarget', () => {
  it('moves by days, hours, minutes or seconds after the frozen time', () => {
    expect(clockTarget('+30d', frozen)).toBe(frozen + 30 * 86_400);
    expect(clockTarget('+12h', frozen)).toBe(frozen + 12 * 3_600);
    expect(clockTarget('+90m', frozen)).toBe(frozen + 90 * 60);
    expect(clockTarget('+45s', frozen)).toBe(frozen + 45);
  });

  it('takes an ISO date or time', () => {
    expect(clockTarget('2027-01-15', frozen)).toBe(Date.UTC(2027, 0, 15) / 1000);
    expect(clockTarget('2027-01-15T10:00:00Z', frozen)).toBe(Date.UTC(2027, 0, 15, 10) / 1000);
  });

  it('refuses what it cannot read and any time that is not later', () => {
    expect(() => clockTarget('next week', frozen)).toThrow(/neither \+<n>d\|h\|m\|s nor an ISO date/);
    expect(() => clockTarget('2026-01-01', frozen)).toThrow(/only move forward/);
    expect(() => clockTarget('+0d', frozen)).toThrow(/only move forward/);
  });
});
