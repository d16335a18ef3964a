import { describe, expect, it } from 'vitest';
import { StudentT } from '../distributions/inverted.js';
import { betaInverse, gammaPInverse } from './gamma-beta.js';

// Reference quantiles from scipy.stats gamma.ppf, beta.ppf and t.ppf (SciPy 1.17).
const GAMMA: [number, number, number][] = [
  [0.3, 1e-6, 6.97269909640939e-21],
  [0.3, 0.3, 0.012726657769948697],
  [0.3, 0.999, 4.618936042791333],
  [2.5, 1e-6, 0.0064480801032485435],
  [2.5, 0.3, 1.4999540663799533],
  [2.5, 0.999, 10.257502826216436],
  [50, 1e-6, 23.25066535794657],
  [50, 0.3, 46.06447216944835],
  [50, 0.999, 74.72462638951943],
];
const BETA: [number, number, number, number][] = [
  [0.5, 0.5, 1e-6, 2.46740110027031e-12],
  [0.5, 0.5, 0.5, 0.5],
  [0.5, 0.5, 0.99, 0.9997532801828658],
  [2, 5, 1e-6, 0.00025828782935406356],
  [2, 5, 0.5, 0.26444998329566005],
  [2, 5, 0.99, 0.7056863283197075],
  [30, 0.7, 1e-6, 0.6520195029194316],
  [30, 0.7, 0.5, 0.9864440869398481],
  [30, 0.7, 0.99, 0.9999593779075634],
];
const T: [number, number, number][] = [
  [1, 1e-6, -318309.8861827435],
  [1, 0.3, -0.7265425280053609],
  [1, 0.975, 12.706204736174694],
  [2.5, 1e-6, -220.17342917823686],
  [2.5, 0.3, -0.597307738252318],
  [2.5, 0.975, 3.5746548420036817],
  [30, 1e-6, -5.871117120418882],
  [30, 0.3, -0.5300190039065046],
  [30, 0.975, 2.0422724563012378],
];

const close = (actual: number, expected: number, rel: number): void => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected) + 1e-300);
};

describe('numerical inverses', () => {
  it('inverse regularized incomplete gamma matches SciPy to 1e-10 relative', () => {
    for (const [a, p, x] of GAMMA) close(gammaPInverse(a, p), x, 1e-10);
  });

  it('inverse regularized incomplete beta matches SciPy to 1e-10 relative', () => {
    for (const [a, b, p, x] of BETA) close(betaInverse(a, b, p), x, 1e-10);
  });

  it('Student t quantile matches SciPy to 1e-9 relative, and is 0 at the median', () => {
    for (const [df, p, x] of T) close(new StudentT(df, 0, 1).quantile(p), x, 1e-9);
    expect(new StudentT(4, 0, 1).quantile(0.5)).toBe(0);
  });
});
