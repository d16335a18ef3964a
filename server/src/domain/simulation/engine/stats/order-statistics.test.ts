import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StatisticsOptions } from '../compile-options.js';
import { orderStatistics, sortedStatistics } from './order-statistics.js';
import { selectRanks, sortRange } from './select.js';

const DEFAULTS: StatisticsOptions = {
  percentiles: [0, 1, 2.5, 5, 10, 20, 25, 33.3, 50, 75, 80, 90, 95, 97.5, 99, 100],
  histogramBins: 50,
  targets: [],
  varLevels: [0.95, 0.99],
};

/** A deterministic generator, so failures replay. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function reference(values: Float64Array, stats: StatisticsOptions) {
  return sortedStatistics(values.filter((v) => !Number.isNaN(v)).sort(), stats);
}

const patterns: Record<string, (n: number, r: () => number) => number> = {
  uniform: (_, r) => r(),
  heavyTail: (_, r) => Math.exp(6 * r()) * (r() < 0.5 ? -1 : 1),
  fewValues: (_, r) => Math.floor(r() * 5),
  constant: () => 7,
  ascending: (i) => i,
  descending: (i, _) => -i,
  organPipe: (i, _) => -Math.abs(i - 5000),
  withNonFinite: (_, r) => {
    const u = r();
    return u < 0.01 ? NaN : u < 0.02 ? Infinity : u < 0.03 ? -Infinity : u < 0.05 ? -0 : u;
  },
};

describe('order statistics without a full sort', () => {
  for (const [name, f] of Object.entries(patterns)) {
    for (const n of [0, 1, 2, 3, 10, 101, 10_000, 200_003]) {
      it(`equal the sorted reference bit for bit: ${name}, n=${n}`, () => {
        const r = lcg(n * 31 + name.length);
        const values = Float64Array.from({ length: n }, (_, i) => f(i, r));
        const targets = [values[0] ?? 0, 0.5, -1, 3, values[n >> 1] ?? 1, 1e9];
        for (const stats of [DEFAULTS, { ...DEFAULTS, histogramBins: 7, targets, varLevels: [0.5, 0.01, 0.999, 0.95] }]) {
          expect(orderStatistics(values.slice(), stats)).toEqual(reference(values, stats));
        }
      });
    }
  }

  it('equal the sorted reference for arbitrary data and options', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double(), fc.integer({ min: -3, max: 3 })), { maxLength: 300 }),
        fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { maxLength: 5 }),
        fc.array(fc.double({ min: 0.001, max: 0.999, noNaN: true }), { maxLength: 3 }),
        fc.array(fc.double({ noNaN: true }), { maxLength: 4 }),
        fc.integer({ min: 1, max: 20 }),
        (data, percentiles, varLevels, targets, histogramBins) => {
          const values = Float64Array.from(data);
          // Targets are finite once compileModel has validated them; data values may be NaN or infinite.
          const stats = { percentiles, varLevels, targets: [...targets, ...data.slice(0, 2).filter(Number.isFinite)], histogramBins };
          expect(orderStatistics(values.slice(), stats)).toEqual(reference(values, stats));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('selection and sorting', () => {
  it('place every requested rank and sort ranges like Array.prototype.sort', () => {
    for (const [name, f] of Object.entries(patterns)) {
      if (name === 'withNonFinite') continue;
      const r = lcg(name.length);
      const values = Float64Array.from({ length: 30_000 }, (_, i) => f(i, r));
      const sorted = values.slice().sort();
      const a = values.slice();
      const ranks = [0, 1, 17, 15_000, 29_998, 29_999];
      selectRanks(a, 0, a.length, ranks);
      for (const k of ranks) expect(a[k]).toBe(sorted[k]);
      const b = values.slice();
      sortRange(b, 0, b.length);
      expect(b).toEqual(sorted);
    }
  });
});
