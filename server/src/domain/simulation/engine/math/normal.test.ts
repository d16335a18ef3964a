import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile } from './normal.js';

// Reference values from scipy.special.ndtri / ndtr (SciPy 1.17).
const QUANTILES: [number, number][] = [
  [1e-10, -6.361340902404056],
  [1e-8, -5.612001244174789],
  [1e-6, -4.753424308822899],
  [0.0001, -3.7190164854556804],
  [0.001, -3.090232306167813],
  [0.01, -2.3263478740408408],
  [0.025, -1.9599639845400545],
  [0.05, -1.6448536269514729],
  [0.1, -1.2815515655446004],
  [0.2, -0.8416212335729142],
  [0.3, -0.5244005127080409],
  [0.4, -0.2533471031357997],
  [0.425, -0.18911842627279252],
  [0.5, 0],
  [0.6, 0.2533471031357997],
  [0.75, 0.6744897501960817],
  [0.9, 1.2815515655446004],
  [0.975, 1.959963984540054],
  [0.99, 2.3263478740408408],
  [0.999, 3.090232306167813],
  [0.999999, 4.753424308817087],
  [0.999999999, 5.997807019601637],
];
const CDF: [number, number][] = [
  [-30, 4.906713927147908e-198],
  [-10, 7.61985302416047e-24],
  [-7.5, 3.1908916729108844e-14],
  [-5, 2.866515718791933e-7],
  [-3, 0.0013498980316300933],
  [-1.96, 0.024997895148220435],
  [-1, 0.15865525393145707],
  [-0.5, 0.3085375387259869],
  [0, 0.5],
  [0.3, 0.6179114221889526],
  [1, 0.8413447460685429],
  [2.5, 0.9937903346742238],
  [4, 0.9999683287581669],
  [8, 0.9999999999999993],
];

describe('standard normal', () => {
  it('quantile (AS241) matches a reference table from 1e-10 to 1 - 1e-9', () => {
    for (const [p, z] of QUANTILES) expect(Math.abs(normalQuantile(p) - z)).toBeLessThanOrEqual(1e-14 * Math.max(1, Math.abs(z)));
  });

  it('distribution function matches a reference table (1e-15 absolute, 1e-10 relative)', () => {
    for (const [x, p] of CDF) {
      expect(Math.abs(normalCdf(x) - p)).toBeLessThanOrEqual(1e-15);
      expect(Math.abs(normalCdf(x) - p)).toBeLessThanOrEqual(1e-10 * p);
    }
  });

  it('quantile inverts the distribution function', () => {
    for (let p = 0.001; p < 1; p += 0.0137) expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 13);
  });
});
