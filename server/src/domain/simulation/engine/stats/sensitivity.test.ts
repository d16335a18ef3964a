import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerBound, upperBound } from '../distributions/distribution.js';
import { averageRanks, computeSensitivity, describeSensitivity } from './sensitivity.js';

/** The straightforward definition: sort, then count the values below and up to each one. */
function referenceRanks(values: ArrayLike<number>, n: number): Float64Array {
  const clean = Float64Array.from({ length: n }, (_, i) => (Number.isNaN(values[i]) ? Infinity : values[i]));
  const sorted = clean.slice().sort();
  return clean.map((v) => (lowerBound(sorted, v) + upperBound(sorted, v) - 1) / 2);
}

describe('average ranks', () => {
  it('equal the sort-and-search definition, ties and special values included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double(), fc.constantFrom(0, -0, 1, -1, NaN, Infinity, -Infinity, 5e-324, -5e-324)), { maxLength: 400 }),
        (data) => {
          expect(averageRanks(data, data.length)).toEqual(referenceRanks(data, data.length));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('equal it on a chunk-sized column', () => {
    let s = 12345;
    const data = Float64Array.from({ length: 65_536 }, () => {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      return (s % 50_000) / 7 - 3000;
    });
    expect(averageRanks(data, data.length)).toEqual(referenceRanks(data, data.length));
  });
});

describe('sensitivity', () => {
  const n = 1000;
  const up = Float64Array.from({ length: n }, (_, i) => i);
  const down = Float64Array.from({ length: n }, (_, i) => n - i);
  const flat = new Float64Array(n).fill(3);

  it('gives each input its own correlation, share of variance and tornado', () => {
    const output = Float64Array.from(up, (x) => 2 * x + 1);
    const columns = computeSensitivity([up, down, flat], [output], n);
    const [result] = describeSensitivity(['up', 'down', 'flat'], ['y'], columns);
    expect(result.sampleSize).toBe(n);
    expect(result.inputs.map((s) => s.rankCorrelation)).toEqual([1, -1, 0]);
    expect(result.inputs.map((s) => s.contributionToVariance)).toEqual([0.5, 0.5, 0]);
    const [rising, falling] = result.inputs;
    expect(rising.decileMeans[0]).toBe(2 * 49.5 + 1);
    expect(rising.decileMeans[9]).toBe(2 * 949.5 + 1);
    expect([rising.low, rising.high]).toEqual([rising.decileMeans[0], rising.decileMeans[9]]);
    expect([falling.low, falling.high]).toEqual([rising.high, rising.low]);
  });

  it('keeps the outputs apart', () => {
    const columns = computeSensitivity([up, down], [up, down], n);
    const outputs = describeSensitivity(['up', 'down'], ['same', 'opposite'], columns);
    expect(outputs.map((o) => o.inputs.map((s) => s.rankCorrelation))).toEqual([
      [1, -1],
      [-1, 1],
    ]);
  });
});
