/**
 * Measures the sampling path of the numerically inverted types (normal-score tables) against
 * their exact quantile on a dense grid of normal scores, tails included, and holds it to the
 * accuracy budget: 1e-10 relative (relative to max(|x|, scale * 1e-3) for a centred Student t,
 * whose median 0 has no relative precision). Measured worst cases are about 1e-13 to 1e-11.
 */
import { describe, expect, it } from 'vitest';
import { normalCdf } from '../math/normal.js';
import type { Distribution } from './distribution.js';
import { Gamma, ScaledBeta, StudentT } from './inverted.js';

const BUDGET = 1e-10;
/** Scores from -9 to 9 (beyond the table on both sides) in steps of 1/512, off the grid nodes. */
const SCORES = Float64Array.from({ length: 18 * 512 + 1 }, (_, i) => -9 + i / 512 + 1 / 3000);

/** Exact value at score z: quantile below the median, inverse survival above it (no rounding of 1 - u). */
const exactAt = (d: Distribution, z: number): number => (z <= 0 ? d.quantile(normalCdf(z)) : d.isf(normalCdf(-z)));

/** Both sides 0 (an underflowing gamma tail) is no error. */
const relative = (x: number, exact: number, floor: number): number =>
  x === exact ? 0 : Math.abs(x - exact) / Math.max(Math.abs(exact), floor);

function worstError(d: Distribution, floor: number): { fromNormal: number; fromUniform: number } {
  const zs = SCORES.slice();
  d.sampleNormalColumn(zs, zs.length);
  // Uniforms as Philox makes them: below 1, so the scores above 8.2 are left to the normal path.
  const us = SCORES.map((z) => normalCdf(z)).filter((u) => u < 1);
  const fromU = us.slice();
  d.sampleColumn(fromU, fromU.length);
  let fromNormal = 0,
    fromUniform = 0;
  SCORES.forEach((z, i) => {
    const exact = exactAt(d, z);
    fromNormal = Math.max(fromNormal, relative(zs[i], exact, floor));
  });
  us.forEach((u, i) => {
    // 1 - u is exact for u >= 1/2, so the survival side is the exact reference there.
    const exact = u <= 0.5 ? d.quantile(u) : d.isf(1 - u);
    fromUniform = Math.max(fromUniform, relative(fromU[i], exact, floor));
  });
  return { fromNormal, fromUniform };
}

const CASES: [string, Distribution, number][] = [
  ...[0.05, 0.3, 1, 2.5, 7, 50, 1e4].map((a): [string, Distribution, number] => [`GAMMA shape ${a}`, new Gamma(a, 3), 0]),
  ...[
    [0.3, 0.5],
    [0.5, 0.5],
    [1, 1],
    [2, 5],
    [30, 0.7],
    [1.8, 3],
    [200, 300],
  ].map(([a, b]): [string, Distribution, number] => [`BETA ${a}, ${b}`, new ScaledBeta(a, b, 0, 1), 0]),
  ['PERT 0, 3, 10', new ScaledBeta(1 + 1.2, 1 + 2.8, 0, 10), 0],
  ...[0.7, 1, 2.5, 5, 30, 1000].map((df): [string, Distribution, number] => [`STUDENT_T df ${df}`, new StudentT(df, 0, 3), 3e-3]),
];

describe('normal-score tables', () => {
  it.each(CASES)('%s stays within 1e-10 of the exact quantile', (_, d, floor) => {
    const { fromNormal, fromUniform } = worstError(d, floor);
    expect(fromNormal).toBeLessThan(BUDGET);
    expect(fromUniform).toBeLessThan(BUDGET);
  });
});
