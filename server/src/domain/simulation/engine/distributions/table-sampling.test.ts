/** Table sampling through the guide table gives exactly the binary-search quantile. */
import { describe, expect, it } from 'vitest';
import { fillUniforms } from '../rng/philox.js';
import { binomial, discrete, empirical, poisson } from './discrete.js';
import type { TableDistribution } from './distribution.js';

const CASES: [string, TableDistribution][] = [
  ['POISSON 4', poisson(4)],
  ['POISSON 1e6', poisson(1e6)],
  ['BINOMIAL 20, 0.3', binomial(20, 0.3)],
  ['DISCRETE', discrete([5, 1, 2, 9], [0.25, 0.25, 0.3, 0.2])],
  ['EMPIRICAL', empirical(Array.from({ length: 5000 }, (_, i) => Math.round(100 * Math.sin(i))))],
];

describe('table sampling', () => {
  it.each(CASES)('%s: sampleColumn equals quantile, on random uniforms and on the cumulative steps themselves', (_, d) => {
    const us = new Float64Array(100_000);
    fillUniforms(5, 0, 0, 0, us.length, us);
    const steps = [0.25, 0.5, 0.55, 0.8, 0.2, 1e-300, 1 - 2 ** -53, 0.1 + 0.2, 1 / 3];
    const all = Float64Array.from([...us, ...steps]);
    const sampled = all.slice();
    d.sampleColumn(sampled, sampled.length);
    all.forEach((u, i) => {
      if (sampled[i] !== d.quantile(u)) expect(sampled[i]).toBe(d.quantile(u));
    });
  });
});
