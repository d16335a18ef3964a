/**
 * The models of the engine benchmark, shared with numpy_reference.py through its JSON
 * requests: one case per distribution type, the reference model and the mixed model.
 */
import {
  DISTRIBUTION_TYPES,
  type DistributionSpec,
  type DistributionType,
  type InputSpec,
  type ModelSpec,
} from '../src/domain/simulation/engine/index.js';

/** A deterministic, skewed data set of 1,000 points for EMPIRICAL. */
const EMPIRICAL_DATA = Array.from({ length: 1000 }, (_, i) => Math.round(1000 * Math.exp(Math.sin(i * 0.7) + Math.cos(i * 1.3))) / 100);

/** One parameter set per type: the engine and NumPy sample the same distribution. */
export const TYPE_CASES: Record<DistributionType, DistributionSpec> = {
  NORMAL: { type: 'NORMAL', mean: 0, sd: 1 },
  LOGNORMAL: { type: 'LOGNORMAL', mu: 0, sigma: 0.5 },
  UNIFORM: { type: 'UNIFORM', min: 0, max: 1 },
  TRIANGULAR: { type: 'TRIANGULAR', min: 0, mode: 3, max: 10 },
  PERT: { type: 'PERT', min: 0, mode: 3, max: 10 },
  BETA: { type: 'BETA', alpha: 2, beta: 5 },
  GAMMA: { type: 'GAMMA', shape: 2.5, scale: 4 },
  EXPONENTIAL: { type: 'EXPONENTIAL', rate: 0.5 },
  WEIBULL: { type: 'WEIBULL', shape: 1.5, scale: 10 },
  STUDENT_T: { type: 'STUDENT_T', df: 5 },
  LOGISTIC: { type: 'LOGISTIC', location: 0, scale: 2 },
  PARETO: { type: 'PARETO', shape: 3, scale: 1 },
  BERNOULLI: { type: 'BERNOULLI', p: 0.3 },
  BINOMIAL: { type: 'BINOMIAL', n: 20, p: 0.3 },
  POISSON: { type: 'POISSON', lambda: 4 },
  DISCRETE: { type: 'DISCRETE', values: [1, 2, 5, 10], probabilities: [0.1, 0.2, 0.3, 0.4] },
  CUSTOM: { type: 'CUSTOM', bins: [0, 1, 2, 4, 8], probabilities: [0.1, 0.4, 0.3, 0.2] },
  EMPIRICAL: { type: 'EMPIRICAL', data: EMPIRICAL_DATA },
};

export const typeCases = DISTRIBUTION_TYPES.map((type) => ({ name: type, distribution: TYPE_CASES[type] }));

/** A model of one input whose output is the input itself: the per-type draw rate. */
export function singleInputModel(distribution: DistributionSpec, iterations: number): ModelSpec {
  return { iterations, seed: 7, inputs: [{ name: 'x', distribution }], outputs: [{ name: 'y', formula: 'x' }] };
}

/** Pearson on the normal scale to the Spearman target the engine takes: (6/pi) asin(rho/2). */
const toSpearman = (pearson: number[][]): number[][] =>
  pearson.map((row, i) => row.map((r, j) => (i === j ? 1 : (6 / Math.PI) * Math.asin(r / 2))));

export function referencePearson(): number[][] {
  const pearson = Array.from({ length: 10 }, (_, i) => Array.from({ length: 10 }, (__, j) => 0.6 ** Math.abs(i - j)));
  pearson[0][9] = pearson[9][0] = -0.3;
  pearson[2][7] = pearson[7][2] = 0.25;
  return pearson;
}

/** The reference model: 10 inputs through a Gaussian copula, one output. */
export function referenceModel(iterations: number): ModelSpec {
  const names = Array.from({ length: 10 }, (_, i) => `x${i}`);
  const dists: DistributionSpec[] = [
    { type: 'NORMAL', mean: 100, sd: 15 },
    { type: 'NORMAL', mean: 50, sd: 5 },
    { type: 'LOGNORMAL', mu: 0, sigma: 0.5 },
    { type: 'LOGNORMAL', mu: 1, sigma: 0.25 },
    { type: 'TRIANGULAR', min: 0, mode: 5, max: 10 },
    { type: 'TRIANGULAR', min: 1, mode: 2, max: 4 },
    { type: 'UNIFORM', min: 0, max: 1 },
    { type: 'UNIFORM', min: 10, max: 20 },
    { type: 'NORMAL', mean: 0, sd: 1 },
    { type: 'LOGNORMAL', mu: 2, sigma: 0.1 },
  ];
  return {
    iterations,
    seed: 12345,
    inputs: names.map((name, i) => ({ name, distribution: dists[i] })),
    outputs: [{ name: 'y', formula: 'x0*x2 + x1*x3 - x4*x5/(1 + x6) + x7*x9/10 + x8*x8' }],
    correlation: { inputs: names, matrix: toSpearman(referencePearson()) },
  };
}

/** Every non-trivial type once; numpy_reference.py unpacks them in this order. */
export const MIXED_INPUTS: InputSpec[] = [
  { name: 'g', distribution: { type: 'GAMMA', shape: 2.5, scale: 4 } },
  { name: 'b', distribution: { type: 'BETA', alpha: 2, beta: 5 } },
  { name: 't', distribution: { type: 'STUDENT_T', df: 5 } },
  { name: 'w', distribution: { type: 'WEIBULL', shape: 1.5, scale: 10 } },
  { name: 'p', distribution: { type: 'PERT', min: 0, mode: 3, max: 10 } },
  { name: 'k', distribution: { type: 'POISSON', lambda: 4 } },
  { name: 'm', distribution: { type: 'BINOMIAL', n: 20, p: 0.3 } },
  { name: 'e', distribution: { type: 'EXPONENTIAL', rate: 0.5 } },
  { name: 'l', distribution: { type: 'LOGISTIC', location: 0, scale: 2 } },
  { name: 'r', distribution: { type: 'PARETO', shape: 3, scale: 1 } },
];
const MIXED_FORMULA = 'g*b + t*w/10 + p + k*m/5 + e - l + r';

/** AR(1) with rho 0.5 on the normal scale for the correlated variant. */
export const mixedPearson = (): number[][] => MIXED_INPUTS.map((_, i) => MIXED_INPUTS.map((__, j) => 0.5 ** Math.abs(i - j)));

export function mixedModel(iterations: number, correlated: boolean): ModelSpec {
  return {
    iterations,
    seed: 2026,
    inputs: MIXED_INPUTS,
    outputs: [{ name: 'y', formula: MIXED_FORMULA }],
    correlation: correlated ? { inputs: MIXED_INPUTS.map((i) => i.name), matrix: toSpearman(mixedPearson()) } : null,
  };
}
