import { describe, expect, it } from 'vitest';
import { compileModel, type CompiledModel } from '../compile-model.js';
import { ModelValidationError } from '../errors.js';
import { RunAccumulator } from '../run-accumulator.js';
import { orderStatistics } from '../stats/order-statistics.js';
import { averageRanks, pearson } from '../stats/sensitivity.js';
import { simulateAll, TEST_LIMITS } from '../test-support.js';
import type { CorrelationMethod, ModelSpec, SamplingMethod } from '../types.js';
import { minEigenvalue } from './linear-algebra.js';

const TARGET = [
  [1, 0.7, -0.4],
  [0.7, 1, 0],
  [-0.4, 0, 1],
];

function spec(method: CorrelationMethod, sampling: SamplingMethod, matrix = TARGET): ModelSpec {
  return {
    iterations: 131_072,
    seed: 99,
    sampling,
    inputs: [
      { name: 'a', distribution: { type: 'LOGNORMAL', mu: 0, sigma: 1 } },
      { name: 'b', distribution: { type: 'TRIANGULAR', min: 0, mode: 1, max: 5 } },
      { name: 'c', distribution: { type: 'POISSON', lambda: 30 } },
    ],
    outputs: [{ name: 'y', formula: 'a + b + c' }],
    correlation: { method, inputs: ['a', 'b', 'c'], matrix },
  };
}

function spearman(x: Float64Array, y: Float64Array): number {
  return pearson(averageRanks(x, x.length), averageRanks(y, y.length), x.length);
}

function refusal(matrix: number[][], inputs = ['a', 'b', 'c']): ModelValidationError {
  const s = spec('GAUSSIAN_COPULA', 'MONTE_CARLO', matrix);
  if (s.correlation) s.correlation.inputs = inputs;
  try {
    compileModel(s, TEST_LIMITS);
  } catch (error) {
    if (error instanceof ModelValidationError) return error;
    throw error;
  }
  throw new Error('accepted');
}

/** The result of a model that ran no chunk: enough to read what compiling it reports. */
const finished = (model: CompiledModel) =>
  new RunAccumulator(model).finish(
    model.outputNames.map(() => orderStatistics(new Float64Array(0), model.statistics)),
    1,
    'key',
  );

describe('correlation', () => {
  it.each([
    ['GAUSSIAN_COPULA', 'MONTE_CARLO'],
    ['GAUSSIAN_COPULA', 'LATIN_HYPERCUBE'],
    ['GAUSSIAN_COPULA', 'SOBOL'],
    ['IMAN_CONOVER', 'MONTE_CARLO'],
    ['IMAN_CONOVER', 'LATIN_HYPERCUBE'],
  ] as const)('%s with %s achieves the target Spearman correlations within 0.02', (method, sampling) => {
    const { inputs } = simulateAll(compileModel(spec(method, sampling), TEST_LIMITS), 99);
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < i; j++) expect(Math.abs(spearman(inputs[i], inputs[j]) - TARGET[i][j])).toBeLessThan(0.02);
    }
  });

  it('repairs a matrix that is not positive semi-definite (Higham) and warns', () => {
    const bad = [
      [1, 0.9, -0.9],
      [0.9, 1, 0.9],
      [-0.9, 0.9, 1],
    ];
    const model = compileModel(spec('GAUSSIAN_COPULA', 'MONTE_CARLO', bad), TEST_LIMITS);
    expect(model.warnings.join(' ')).toMatch(/not positive semi-definite.*Higham/);
    const repaired = model.correlation?.pearson ?? [];
    expect(minEigenvalue(repaired)).toBeGreaterThanOrEqual(-1e-10);
    repaired.forEach((row, i) => {
      expect(row[i]).toBe(1);
      row.forEach((x, j) => expect(x).toBe(repaired[j][i]));
    });
    // The result says which matrix was repaired and returns the matrices actually used.
    const repair = finished(model).correlationRepair;
    expect(repair?.repaired).toContain('SPEARMAN_TARGET');
    expect(repair?.inputs).toEqual(['a', 'b', 'c']);
    expect(repair?.pearson).toEqual(repaired);
    expect(minEigenvalue(repair?.spearman ?? [])).toBeGreaterThanOrEqual(-1e-10);
    expect(Math.abs((repair?.spearman[0][1] ?? 0) - 0.9)).toBeLessThan(0.5);
  });

  it('reports no repair for a valid matrix', () => {
    expect(finished(compileModel(spec('GAUSSIAN_COPULA', 'MONTE_CARLO'), TEST_LIMITS)).correlationRepair).toBeNull();
  });

  it('refuses anything that is not a correlation matrix', () => {
    expect(
      refusal([
        [1, 0.5, 0],
        [0.4, 1, 0],
        [0, 0, 1],
      ]).field,
    ).toBe('correlation.matrix[1][0]');
    expect(
      refusal([
        [1, 0, 0],
        [0, 0.9, 0],
        [0, 0, 1],
      ]).field,
    ).toBe('correlation.matrix[1][1]');
    expect(
      refusal([
        [1, 1.2, 0],
        [1.2, 1, 0],
        [0, 0, 1],
      ]).field,
    ).toBe('correlation.matrix[0][1]');
    expect(
      refusal([
        [1, 0],
        [0, 1],
      ]).field,
    ).toBe('correlation.matrix');
    expect(refusal(TARGET, ['a', 'b', 'zz']).field).toBe('correlation.inputs[2]');
    expect(
      refusal([
        [1, Number.NaN, 0],
        [0, 1, 0],
        [0, 0, 1],
      ]).field,
    ).toBe('correlation.matrix[0][1]');
  });
});
