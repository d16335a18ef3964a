import { describe, expect, it } from 'vitest';
import { compileModel } from '../compile-model.js';
import { normalQuantile } from '../math/normal.js';
import { simulateAll, TEST_LIMITS } from '../test-support.js';
import type { ModelSpec } from '../types.js';
import { chunkMoments, combineMoments, excessKurtosis, skewness } from './moments.js';
import { exceedance, histogram, percentile, valueAtRisk } from './summary.js';

describe('statistics', () => {
  it('percentiles use NumPy linear interpolation', () => {
    const sorted = Float64Array.from([3, 1, 4, 1, 5, 9, 2, 6]).sort();
    // numpy.percentile([3,1,4,1,5,9,2,6], [0, 10, 33.3, 50, 90, 100])
    const expected = [1.0, 1.0, 2.3309999999999995, 3.5, 6.8999999999999995, 9.0];
    [0, 10, 33.3, 50, 90, 100].forEach((p, i) => expect(percentile(sorted, p)).toBe(expected[i]));
  });

  it('histogram matches numpy.histogram, the last bin closed', () => {
    const sorted = Float64Array.from([3, 1, 4, 1, 5, 9, 2, 6]).sort();
    expect(histogram(sorted, 4)).toEqual({ edges: [1, 3, 5, 7, 9], counts: [3, 2, 2, 1] });
  });

  it('VaR, CVaR and exceedance read the upper tail', () => {
    const sorted = Float64Array.from({ length: 100 }, (_, i) => i + 1);
    const v = valueAtRisk(sorted, 0.95);
    expect(v.value).toBeCloseTo(95.05, 10);
    expect(v.conditional).toBe(98);
    expect(exceedance(sorted, 90)).toBe(0.1);
  });

  it('combined chunk moments equal the moments of the whole', () => {
    const xs = Float64Array.from({ length: 1000 }, (_, i) => Math.exp(Math.sin(i) * 2));
    const whole = chunkMoments(xs, xs.length);
    const parts = [0, 137, 512, 1000]
      .slice(1)
      .reduce(
        (acc, end, i, ends) =>
          combineMoments(acc, chunkMoments(xs.subarray(i === 0 ? 0 : ends[i - 1], end), end - (i === 0 ? 0 : ends[i - 1]))),
        chunkMoments(xs, 0),
      );
    expect(parts.mean).toBeCloseTo(whole.mean, 12);
    expect(parts.m2 / whole.m2).toBeCloseTo(1, 12);
    expect(skewness(parts)).toBeCloseTo(skewness(whole), 10);
    expect(excessKurtosis(parts)).toBeCloseTo(excessKurtosis(whole), 10);
  });
});

describe('percentiles of models with known answers', () => {
  const ITER = 262_144;
  const run = (spec: Omit<ModelSpec, 'iterations' | 'seed'>): Float64Array => {
    const model = compileModel({ ...spec, iterations: ITER, seed: 11 }, TEST_LIMITS);
    return simulateAll(model, 11).outputs[0].sort();
  };
  // Standard error of the p-quantile is sqrt(p(1-p)/n)/f(q); 5 of them is the tolerance.
  const tolerance = (p: number, density: number): number => (5 * Math.sqrt((p * (1 - p)) / ITER)) / density;

  it('a sum of normals is normal with the summed mean and variance', () => {
    const sorted = run({
      inputs: [
        { name: 'a', distribution: { type: 'NORMAL', mean: 1, sd: 2 } },
        { name: 'b', distribution: { type: 'NORMAL', mean: -3, sd: 1 } },
        { name: 'c', distribution: { type: 'NORMAL', mean: 10, sd: 2 } },
      ],
      outputs: [{ name: 'y', formula: 'a + b + c' }],
    });
    for (const p of [1, 5, 25, 50, 75, 95, 99]) {
      const z = normalQuantile(p / 100);
      const density = Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI) / 3;
      expect(Math.abs(percentile(sorted, p) - (8 + 3 * z))).toBeLessThan(tolerance(p / 100, density));
    }
  });

  it('a product of lognormals is lognormal', () => {
    const sorted = run({
      inputs: [
        { name: 'a', distribution: { type: 'LOGNORMAL', mu: 0.5, sigma: 0.3 } },
        { name: 'b', distribution: { type: 'LOGNORMAL', mu: -0.2, sigma: 0.4 } },
      ],
      outputs: [{ name: 'y', formula: 'a * b' }],
    });
    for (const p of [1, 10, 50, 90, 99]) {
      const z = normalQuantile(p / 100);
      const q = Math.exp(0.3 + 0.5 * z);
      const density = Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI) / (0.5 * q);
      expect(Math.abs(percentile(sorted, p) - q)).toBeLessThan(tolerance(p / 100, density));
    }
  });
});
