import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerBound, upperBound } from '../distributions/distribution.js';
import { averageRanks } from './sensitivity.js';

/** The straightforward definition: sort, then count the values below and up to each one. */
function referenceRanks(values: ArrayLike<number>, n: number): Float64Array {
  const clean = Float64Array.from({ length: n }, (_, i) => (Number.isNaN(values[i]) ? Infinity : values[i]));
  const sorted = clean.slice().sort();
  return clean.map((v) => (lowerBound(sorted, v) + upperBound(sorted, v) - 1) / 2);
}

describe('average ranks', () => {
  it('equal the sort-and-search definition, ties and special values included', () => {
    fc.assert(fc.property(
      fc.array(fc.oneof(fc.double(), fc.constantFrom(0, -0, 1, -1, NaN, Infinity, -Infinity, 5e-324, -5e-324)), { maxLength: 400 }),
      (data) => { expect(averageRanks(data, data.length)).toEqual(referenceRanks(data, data.length)); },
    ), { numRuns: 500 });
  });

  it('equal it on a chunk-sized column', () => {
    let s = 12345;
    const data = Float64Array.from({ length: 65_536 }, () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) % 50_000) / 7 - 3000);
    expect(averageRanks(data, data.length)).toEqual(referenceRanks(data, data.length));
  });
});
