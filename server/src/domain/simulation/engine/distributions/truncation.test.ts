/**
 * One-sided truncation for every type (GAMMA's cdf(+inf) used to be NaN, which refused any
 * truncateMin without truncateMax), and truncation deep in the upper tail, where 1 - F rounds
 * to 0 and only the survival function keeps the mass.
 */
import { describe, expect, it } from 'vitest';
import { fillUniforms } from '../rng/philox.js';
import { DISTRIBUTION_TYPES, type DistributionSpec, type DistributionType } from '../types.js';
import { buildInputDistribution } from './build.js';

const SPECS: Record<DistributionType, [DistributionSpec, number]> = {
  NORMAL: [{ type: 'NORMAL', mean: 0, sd: 1 }, 0.5],
  LOGNORMAL: [{ type: 'LOGNORMAL', mu: 0, sigma: 1 }, 1.2],
  UNIFORM: [{ type: 'UNIFORM', min: 0, max: 1 }, 0.3],
  TRIANGULAR: [{ type: 'TRIANGULAR', min: 0, mode: 1, max: 4 }, 2],
  PERT: [{ type: 'PERT', min: 0, mode: 1, max: 4 }, 2],
  BETA: [{ type: 'BETA', alpha: 2, beta: 3 }, 0.4],
  GAMMA: [{ type: 'GAMMA', shape: 2, scale: 3 }, 5],
  EXPONENTIAL: [{ type: 'EXPONENTIAL', rate: 1 }, 0.7],
  WEIBULL: [{ type: 'WEIBULL', shape: 1.5, scale: 2 }, 1.5],
  STUDENT_T: [{ type: 'STUDENT_T', df: 3 }, 0.2],
  LOGISTIC: [{ type: 'LOGISTIC', location: 0, scale: 1 }, 0.5],
  PARETO: [{ type: 'PARETO', shape: 2, scale: 1 }, 1.5],
  BERNOULLI: [{ type: 'BERNOULLI', p: 0.4 }, 0.5],
  BINOMIAL: [{ type: 'BINOMIAL', n: 10, p: 0.3 }, 3],
  POISSON: [{ type: 'POISSON', lambda: 4 }, 4],
  DISCRETE: [{ type: 'DISCRETE', values: [1, 2, 3], probabilities: [0.2, 0.5, 0.3] }, 2],
  CUSTOM: [{ type: 'CUSTOM', bins: [0, 1, 2], probabilities: [0.5, 0.5] }, 0.8],
  EMPIRICAL: [{ type: 'EMPIRICAL', data: [1, 2, 3, 4, 5] }, 3],
};

const uniforms = new Float64Array(20_000);
fillUniforms(99, 0, 0, 0, uniforms.length, uniforms);

function sample(spec: DistributionSpec, bounds: { truncateMin?: number; truncateMax?: number }): Float64Array {
  const dist = buildInputDistribution({ name: 'x', distribution: spec, ...bounds }, 'inputs[0]');
  const col = uniforms.slice();
  dist.sampleColumn(col, col.length);
  return col;
}

describe('truncation', () => {
  it.each(DISTRIBUTION_TYPES)('%s takes truncateMin alone and truncateMax alone', (type) => {
    const [spec, cut] = SPECS[type];
    const above = sample(spec, { truncateMin: cut });
    expect(above.every((x) => x >= cut)).toBe(true);
    const below = sample(spec, { truncateMax: cut });
    expect(below.every((x) => x <= cut)).toBe(true);
  });

  it('NORMAL truncateMin 9 samples the upper tail (mean of the tail beyond 9 is 9.1078)', () => {
    const xs = sample({ type: 'NORMAL', mean: 0, sd: 1 }, { truncateMin: 9 });
    expect(xs.every((x) => x >= 9 && x < 20)).toBe(true);
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    // E[X | X > 9] = phi(9) / (1 - Phi(9)); the sample sd is about 0.11, so 0.01 is 9 standard errors.
    expect(Math.abs(mean - 9.10776)).toBeLessThan(0.01);
  });

  it('GAMMA and STUDENT_T truncated deep in the upper tail keep their mass', () => {
    const g = sample({ type: 'GAMMA', shape: 2, scale: 1 }, { truncateMin: 50 });
    expect(g.every((x) => x >= 50 && x < 100)).toBe(true);
    const t = sample({ type: 'STUDENT_T', df: 30 }, { truncateMin: 12, truncateMax: 13 });
    expect(t.every((x) => x >= 12 && x <= 13)).toBe(true);
  });
});
