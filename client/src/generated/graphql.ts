/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What the account may do now (see Access in docs/architecture.md). */
export type AccessLevel =
  | 'BILLING_ONLY'
  | 'FULL'
  | 'LIMITED'
  | 'NONE'
  | 'READ_ONLY';

export type ApiKeyMode =
  | 'LIVE'
  | 'TEST';

export type ApiKeyScope =
  | 'BILLING_MANAGE'
  | 'KEYS_MANAGE'
  | 'SIMULATIONS_READ'
  | 'SIMULATIONS_RUN'
  | 'USAGE_READ';

export type ApiKeyStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'REVOKED';

/** Stop early, at a chunk boundary, once a statistic is known within a tolerance. */
export type AutoStopInput = {
  output: string;
  /** PERCENTILE: which one, strictly between 0 and 100. */
  percentile?: number | null | undefined;
  /** The tolerance is relative to the estimate. */
  relative?: boolean | null | undefined;
  statistic: AutoStopStatistic;
  /** PROBABILITY: the target of P(X > target). */
  target?: number | null | undefined;
  /** Half-width of the 95% confidence interval to reach. */
  tolerance: number;
};

/** The statistic an auto-stop rule watches. */
export type AutoStopStatistic =
  | 'MEAN'
  | 'PERCENTILE'
  | 'PROBABILITY';

/** Target rank (Spearman) correlations between some inputs. */
export type CorrelationInput = {
  /** Input names, in matrix order. */
  inputs: Array<string>;
  /** Symmetric, unit diagonal; one that is not positive semi-definite is repaired with a warning. */
  matrix: Array<Array<number>>;
  /** Default GAUSSIAN_COPULA. */
  method?: CorrelationMethod | null | undefined;
};

/** How rank correlations are imposed on the inputs. */
export type CorrelationMethod =
  | 'GAUSSIAN_COPULA'
  | 'IMAN_CONOVER';

export type CreateApiKeyInput = {
  expiresAt?: string | null | undefined;
  mode?: ApiKeyMode;
  name: string;
  /** Defaults to the calling key's scopes; a key may grant only scopes it holds. */
  scopes?: Array<ApiKeyScope> | null | undefined;
};

export type CustomerStatus =
  | 'ACTIVE'
  | 'DELETED'
  | 'SUSPENDED';

/** A distribution: `type` and the parameters that type uses (see each parameter). */
export type DistributionInput = {
  /** BETA. */
  alpha?: number | null | undefined;
  /** BETA. */
  beta?: number | null | undefined;
  /** CUSTOM histogram: bin edges, increasing. */
  bins?: Array<number> | null | undefined;
  /** CUSTOM CDF table: P(X <= values[i]), from 0 to 1. */
  cdf?: Array<number> | null | undefined;
  /** EMPIRICAL: the observed data. */
  data?: Array<number> | null | undefined;
  /** STUDENT_T: degrees of freedom, > 0. */
  df?: number | null | undefined;
  /** POISSON: mean count. */
  lambda?: number | null | undefined;
  /** LOGISTIC; STUDENT_T (default 0). */
  location?: number | null | undefined;
  /** UNIFORM, TRIANGULAR, PERT; BETA (default 1). */
  max?: number | null | undefined;
  /** NORMAL. */
  mean?: number | null | undefined;
  /** UNIFORM, TRIANGULAR, PERT; BETA (default 0). */
  min?: number | null | undefined;
  /** TRIANGULAR, PERT: most likely value. */
  mode?: number | null | undefined;
  /** LOGNORMAL: mean of the logarithm. */
  mu?: number | null | undefined;
  /** BINOMIAL: number of trials (a whole number). */
  n?: number | null | undefined;
  /** BERNOULLI, BINOMIAL: probability of success. */
  p?: number | null | undefined;
  /** DISCRETE: one per value, adding up to 1; CUSTOM: one per histogram bin. */
  probabilities?: Array<number> | null | undefined;
  /** EXPONENTIAL. */
  rate?: number | null | undefined;
  /** GAMMA, WEIBULL, PARETO, LOGISTIC; STUDENT_T (default 1). */
  scale?: number | null | undefined;
  /** NORMAL: standard deviation, > 0. */
  sd?: number | null | undefined;
  /** GAMMA, WEIBULL, PARETO. */
  shape?: number | null | undefined;
  /** LOGNORMAL: standard deviation of the logarithm, > 0. */
  sigma?: number | null | undefined;
  type: DistributionType;
  /** DISCRETE: the values; CUSTOM: the x of a CDF table. */
  values?: Array<number> | null | undefined;
};

/** A probability distribution the engine samples by inverse CDF. */
export type DistributionType =
  | 'BERNOULLI'
  | 'BETA'
  | 'BINOMIAL'
  | 'CUSTOM'
  | 'DISCRETE'
  | 'EMPIRICAL'
  | 'EXPONENTIAL'
  | 'GAMMA'
  | 'LOGISTIC'
  | 'LOGNORMAL'
  | 'NORMAL'
  | 'PARETO'
  | 'PERT'
  | 'POISSON'
  | 'STUDENT_T'
  | 'TRIANGULAR'
  | 'UNIFORM'
  | 'WEIBULL';

/** An uncertain input of the model. */
export type ModelInputInput = {
  distribution: DistributionInput;
  /** Letters, digits and _, starting with a letter or _; formulas refer to it. */
  name: string;
  /** Added to every sample after truncation. */
  shift?: number | null | undefined;
  truncateMax?: number | null | undefined;
  /** Samples below are cut off (the distribution is renormalised). */
  truncateMin?: number | null | undefined;
};

/** An output computed by a formula over inputs and earlier outputs. */
export type ModelOutputInput = {
  /** Arithmetic, comparisons, if, min, max, abs, exp, log, sqrt, pow, round(x, digits); names of inputs and earlier outputs. */
  formula: string;
  name: string;
};

/** MONTE_CARLO: independent draws; LATIN_HYPERCUBE: stratified per chunk; SOBOL: scrambled quasi-random (power-of-two iterations). */
export type SamplingMethod =
  | 'LATIN_HYPERCUBE'
  | 'MONTE_CARLO'
  | 'SOBOL';

/** A Monte Carlo model. The same model and seed give the same result bits on any number of workers. */
export type SimulationInput = {
  autoStop?: AutoStopInput | null | undefined;
  correlation?: CorrelationInput | null | undefined;
  inputs: Array<ModelInputInput>;
  /** Iterations to run: at most the plan's maxIterationsSync for runSimulation. */
  iterations: number;
  outputs: Array<ModelOutputInput>;
  /** Default MONTE_CARLO. */
  sampling?: SamplingMethod | null | undefined;
  /** A whole number from 0 to 4294967295; chosen at random when left out. */
  seed?: number | null | undefined;
  statistics?: StatisticsOptionsInput | null | undefined;
};

export type SimulationStatus =
  | 'CANCELLED'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

/** Which statistics to compute besides the defaults. */
export type StatisticsOptionsInput = {
  /** Default 50. */
  histogramBins?: number | null | undefined;
  /** Default 1, 2.5, 5, 10, 20, 25, 50, 75, 80, 90, 95, 97.5, 99. */
  percentiles?: Array<number> | null | undefined;
  /** P(X > target) is reported for each. */
  targets?: Array<number> | null | undefined;
  /** VaR and CVaR levels, default 0.95 and 0.99. */
  varLevels?: Array<number> | null | undefined;
};

export type UsageGroupBy =
  | 'DAY'
  | 'KEY'
  | 'OPERATION';

/** A billing period relative to now. */
export type UsagePeriod =
  | 'CURRENT'
  | 'PREVIOUS';

export type SimulationResultFieldsFragment = { runId: string, engineVersion: string, seed: number, reproducibilityKey: string, sampling: SamplingMethod, chunkSize: number, iterationsRequested: number, iterationsRun: number, stoppedEarly: boolean, warnings: Array<string>, autoStop: { estimate: number | null, halfWidth: number | null } | null, outputs: Array<{ name: string, count: number, nonFinite: number, mean: number | null, std: number | null, skewness: number | null, kurtosis: number | null, min: number | null, max: number | null, meanConfidenceInterval: { level: number, low: number | null, high: number | null }, percentiles: Array<{ percentile: number, value: number | null }>, histogram: { edges: Array<number>, counts: Array<number> }, cdf: Array<{ value: number | null, probability: number | null }>, valueAtRisk: Array<{ level: number, value: number | null, conditional: number | null }>, exceedance: Array<{ target: number, probability: number | null }>, convergence: Array<{ iterations: number, mean: number | null, ciHalfWidth: number | null }> }>, sensitivity: Array<{ output: string, sampleSize: number, inputs: Array<{ input: string, rankCorrelation: number | null, contributionToVariance: number | null, decileMeans: Array<number | null>, low: number | null, high: number | null }> }> };

export type SimulationRunFieldsFragment = { id: string, status: SimulationStatus, async: boolean, progress: number, iterations: number, iterationsRun: number | null, seed: number, reproducibilityKey: string, engineVersion: string, credits: number, attempts: number, error: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null, durationMs: number | null };

export type CarloRunSimulationMutationVariables = Exact<{
  input: SimulationInput;
}>;


export type CarloRunSimulationMutation = { runSimulation: { runId: string, engineVersion: string, seed: number, reproducibilityKey: string, sampling: SamplingMethod, chunkSize: number, iterationsRequested: number, iterationsRun: number, stoppedEarly: boolean, warnings: Array<string>, autoStop: { estimate: number | null, halfWidth: number | null } | null, outputs: Array<{ name: string, count: number, nonFinite: number, mean: number | null, std: number | null, skewness: number | null, kurtosis: number | null, min: number | null, max: number | null, meanConfidenceInterval: { level: number, low: number | null, high: number | null }, percentiles: Array<{ percentile: number, value: number | null }>, histogram: { edges: Array<number>, counts: Array<number> }, cdf: Array<{ value: number | null, probability: number | null }>, valueAtRisk: Array<{ level: number, value: number | null, conditional: number | null }>, exceedance: Array<{ target: number, probability: number | null }>, convergence: Array<{ iterations: number, mean: number | null, ciHalfWidth: number | null }> }>, sensitivity: Array<{ output: string, sampleSize: number, inputs: Array<{ input: string, rankCorrelation: number | null, contributionToVariance: number | null, decileMeans: Array<number | null>, low: number | null, high: number | null }> }> } };

export type CarloStartSimulationMutationVariables = Exact<{
  input: SimulationInput;
}>;


export type CarloStartSimulationMutation = { startSimulation: { id: string, status: SimulationStatus, async: boolean, progress: number, iterations: number, iterationsRun: number | null, seed: number, reproducibilityKey: string, engineVersion: string, credits: number, attempts: number, error: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null, durationMs: number | null } };

export type CarloSimulationQueryVariables = Exact<{
  id: string | number;
}>;


export type CarloSimulationQuery = { simulation: { input: Record<string, unknown>, id: string, status: SimulationStatus, async: boolean, progress: number, iterations: number, iterationsRun: number | null, seed: number, reproducibilityKey: string, engineVersion: string, credits: number, attempts: number, error: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null, durationMs: number | null, result: { runId: string, engineVersion: string, seed: number, reproducibilityKey: string, sampling: SamplingMethod, chunkSize: number, iterationsRequested: number, iterationsRun: number, stoppedEarly: boolean, warnings: Array<string>, autoStop: { estimate: number | null, halfWidth: number | null } | null, outputs: Array<{ name: string, count: number, nonFinite: number, mean: number | null, std: number | null, skewness: number | null, kurtosis: number | null, min: number | null, max: number | null, meanConfidenceInterval: { level: number, low: number | null, high: number | null }, percentiles: Array<{ percentile: number, value: number | null }>, histogram: { edges: Array<number>, counts: Array<number> }, cdf: Array<{ value: number | null, probability: number | null }>, valueAtRisk: Array<{ level: number, value: number | null, conditional: number | null }>, exceedance: Array<{ target: number, probability: number | null }>, convergence: Array<{ iterations: number, mean: number | null, ciHalfWidth: number | null }> }>, sensitivity: Array<{ output: string, sampleSize: number, inputs: Array<{ input: string, rankCorrelation: number | null, contributionToVariance: number | null, decileMeans: Array<number | null>, low: number | null, high: number | null }> }> } | null } };

export type CarloSimulationProgressQueryVariables = Exact<{
  id: string | number;
}>;


export type CarloSimulationProgressQuery = { simulation: { id: string, status: SimulationStatus, async: boolean, progress: number, iterations: number, iterationsRun: number | null, seed: number, reproducibilityKey: string, engineVersion: string, credits: number, attempts: number, error: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null, durationMs: number | null } };

export type CarloSimulationsQueryVariables = Exact<{
  page?: number;
  perPage?: number;
  status?: SimulationStatus | null | undefined;
}>;


export type CarloSimulationsQuery = { simulations: { totalCount: number, page: number, perPage: number, items: Array<{ id: string, status: SimulationStatus, async: boolean, progress: number, iterations: number, iterationsRun: number | null, seed: number, reproducibilityKey: string, engineVersion: string, credits: number, attempts: number, error: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null, durationMs: number | null }> } };

export type CarloCancelSimulationMutationVariables = Exact<{
  id: string | number;
}>;


export type CarloCancelSimulationMutation = { cancelSimulation: { id: string, status: SimulationStatus, async: boolean, progress: number, iterations: number, iterationsRun: number | null, seed: number, reproducibilityKey: string, engineVersion: string, credits: number, attempts: number, error: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null, durationMs: number | null } };

export type CarloReplayIterationQueryVariables = Exact<{
  id: string | number;
  iteration: number;
}>;


export type CarloReplayIterationQuery = { replaySimulationIteration: { iteration: number, inputs: Array<{ name: string, value: number | null }>, outputs: Array<{ name: string, value: number | null }> } };

export type CarloQuoteQueryVariables = Exact<{
  query: string;
  variables?: Record<string, unknown> | null | undefined;
}>;


export type CarloQuoteQuery = { quote: { credits: number, maximumCredits: number, coveredCredits: number, overageCredits: number, overageCents: number, listPriceCents: number, overageCentsPer1000Credits: number | null, refusal: string | null } };

export type CarloMeQueryVariables = Exact<{ [key: string]: never; }>;


export type CarloMeQuery = { me: { id: string, company: string, email: string, status: CustomerStatus, plan: { id: string, code: string, name: string, priceCents: number, currency: string, includedCredits: number, overageCentsPer1000Credits: number | null, rateLimitCreditsPerSecond: number, burstCredits: number, maxIterationsSync: number, maxConcurrentJobs: number, features: Array<string> }, access: { level: AccessLevel, reason: string, advice: string | null }, credits: { periodStart: string, periodEnd: string, includedCredits: number, includedRemaining: number, prepaidRemaining: number, reservedCredits: number, usedCredits: number, overageCredits: number, overageCentsPer1000Credits: number | null } } };

export type CarloUsageQueryVariables = Exact<{
  period?: UsagePeriod;
  groupBy?: UsageGroupBy;
}>;


export type CarloUsageQuery = { usage: { periodStart: string, periodEnd: string, groupBy: UsageGroupBy, calls: number, chargedCredits: number, overageCredits: number, rows: Array<{ group: string, calls: number, requestedCredits: number, chargedCredits: number, overageCredits: number }> } };

export type ApiKeyFieldsFragment = { id: string, name: string, mode: ApiKeyMode, displayPrefix: string, last4: string, scopes: Array<ApiKeyScope>, status: ApiKeyStatus, expiresAt: string | null, graceUntil: string | null, lastUsedAt: string | null, createdAt: string };

export type CarloApiKeysQueryVariables = Exact<{
  page?: number;
  perPage?: number;
}>;


export type CarloApiKeysQuery = { apiKeys: { totalCount: number, page: number, perPage: number, items: Array<{ id: string, name: string, mode: ApiKeyMode, displayPrefix: string, last4: string, scopes: Array<ApiKeyScope>, status: ApiKeyStatus, expiresAt: string | null, graceUntil: string | null, lastUsedAt: string | null, createdAt: string }> } };

export type CarloCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CarloCreateApiKeyMutation = { createApiKey: { secret: string, apiKey: { id: string, name: string, mode: ApiKeyMode, displayPrefix: string, last4: string, scopes: Array<ApiKeyScope>, status: ApiKeyStatus, expiresAt: string | null, graceUntil: string | null, lastUsedAt: string | null, createdAt: string } } };

export type CarloRotateApiKeyMutationVariables = Exact<{
  id: string | number;
  graceHours?: number | null | undefined;
}>;


export type CarloRotateApiKeyMutation = { rotateApiKey: { secret: string, apiKey: { id: string, name: string, mode: ApiKeyMode, displayPrefix: string, last4: string, scopes: Array<ApiKeyScope>, status: ApiKeyStatus, expiresAt: string | null, graceUntil: string | null, lastUsedAt: string | null, createdAt: string } } };

export type CarloRevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type CarloRevokeApiKeyMutation = { revokeApiKey: { id: string, name: string, mode: ApiKeyMode, displayPrefix: string, last4: string, scopes: Array<ApiKeyScope>, status: ApiKeyStatus, expiresAt: string | null, graceUntil: string | null, lastUsedAt: string | null, createdAt: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const SimulationResultFieldsFragmentDoc = new TypedDocumentString(`
    fragment SimulationResultFields on SimulationResult {
  runId
  engineVersion
  seed
  reproducibilityKey
  sampling
  chunkSize
  iterationsRequested
  iterationsRun
  stoppedEarly
  autoStop {
    estimate
    halfWidth
  }
  warnings
  outputs {
    name
    count
    nonFinite
    mean
    std
    skewness
    kurtosis
    min
    max
    meanConfidenceInterval {
      level
      low
      high
    }
    percentiles {
      percentile
      value
    }
    histogram {
      edges
      counts
    }
    cdf {
      value
      probability
    }
    valueAtRisk {
      level
      value
      conditional
    }
    exceedance {
      target
      probability
    }
    convergence {
      iterations
      mean
      ciHalfWidth
    }
  }
  sensitivity {
    output
    sampleSize
    inputs {
      input
      rankCorrelation
      contributionToVariance
      decileMeans
      low
      high
    }
  }
}
    `, {"fragmentName":"SimulationResultFields"}) as unknown as TypedDocumentString<SimulationResultFieldsFragment, unknown>;
export const SimulationRunFieldsFragmentDoc = new TypedDocumentString(`
    fragment SimulationRunFields on SimulationRun {
  id
  status
  async
  progress
  iterations
  iterationsRun
  seed
  reproducibilityKey
  engineVersion
  credits
  attempts
  error
  createdAt
  startedAt
  finishedAt
  durationMs
}
    `, {"fragmentName":"SimulationRunFields"}) as unknown as TypedDocumentString<SimulationRunFieldsFragment, unknown>;
export const ApiKeyFieldsFragmentDoc = new TypedDocumentString(`
    fragment ApiKeyFields on ApiKey {
  id
  name
  mode
  displayPrefix
  last4
  scopes
  status
  expiresAt
  graceUntil
  lastUsedAt
  createdAt
}
    `, {"fragmentName":"ApiKeyFields"}) as unknown as TypedDocumentString<ApiKeyFieldsFragment, unknown>;
export const CarloRunSimulationDocument = new TypedDocumentString(`
    mutation CarloRunSimulation($input: SimulationInput!) {
  runSimulation(input: $input) {
    ...SimulationResultFields
  }
}
    fragment SimulationResultFields on SimulationResult {
  runId
  engineVersion
  seed
  reproducibilityKey
  sampling
  chunkSize
  iterationsRequested
  iterationsRun
  stoppedEarly
  autoStop {
    estimate
    halfWidth
  }
  warnings
  outputs {
    name
    count
    nonFinite
    mean
    std
    skewness
    kurtosis
    min
    max
    meanConfidenceInterval {
      level
      low
      high
    }
    percentiles {
      percentile
      value
    }
    histogram {
      edges
      counts
    }
    cdf {
      value
      probability
    }
    valueAtRisk {
      level
      value
      conditional
    }
    exceedance {
      target
      probability
    }
    convergence {
      iterations
      mean
      ciHalfWidth
    }
  }
  sensitivity {
    output
    sampleSize
    inputs {
      input
      rankCorrelation
      contributionToVariance
      decileMeans
      low
      high
    }
  }
}`) as unknown as TypedDocumentString<CarloRunSimulationMutation, CarloRunSimulationMutationVariables>;
export const CarloStartSimulationDocument = new TypedDocumentString(`
    mutation CarloStartSimulation($input: SimulationInput!) {
  startSimulation(input: $input) {
    ...SimulationRunFields
  }
}
    fragment SimulationRunFields on SimulationRun {
  id
  status
  async
  progress
  iterations
  iterationsRun
  seed
  reproducibilityKey
  engineVersion
  credits
  attempts
  error
  createdAt
  startedAt
  finishedAt
  durationMs
}`) as unknown as TypedDocumentString<CarloStartSimulationMutation, CarloStartSimulationMutationVariables>;
export const CarloSimulationDocument = new TypedDocumentString(`
    query CarloSimulation($id: ID!) {
  simulation(id: $id) {
    ...SimulationRunFields
    input
    result {
      ...SimulationResultFields
    }
  }
}
    fragment SimulationResultFields on SimulationResult {
  runId
  engineVersion
  seed
  reproducibilityKey
  sampling
  chunkSize
  iterationsRequested
  iterationsRun
  stoppedEarly
  autoStop {
    estimate
    halfWidth
  }
  warnings
  outputs {
    name
    count
    nonFinite
    mean
    std
    skewness
    kurtosis
    min
    max
    meanConfidenceInterval {
      level
      low
      high
    }
    percentiles {
      percentile
      value
    }
    histogram {
      edges
      counts
    }
    cdf {
      value
      probability
    }
    valueAtRisk {
      level
      value
      conditional
    }
    exceedance {
      target
      probability
    }
    convergence {
      iterations
      mean
      ciHalfWidth
    }
  }
  sensitivity {
    output
    sampleSize
    inputs {
      input
      rankCorrelation
      contributionToVariance
      decileMeans
      low
      high
    }
  }
}
fragment SimulationRunFields on SimulationRun {
  id
  status
  async
  progress
  iterations
  iterationsRun
  seed
  reproducibilityKey
  engineVersion
  credits
  attempts
  error
  createdAt
  startedAt
  finishedAt
  durationMs
}`) as unknown as TypedDocumentString<CarloSimulationQuery, CarloSimulationQueryVariables>;
export const CarloSimulationProgressDocument = new TypedDocumentString(`
    query CarloSimulationProgress($id: ID!) {
  simulation(id: $id) {
    ...SimulationRunFields
  }
}
    fragment SimulationRunFields on SimulationRun {
  id
  status
  async
  progress
  iterations
  iterationsRun
  seed
  reproducibilityKey
  engineVersion
  credits
  attempts
  error
  createdAt
  startedAt
  finishedAt
  durationMs
}`) as unknown as TypedDocumentString<CarloSimulationProgressQuery, CarloSimulationProgressQueryVariables>;
export const CarloSimulationsDocument = new TypedDocumentString(`
    query CarloSimulations($page: Int! = 1, $perPage: Int! = 25, $status: SimulationStatus) {
  simulations(page: $page, perPage: $perPage, status: $status) {
    items {
      ...SimulationRunFields
    }
    totalCount
    page
    perPage
  }
}
    fragment SimulationRunFields on SimulationRun {
  id
  status
  async
  progress
  iterations
  iterationsRun
  seed
  reproducibilityKey
  engineVersion
  credits
  attempts
  error
  createdAt
  startedAt
  finishedAt
  durationMs
}`) as unknown as TypedDocumentString<CarloSimulationsQuery, CarloSimulationsQueryVariables>;
export const CarloCancelSimulationDocument = new TypedDocumentString(`
    mutation CarloCancelSimulation($id: ID!) {
  cancelSimulation(id: $id) {
    ...SimulationRunFields
  }
}
    fragment SimulationRunFields on SimulationRun {
  id
  status
  async
  progress
  iterations
  iterationsRun
  seed
  reproducibilityKey
  engineVersion
  credits
  attempts
  error
  createdAt
  startedAt
  finishedAt
  durationMs
}`) as unknown as TypedDocumentString<CarloCancelSimulationMutation, CarloCancelSimulationMutationVariables>;
export const CarloReplayIterationDocument = new TypedDocumentString(`
    query CarloReplayIteration($id: ID!, $iteration: Int!) {
  replaySimulationIteration(id: $id, iteration: $iteration) {
    iteration
    inputs {
      name
      value
    }
    outputs {
      name
      value
    }
  }
}
    `) as unknown as TypedDocumentString<CarloReplayIterationQuery, CarloReplayIterationQueryVariables>;
export const CarloQuoteDocument = new TypedDocumentString(`
    query CarloQuote($query: String!, $variables: JSONObject) {
  quote(query: $query, variables: $variables) {
    credits
    maximumCredits
    coveredCredits
    overageCredits
    overageCents
    listPriceCents
    overageCentsPer1000Credits
    refusal
  }
}
    `) as unknown as TypedDocumentString<CarloQuoteQuery, CarloQuoteQueryVariables>;
export const CarloMeDocument = new TypedDocumentString(`
    query CarloMe {
  me {
    id
    company
    email
    status
    plan {
      id
      code
      name
      priceCents
      currency
      includedCredits
      overageCentsPer1000Credits
      rateLimitCreditsPerSecond
      burstCredits
      maxIterationsSync
      maxConcurrentJobs
      features
    }
    access {
      level
      reason
      advice
    }
    credits {
      periodStart
      periodEnd
      includedCredits
      includedRemaining
      prepaidRemaining
      reservedCredits
      usedCredits
      overageCredits
      overageCentsPer1000Credits
    }
  }
}
    `) as unknown as TypedDocumentString<CarloMeQuery, CarloMeQueryVariables>;
export const CarloUsageDocument = new TypedDocumentString(`
    query CarloUsage($period: UsagePeriod! = CURRENT, $groupBy: UsageGroupBy! = DAY) {
  usage(period: $period, groupBy: $groupBy) {
    periodStart
    periodEnd
    groupBy
    calls
    chargedCredits
    overageCredits
    rows {
      group
      calls
      requestedCredits
      chargedCredits
      overageCredits
    }
  }
}
    `) as unknown as TypedDocumentString<CarloUsageQuery, CarloUsageQueryVariables>;
export const CarloApiKeysDocument = new TypedDocumentString(`
    query CarloApiKeys($page: Int! = 1, $perPage: Int! = 25) {
  apiKeys(page: $page, perPage: $perPage) {
    items {
      ...ApiKeyFields
    }
    totalCount
    page
    perPage
  }
}
    fragment ApiKeyFields on ApiKey {
  id
  name
  mode
  displayPrefix
  last4
  scopes
  status
  expiresAt
  graceUntil
  lastUsedAt
  createdAt
}`) as unknown as TypedDocumentString<CarloApiKeysQuery, CarloApiKeysQueryVariables>;
export const CarloCreateApiKeyDocument = new TypedDocumentString(`
    mutation CarloCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    secret
    apiKey {
      ...ApiKeyFields
    }
  }
}
    fragment ApiKeyFields on ApiKey {
  id
  name
  mode
  displayPrefix
  last4
  scopes
  status
  expiresAt
  graceUntil
  lastUsedAt
  createdAt
}`) as unknown as TypedDocumentString<CarloCreateApiKeyMutation, CarloCreateApiKeyMutationVariables>;
export const CarloRotateApiKeyDocument = new TypedDocumentString(`
    mutation CarloRotateApiKey($id: ID!, $graceHours: Int) {
  rotateApiKey(id: $id, graceHours: $graceHours) {
    secret
    apiKey {
      ...ApiKeyFields
    }
  }
}
    fragment ApiKeyFields on ApiKey {
  id
  name
  mode
  displayPrefix
  last4
  scopes
  status
  expiresAt
  graceUntil
  lastUsedAt
  createdAt
}`) as unknown as TypedDocumentString<CarloRotateApiKeyMutation, CarloRotateApiKeyMutationVariables>;
export const CarloRevokeApiKeyDocument = new TypedDocumentString(`
    mutation CarloRevokeApiKey($id: ID!) {
  revokeApiKey(id: $id) {
    ...ApiKeyFields
  }
}
    fragment ApiKeyFields on ApiKey {
  id
  name
  mode
  displayPrefix
  last4
  scopes
  status
  expiresAt
  graceUntil
  lastUsedAt
  createdAt
}`) as unknown as TypedDocumentString<CarloRevokeApiKeyMutation, CarloRevokeApiKeyMutationVariables>;