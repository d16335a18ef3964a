import { describe, expect, it } from 'vitest';
import { SpendCapMode, SpendCapWindow, spendCapWindowAt, validSpendCap } from './spend-cap.js';

describe('spend cap windows', () => {
  it('are UTC calendar days', () => {
    const window = spendCapWindowAt(SpendCapWindow.DAY, new Date('2026-12-31T23:59:59.999Z'));
    expect(window).toEqual({ start: new Date('2026-12-31T00:00:00Z'), end: new Date('2027-01-01T00:00:00Z') });
    expect(spendCapWindowAt(SpendCapWindow.DAY, new Date('2027-01-01T00:00:00Z')).start).toEqual(new Date('2027-01-01T00:00:00Z'));
  });

  it('are UTC calendar months, February included', () => {
    const window = spendCapWindowAt(SpendCapWindow.MONTH, new Date('2028-02-29T12:00:00Z'));
    expect(window).toEqual({ start: new Date('2028-02-01T00:00:00Z'), end: new Date('2028-03-01T00:00:00Z') });
  });

  it('refuses caps that are not a positive whole number of credits, naming the field', () => {
    expect(() => validSpendCap(0, SpendCapWindow.DAY, SpendCapMode.HARD)).toThrow(/capCredits/);
    expect(() => validSpendCap(1.5, SpendCapWindow.DAY, SpendCapMode.HARD)).toThrow(/capCredits/);
    expect(validSpendCap(10, SpendCapWindow.MONTH, SpendCapMode.SOFT)).toEqual({ credits: 10, window: 'month', mode: 'soft' });
  });
});
