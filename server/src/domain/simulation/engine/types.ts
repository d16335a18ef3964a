/** Plain-JSON model specification; it mirrors the GraphQL input one to one. */

export const DISTRIBUTION_TYPES = [
  'NORMAL',
  'LOGNORMAL',
  'UNIFORM',
  'TRIANGULAR',
  'PERT',
  'BETA',
  'GAMMA',
  'EXPONENTIAL',
  'WEIBULL',
  'STUDENT_T',
  'LOGISTIC',
  'PARETO',
  'BERNOULLI',
  'BINOMIAL',
  'POISSON',
  'DISCRETE',
  'CUSTOM',
  'EMPIRICAL',
] as const;
export type DistributionType = (typeof DISTRIBUTION_TYPES)[number];

export type SamplingMethod = 'MONTE_CARLO' | 'LATIN_HYPERCUBE' | 'SOBOL';
export type CorrelationMethod = 'GAUSSIAN_COPULA' | 'IMAN_CONOVER';
export type AutoStopStatistic = 'MEAN' | 'PERCENTILE' | 'PROBABILITY';

export type DistributionSpec = {
  type: DistributionType;
  mean?: number | null;
  sd?: number | null;
  mu?: number | null;
  sigma?: number | null;
  min?: number | null;
  max?: number | null;
  mode?: number | null;
  alpha?: number | null;
  beta?: number | null;
  shape?: number | null;
  scale?: number | null;
  rate?: number | null;
  lambda?: number | null;
  df?: number | null;
  location?: number | null;
  p?: number | null;
  n?: number | null;
  values?: number[] | null;
  probabilities?: number[] | null;
  data?: number[] | null;
  bins?: number[] | null;
  cdf?: number[] | null;
};

export type InputSpec = {
  name: string;
  distribution: DistributionSpec;
  truncateMin?: number | null;
  truncateMax?: number | null;
  shift?: number | null;
};

export type OutputSpec = { name: string; formula: string };

export type CorrelationSpec = { method?: CorrelationMethod | null; inputs: string[]; matrix: number[][] };

export type AutoStopSpec = {
  output: string;
  statistic: AutoStopStatistic;
  percentile?: number | null;
  target?: number | null;
  tolerance: number;
  relative?: boolean | null;
};

export type StatisticsSpec = {
  percentiles?: number[] | null;
  histogramBins?: number | null;
  targets?: number[] | null;
  varLevels?: number[] | null;
};

export type ModelSpec = {
  iterations: number;
  seed?: number | null;
  sampling?: SamplingMethod | null;
  inputs: InputSpec[];
  outputs: OutputSpec[];
  correlation?: CorrelationSpec | null;
  autoStop?: AutoStopSpec | null;
  statistics?: StatisticsSpec | null;
};

export type EngineLimits = { maxIterations: number; maxInputs: number; maxOutputs: number };
