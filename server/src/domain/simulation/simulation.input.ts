import { Field, Float, InputType, Int } from 'type-graphql';
import type { DistributionType } from './engine/index.js';
import { AutoStopStatisticEnum, CorrelationMethodEnum, DistributionTypeEnum, SamplingMethodEnum } from './simulation-enums.js';

/**
 * Mirrors the engine's ModelSpec one to one; the engine validates every value and names the
 * field of any problem, so these classes carry no validators of their own.
 */
@InputType({ description: 'A distribution: `type` and the parameters that type uses (see each parameter).' })
export class DistributionInput {
  @Field(() => DistributionTypeEnum)
  type!: DistributionType;

  @Field(() => Float, { nullable: true, description: 'NORMAL.' })
  mean?: number | null;

  @Field(() => Float, { nullable: true, description: 'NORMAL: standard deviation, > 0.' })
  sd?: number | null;

  @Field(() => Float, { nullable: true, description: 'LOGNORMAL: mean of the logarithm.' })
  mu?: number | null;

  @Field(() => Float, { nullable: true, description: 'LOGNORMAL: standard deviation of the logarithm, > 0.' })
  sigma?: number | null;

  @Field(() => Float, { nullable: true, description: 'UNIFORM, TRIANGULAR, PERT; BETA (default 0).' })
  min?: number | null;

  @Field(() => Float, { nullable: true, description: 'UNIFORM, TRIANGULAR, PERT; BETA (default 1).' })
  max?: number | null;

  @Field(() => Float, { nullable: true, description: 'TRIANGULAR, PERT: most likely value.' })
  mode?: number | null;

  @Field(() => Float, { nullable: true, description: 'BETA.' })
  alpha?: number | null;

  @Field(() => Float, { nullable: true, description: 'BETA.' })
  beta?: number | null;

  @Field(() => Float, { nullable: true, description: 'GAMMA, WEIBULL, PARETO.' })
  shape?: number | null;

  @Field(() => Float, { nullable: true, description: 'GAMMA, WEIBULL, PARETO, LOGISTIC; STUDENT_T (default 1).' })
  scale?: number | null;

  @Field(() => Float, { nullable: true, description: 'EXPONENTIAL.' })
  rate?: number | null;

  @Field(() => Float, { nullable: true, description: 'POISSON: mean count.' })
  lambda?: number | null;

  @Field(() => Float, { nullable: true, description: 'STUDENT_T: degrees of freedom, > 0.' })
  df?: number | null;

  @Field(() => Float, { nullable: true, description: 'LOGISTIC; STUDENT_T (default 0).' })
  location?: number | null;

  @Field(() => Float, { nullable: true, description: 'BERNOULLI, BINOMIAL: probability of success.' })
  p?: number | null;

  @Field(() => Float, { nullable: true, description: 'BINOMIAL: number of trials (a whole number).' })
  n?: number | null;

  @Field(() => [Float], { nullable: true, description: 'DISCRETE: the values; CUSTOM: the x of a CDF table.' })
  values?: number[] | null;

  @Field(() => [Float], { nullable: true, description: 'DISCRETE: one per value, adding up to 1; CUSTOM: one per histogram bin.' })
  probabilities?: number[] | null;

  @Field(() => [Float], { nullable: true, description: 'EMPIRICAL: the observed data.' })
  data?: number[] | null;

  @Field(() => [Float], { nullable: true, description: 'CUSTOM histogram: bin edges, increasing.' })
  bins?: number[] | null;

  @Field(() => [Float], { nullable: true, description: 'CUSTOM CDF table: P(X <= values[i]), from 0 to 1.' })
  cdf?: number[] | null;
}

@InputType({ description: 'An uncertain input of the model.' })
export class ModelInputInput {
  @Field(() => String, { description: 'Letters, digits and _, starting with a letter or _; formulas refer to it.' })
  name!: string;

  @Field(() => DistributionInput)
  distribution!: DistributionInput;

  @Field(() => Float, { nullable: true, description: 'Samples below are cut off (the distribution is renormalised).' })
  truncateMin?: number | null;

  @Field(() => Float, { nullable: true })
  truncateMax?: number | null;

  @Field(() => Float, { nullable: true, description: 'Added to every sample after truncation.' })
  shift?: number | null;
}

@InputType({ description: 'An output computed by a formula over inputs and earlier outputs.' })
export class ModelOutputInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, {
    description: 'Arithmetic, comparisons, if, min, max, abs, exp, log, sqrt, pow, round(x, digits); names of inputs and earlier outputs.',
  })
  formula!: string;
}

@InputType({ description: 'Target rank (Spearman) correlations between some inputs.' })
export class CorrelationInput {
  @Field(() => CorrelationMethodEnum, { nullable: true, description: 'Default GAUSSIAN_COPULA.' })
  method?: CorrelationMethodEnum | null;

  @Field(() => [String], { description: 'Input names, in matrix order.' })
  inputs!: string[];

  @Field(() => [[Float]], { description: 'Symmetric, unit diagonal; one that is not positive semi-definite is repaired with a warning.' })
  matrix!: number[][];
}

@InputType({ description: 'Stop early, at a chunk boundary, once a statistic is known within a tolerance.' })
export class AutoStopInput {
  @Field(() => String)
  output!: string;

  @Field(() => AutoStopStatisticEnum)
  statistic!: AutoStopStatisticEnum;

  @Field(() => Float, { nullable: true, description: 'PERCENTILE: which one, strictly between 0 and 100.' })
  percentile?: number | null;

  @Field(() => Float, { nullable: true, description: 'PROBABILITY: the target of P(X > target).' })
  target?: number | null;

  @Field(() => Float, { description: 'Half-width of the 95% confidence interval to reach.' })
  tolerance!: number;

  @Field(() => Boolean, { nullable: true, description: 'The tolerance is relative to the estimate.' })
  relative?: boolean | null;
}

@InputType({ description: 'Which statistics to compute besides the defaults.' })
export class StatisticsOptionsInput {
  @Field(() => [Float], { nullable: true, description: 'Default 1, 2.5, 5, 10, 20, 25, 50, 75, 80, 90, 95, 97.5, 99.' })
  percentiles?: number[] | null;

  @Field(() => Int, { nullable: true, description: 'Default 50.' })
  histogramBins?: number | null;

  @Field(() => [Float], { nullable: true, description: 'P(X > target) is reported for each.' })
  targets?: number[] | null;

  @Field(() => [Float], { nullable: true, description: 'VaR and CVaR levels, default 0.95 and 0.99.' })
  varLevels?: number[] | null;
}

@InputType({ description: 'A Monte Carlo model. The same model and seed give the same result bits on any number of workers.' })
export class SimulationInput {
  @Field(() => Int, { description: "Iterations to run: at most the plan's maxIterationsSync for runSimulation." })
  iterations!: number;

  @Field(() => Float, { nullable: true, description: 'A whole number from 0 to 4294967295; chosen at random when left out.' })
  seed?: number | null;

  @Field(() => SamplingMethodEnum, { nullable: true, description: 'Default MONTE_CARLO.' })
  sampling?: SamplingMethodEnum | null;

  @Field(() => [ModelInputInput])
  inputs!: ModelInputInput[];

  @Field(() => [ModelOutputInput])
  outputs!: ModelOutputInput[];

  @Field(() => CorrelationInput, { nullable: true })
  correlation?: CorrelationInput | null;

  @Field(() => AutoStopInput, { nullable: true })
  autoStop?: AutoStopInput | null;

  @Field(() => StatisticsOptionsInput, { nullable: true })
  statistics?: StatisticsOptionsInput | null;
}
