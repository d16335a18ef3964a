import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentileOfCounts } from './usage-explorer.js';

/** PostgreSQL's percentile_cont on the expanded, sorted values. */
function percentileCont(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = values.slice().sort((a, b) => a - b);
  const position = p * (sorted.length - 1);
  const low = sorted[Math.floor(position)],
    high = sorted[Math.ceil(position)];
  return low + (high - low) * (position - Math.floor(position));
}

describe('percentileOfCounts', () => {
  it('equals percentile_cont over the values the counts stand for', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 30_000 }), fc.integer({ min: 1, max: 50 })), { maxLength: 40 }),
        fc.constantFrom(0, 0.5, 0.95, 0.99, 1),
        (pairs, p) => {
          const counts = new Map<number, number>();
          for (const [value, n] of pairs) counts.set(value, (counts.get(value) ?? 0) + n);
          const values = [...counts].flatMap(([value, n]) => Array.from({ length: n }, () => value));
          expect(percentileOfCounts(counts, p)).toBe(percentileCont(values, p));
        },
      ),
      { numRuns: 300 },
    );
  });
});
