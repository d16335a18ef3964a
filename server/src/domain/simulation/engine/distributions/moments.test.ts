import { describe, expect, it } from 'vitest';
import { logGamma } from '../math/gamma-beta.js';
import { fillUniforms } from '../rng/philox.js';
import type { InputSpec } from '../types.js';
import { buildInputDistribution } from './build.js';

const N = 1_000_000;
const uniforms = new Float64Array(N);
fillUniforms(2024, 0, 0, 0, N, uniforms);
const gamma = (x: number): number => Math.exp(logGamma(x));
const phi = (x: number): number => Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
const truncZ = 0.9772498680518208 - 0.15865525393145707; // Phi(2) - Phi(-1)
const truncMean = (phi(-1) - phi(2)) / truncZ;
const pertA = 1 + (4 * 2) / 5,
  pertB = 1 + (4 * 3) / 5;
const betaVar = (a: number, b: number): number => (a * b) / ((a + b) ** 2 * (a + b + 1));

type Case = [string, InputSpec, number, number];
const input = (distribution: InputSpec['distribution'], extra: Partial<InputSpec> = {}): InputSpec => ({
  name: 'x',
  distribution,
  ...extra,
});
const CASES: Case[] = [
  ['NORMAL', input({ type: 'NORMAL', mean: 3, sd: 2 }), 3, 4],
  ['LOGNORMAL', input({ type: 'LOGNORMAL', mu: 0.1, sigma: 0.4 }), Math.exp(0.1 + 0.08), (Math.exp(0.16) - 1) * Math.exp(0.2 + 0.16)],
  ['UNIFORM', input({ type: 'UNIFORM', min: -1, max: 3 }), 1, 16 / 12],
  ['TRIANGULAR', input({ type: 'TRIANGULAR', min: 0, mode: 2, max: 5 }), 7 / 3, (0 + 4 + 25 - 0 - 0 - 10) / 18],
  ['PERT', input({ type: 'PERT', min: 0, mode: 2, max: 5 }), 13 / 6, 25 * betaVar(pertA, pertB)],
  ['BETA', input({ type: 'BETA', alpha: 2, beta: 3 }), 0.4, betaVar(2, 3)],
  ['GAMMA', input({ type: 'GAMMA', shape: 2.5, scale: 2 }), 5, 10],
  ['EXPONENTIAL', input({ type: 'EXPONENTIAL', rate: 0.5 }), 2, 4],
  ['WEIBULL', input({ type: 'WEIBULL', shape: 1.5, scale: 2 }), 2 * gamma(1 + 1 / 1.5), 4 * (gamma(1 + 2 / 1.5) - gamma(1 + 1 / 1.5) ** 2)],
  ['STUDENT_T', input({ type: 'STUDENT_T', df: 10, location: 1, scale: 2 }), 1, (4 * 10) / 8],
  ['LOGISTIC', input({ type: 'LOGISTIC', location: 1, scale: 2 }), 1, (4 * Math.PI ** 2) / 3],
  ['PARETO', input({ type: 'PARETO', shape: 6, scale: 1 }), 6 / 5, 6 / (25 * 4)],
  ['BERNOULLI', input({ type: 'BERNOULLI', p: 0.3 }), 0.3, 0.21],
  ['BINOMIAL', input({ type: 'BINOMIAL', n: 20, p: 0.3 }), 6, 4.2],
  ['POISSON', input({ type: 'POISSON', lambda: 4.5 }), 4.5, 4.5],
  ['DISCRETE', input({ type: 'DISCRETE', values: [5, 1, 2], probabilities: [0.3, 0.2, 0.5] }), 2.7, 2.41],
  ['CUSTOM histogram', input({ type: 'CUSTOM', bins: [0, 1, 3], probabilities: [0.25, 0.75] }), 1.625, 10 / 3 - 1.625 ** 2],
  ['CUSTOM cdf table', input({ type: 'CUSTOM', values: [0, 1, 3], cdf: [0, 0.25, 1] }), 1.625, 10 / 3 - 1.625 ** 2],
  ['EMPIRICAL', input({ type: 'EMPIRICAL', data: [4, 1, 9, 4, 10] }), 5.6, 11.44],
  [
    'truncated NORMAL',
    input({ type: 'NORMAL', mean: 0, sd: 1 }, { truncateMin: -1, truncateMax: 2 }),
    truncMean,
    1 + (-1 * phi(-1) - 2 * phi(2)) / truncZ - truncMean ** 2,
  ],
  ['shifted EXPONENTIAL', input({ type: 'EXPONENTIAL', rate: 0.5 }, { shift: -5 }), -3, 4],
  [
    'truncated and shifted POISSON',
    input({ type: 'POISSON', lambda: 4.5 }, { shift: 1, truncateMax: 2 }),
    1 + 0.8181818181818182,
    0.14876033057851235,
  ],
];

describe('distributions sampled by inverse CDF', () => {
  it.each(CASES)('%s: mean and variance over 1e6 samples lie within their 5-sigma confidence intervals', (_, spec, mean, variance) => {
    const dist = buildInputDistribution(spec, 'inputs[0]');
    let sum = 0;
    const xs = new Float64Array(N);
    for (let i = 0; i < N; i++) {
      xs[i] = dist.quantile(uniforms[i]);
      sum += xs[i];
    }
    const m = sum / N;
    let m2 = 0,
      m4 = 0;
    for (let i = 0; i < N; i++) {
      const d = xs[i] - m,
        d2 = d * d;
      m2 += d2;
      m4 += d2 * d2;
    }
    m2 /= N;
    m4 /= N;
    expect(Math.abs(m - mean)).toBeLessThan(5 * Math.sqrt(variance / N));
    expect(Math.abs(m2 - variance)).toBeLessThan(5 * Math.sqrt(Math.max(m4 - m2 * m2, 1e-300) / N) + 1e-12);
  });
});
