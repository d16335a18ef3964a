/** The JSON-serialisable result of a run (NaN and Infinity serialise as null). */
import type { CorrelationRepair } from './correlation/compile-correlation.js';
import type { OutputSensitivity } from './stats/sensitivity.js';
import type { SamplingMethod } from './types.js';

export type ConvergencePoint = { iterations: number; mean: number; ciHalfWidth: number };

export type OutputStatistics = {
  name: string;
  /** Finite values the moments use; nonFinite counts NaN (left out everywhere) and +-Infinity (ordered into percentiles, VaR, CVaR, CDF and exceedance). */
  count: number;
  nonFinite: number;
  mean: number;
  std: number;
  skewness: number;
  /** Excess kurtosis (0 for a normal). */
  kurtosis: number;
  min: number;
  max: number;
  meanConfidenceInterval: { level: number; low: number; high: number };
  percentiles: { percentile: number; value: number }[];
  histogram: { edges: number[]; counts: number[] };
  /** P(X <= value) at the histogram edges. */
  cdf: { value: number; probability: number }[];
  valueAtRisk: { level: number; value: number; conditional: number }[];
  exceedance: { target: number; probability: number }[];
  convergence: ConvergencePoint[];
};

export type SimulationResult = {
  engineVersion: string;
  seed: number;
  reproducibilityKey: string;
  sampling: SamplingMethod;
  chunkSize: number;
  iterationsRequested: number;
  iterationsRun: number;
  stoppedEarly: boolean;
  autoStop: { estimate: number; halfWidth: number } | null;
  warnings: string[];
  /** The correlation matrices actually used when one had to be repaired; null otherwise. */
  correlationRepair: CorrelationRepair | null;
  outputs: OutputStatistics[];
  sensitivity: OutputSensitivity[];
};
