import { describe, expect, it } from 'vitest';
import { addMonth } from './billing-period.js';

describe('addMonth', () => {
  it.each([
    ['2026-01-15T10:00:00.000Z', '2026-02-15T10:00:00.000Z'],
    ['2026-01-31T00:00:00.000Z', '2026-02-28T00:00:00.000Z'],
    ['2028-01-31T00:00:00.000Z', '2028-02-29T00:00:00.000Z'],
    ['2026-12-31T23:59:59.999Z', '2027-01-31T23:59:59.999Z'],
  ])('moves %s to %s, clamped to the end of a shorter month', (from, to) => {
    expect(addMonth(new Date(from)).toISOString()).toBe(to);
  });
});
