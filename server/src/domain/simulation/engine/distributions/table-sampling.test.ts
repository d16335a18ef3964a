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
  ['BERNOULLI 0.3', binomial(1, 0.3)],
  ['DISCRETE on cell edges', discrete([1, 2, 3, 4], [0.25, 0.5, 2 ** -12, 0.25 - 2 ** -12])],
  ['EMPIRICAL', empirical(Array.from({ length: 5000 }, (_, i) => Math.round(100 * Math.sin(i))))],
];

/** The neighbouring doubles of x (x >= 0) through its bits. */
function nextUp(x: number): number {
  const bits = new BigInt64Array(Float64Array.of(x).buffer);
  bits[0] += 1n;
  return new Float64Array(bits.buffer)[0];
}
function nextDown(x: number): number {
  if (x === 0) return 0;
  const bits = new BigInt64Array(Float64Array.of(x).buffer);
  bits[0] -= 1n;
  return new Float64Array(bits.buffer)[0];
}

describe('table sampling', () => {
  it.each(CASES)(
    '%s: sampleColumn equals quantile, on random uniforms, on the cumulative steps and guide cell edges with their neighbours, and on 0 and 1',
    (_, d) => {
      const us = new Float64Array(100_000);
      fillUniforms(5, 0, 0, 0, us.length, us);
      const steps = [0.25, 0.5, 0.55, 0.8, 0.2, 1e-300, 1 - 2 ** -53, 0.1 + 0.2, 1 / 3];
      const edges = [0, 1, 2 ** -12, 1 - 2 ** -12, 0.3, 0.7, ...Array.from({ length: 64 }, (__, k) => k / 64)];
      const near = edges.flatMap((x) => [x, nextUp(x), nextDown(x)]).filter((x) => x >= 0 && x <= 1);
      const all = Float64Array.from([...us, ...steps, ...near]);
      const sampled = all.slice();
      d.sampleColumn(sampled, sampled.length);
      all.forEach((u, i) => {
        if (sampled[i] !== d.quantile(u)) expect(sampled[i]).toBe(d.quantile(u));
      });
    },
  );
});
