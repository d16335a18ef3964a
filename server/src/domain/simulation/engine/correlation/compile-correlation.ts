/** Validates the correlation block and turns Spearman targets into a copula factor. */
import { ModelValidationError } from '../errors.js';
import type { CorrelationMethod, CorrelationSpec } from '../types.js';
import { cholesky, minEigenvalue, nearestCorrelation } from './linear-algebra.js';

export type CompiledCorrelation = {
  method: CorrelationMethod;
  /** Model input indices, in matrix order. */
  inputs: number[];
  /** Lower Cholesky factor (k*k, row-major) of the normal-scale Pearson matrix. */
  factor: Float64Array;
  /** The normal-scale Pearson matrix the factor belongs to (after any repair). */
  pearson: number[][];
};

/**
 * For a Gaussian copula, Spearman's rho_s and the normal-scale Pearson rho relate by
 * rho = 2 sin(pi rho_s / 6); the same holds for the normal scores of Iman-Conover.
 */
export function spearmanToPearson(rho: number): number {
  return 2 * Math.sin((Math.PI * rho) / 6);
}

export function compileCorrelation(
  spec: CorrelationSpec, inputNames: string[], warnings: string[],
): CompiledCorrelation | null {
  const method = spec.method ?? 'GAUSSIAN_COPULA';
  if (method !== 'GAUSSIAN_COPULA' && method !== 'IMAN_CONOVER') {
    throw new ModelValidationError('correlation.method', 'method must be GAUSSIAN_COPULA or IMAN_CONOVER.');
  }
  if (!Array.isArray(spec.inputs) || spec.inputs.length < 2) {
    throw new ModelValidationError('correlation.inputs', 'Name at least two inputs to correlate.');
  }
  const indices = spec.inputs.map((name, i) => {
    const index = inputNames.indexOf(name);
    if (index < 0) throw new ModelValidationError(`correlation.inputs[${i}]`, `Unknown input ${name}.`);
    if (spec.inputs.indexOf(name) !== i) throw new ModelValidationError(`correlation.inputs[${i}]`, `Input ${name} is listed twice.`);
    return index;
  });
  const k = indices.length;
  const m = spec.matrix;
  if (!Array.isArray(m) || m.length !== k) {
    throw new ModelValidationError('correlation.matrix', `The matrix must have ${k} rows, one per listed input.`);
  }
  m.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== k) {
      throw new ModelValidationError(`correlation.matrix[${i}]`, `Row ${i} must have ${k} entries.`);
    }
    row.forEach((x, j) => {
      const field = `correlation.matrix[${i}][${j}]`;
      if (typeof x !== 'number' || !Number.isFinite(x)) throw new ModelValidationError(field, 'Entries must be finite numbers.');
      if (Math.abs(x) > 1) throw new ModelValidationError(field, `Correlations lie in [-1, 1] (got ${x}).`);
      if (i === j && x !== 1) throw new ModelValidationError(field, 'The diagonal of a correlation matrix must be 1.');
    });
  });
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < i; j++) {
      if (Math.abs(m[i][j] - m[j][i]) > 1e-12) {
        throw new ModelValidationError(`correlation.matrix[${i}][${j}]`, `The matrix must be symmetric: [${i}][${j}] != [${j}][${i}].`);
      }
    }
  }
  let pearson = m.map((row, i) => row.map((x, j) => (i === j ? 1 : spearmanToPearson(x))));
  if (minEigenvalue(pearson) < -1e-12) {
    pearson = nearestCorrelation(pearson);
    warnings.push('correlation.matrix is not positive semi-definite; the nearest valid correlation matrix (Higham) was used instead.');
  }
  return { method, inputs: indices, factor: cholesky(pearson), pearson };
}
