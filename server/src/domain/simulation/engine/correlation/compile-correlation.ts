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
  /** Set when a matrix was not positive semi-definite and was replaced; reported with the result. */
  repair: CorrelationRepair | null;
};

/**
 * Which matrices were repaired: the Spearman target as given, and/or the copula's normal-scale
 * Pearson matrix derived from it (2 sin(pi rho / 6) can break semi-definiteness on its own).
 * `spearman` is the rank correlation the run targets and `pearson` the matrix it used.
 */
export type CorrelationRepair = {
  repaired: ('SPEARMAN_TARGET' | 'COPULA_PEARSON')[];
  inputs: string[];
  spearman: number[][];
  pearson: number[][];
};

/** The inverse map: the Spearman correlation a normal-scale Pearson rho gives. */
export function pearsonToSpearman(rho: number): number {
  return (6 / Math.PI) * Math.asin(rho / 2);
}

/**
 * For a Gaussian copula, Spearman's rho_s and the normal-scale Pearson rho relate by
 * rho = 2 sin(pi rho_s / 6); the same holds for the normal scores of Iman-Conover.
 */
export function spearmanToPearson(rho: number): number {
  return 2 * Math.sin((Math.PI * rho) / 6);
}

export function compileCorrelation(spec: CorrelationSpec, inputNames: string[], warnings: string[]): CompiledCorrelation | null {
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
  const repaired: CorrelationRepair['repaired'] = [];
  let spearman = m;
  if (minEigenvalue(spearman) < -1e-12) {
    spearman = nearestCorrelation(spearman);
    repaired.push('SPEARMAN_TARGET');
    warnings.push(
      'correlation.matrix is not positive semi-definite; the nearest valid correlation matrix (Higham) was targeted instead (see correlationRepair).',
    );
  }
  let pearson = spearman.map((row, i) => row.map((x, j) => (i === j ? 1 : spearmanToPearson(x))));
  if (minEigenvalue(pearson) < -1e-12) {
    pearson = nearestCorrelation(pearson);
    spearman = pearson.map((row, i) => row.map((x, j) => (i === j ? 1 : pearsonToSpearman(x))));
    repaired.push('COPULA_PEARSON');
    warnings.push(
      'The normal-scale Pearson matrix derived from correlation.matrix is not positive semi-definite; the nearest valid one (Higham) was used (see correlationRepair).',
    );
  }
  const repair = repaired.length === 0 ? null : { repaired, inputs: spec.inputs.slice(), spearman, pearson };
  return { method, inputs: indices, factor: cholesky(pearson), pearson, repair };
}
