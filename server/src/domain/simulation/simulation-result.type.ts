import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SamplingMethodEnum } from './simulation-enums.js';

/*
 * The engine's SimulationResult as GraphQL types. Statistics of an output with no finite values
 * are NaN in the engine and null here (JSON has no NaN), so those fields are nullable.
 */

@ObjectType()
export class PercentileValue {
  @Field(() => Float)
  percentile!: number;

  @Field(() => Float, { nullable: true })
  value!: number | null;
}

@ObjectType({ description: 'Equal-width bins: counts[i] values lie in [edges[i], edges[i + 1]).' })
export class Histogram {
  @Field(() => [Float])
  edges!: number[];

  @Field(() => [Int])
  counts!: number[];
}

@ObjectType({ description: 'P(X <= value).' })
export class CdfPoint {
  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => Float, { nullable: true })
  probability!: number | null;
}

@ObjectType({ description: 'Value at risk at a level (the level quantile) and the conditional VaR beyond it.' })
export class ValueAtRisk {
  @Field(() => Float)
  level!: number;

  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => Float, { nullable: true, description: 'CVaR: mean of the values at or beyond the VaR.' })
  conditional!: number | null;
}

@ObjectType({ description: 'P(X > target).' })
export class Exceedance {
  @Field(() => Float)
  target!: number;

  @Field(() => Float, { nullable: true })
  probability!: number | null;
}

@ObjectType()
export class ConfidenceInterval {
  @Field(() => Float)
  level!: number;

  @Field(() => Float, { nullable: true })
  low!: number | null;

  @Field(() => Float, { nullable: true })
  high!: number | null;
}

@ObjectType({ description: 'The running mean and its 95% half-width after each chunk.' })
export class ConvergencePoint {
  @Field(() => Int)
  iterations!: number;

  @Field(() => Float, { nullable: true })
  mean!: number | null;

  @Field(() => Float, { nullable: true })
  ciHalfWidth!: number | null;
}

@ObjectType({ description: 'Exact statistics of one output, from its sorted values.' })
export class OutputStatistics {
  @Field(() => String)
  name!: string;

  @Field(() => Int, { description: 'Finite values the statistics use.' })
  count!: number;

  @Field(() => Int, { description: 'NaN and infinite values, left out of the statistics.' })
  nonFinite!: number;

  @Field(() => Float, { nullable: true })
  mean!: number | null;

  @Field(() => Float, { nullable: true })
  std!: number | null;

  @Field(() => Float, { nullable: true })
  skewness!: number | null;

  @Field(() => Float, { nullable: true, description: 'Excess kurtosis (0 for a normal).' })
  kurtosis!: number | null;

  @Field(() => Float, { nullable: true })
  min!: number | null;

  @Field(() => Float, { nullable: true })
  max!: number | null;

  @Field(() => ConfidenceInterval)
  meanConfidenceInterval!: ConfidenceInterval;

  @Field(() => [PercentileValue], { description: "NumPy's default (linear) interpolation." })
  percentiles!: PercentileValue[];

  @Field(() => Histogram)
  histogram!: Histogram;

  @Field(() => [CdfPoint], { description: 'At the histogram edges.' })
  cdf!: CdfPoint[];

  @Field(() => [ValueAtRisk])
  valueAtRisk!: ValueAtRisk[];

  @Field(() => [Exceedance])
  exceedance!: Exceedance[];

  @Field(() => [ConvergencePoint])
  convergence!: ConvergencePoint[];
}

@ObjectType({ description: 'How much one input drives one output.' })
export class InputSensitivity {
  @Field(() => String)
  input!: string;

  @Field(() => Float, { nullable: true, description: 'Spearman rank correlation between the input and the output.' })
  rankCorrelation!: number | null;

  @Field(() => Float, { nullable: true, description: 'Squared rank correlation, normalised over the inputs.' })
  contributionToVariance!: number | null;

  @Field(() => [Float], { nullable: 'items', description: 'Tornado: the output mean in each input decile, lowest first.' })
  decileMeans!: (number | null)[];

  @Field(() => Float, { nullable: true, description: 'Tornado: output mean in the lowest input decile.' })
  low!: number | null;

  @Field(() => Float, { nullable: true, description: 'Tornado: output mean in the highest input decile.' })
  high!: number | null;
}

@ObjectType()
export class OutputSensitivity {
  @Field(() => String)
  output!: string;

  @Field(() => Int, { description: 'Iterations the sensitivity is computed on (the first chunk).' })
  sampleSize!: number;

  @Field(() => [InputSensitivity])
  inputs!: InputSensitivity[];
}

@ObjectType()
export class AutoStopOutcome {
  @Field(() => Float, { nullable: true })
  estimate!: number | null;

  @Field(() => Float, { nullable: true })
  halfWidth!: number | null;
}

export enum CorrelationMatrixKind {
  SPEARMAN_TARGET = 'SPEARMAN_TARGET',
  COPULA_PEARSON = 'COPULA_PEARSON',
}
registerEnumType(CorrelationMatrixKind, {
  name: 'CorrelationMatrixKind',
  description: 'SPEARMAN_TARGET: the rank correlation matrix as given; COPULA_PEARSON: the normal-scale Pearson matrix derived from it.',
});

@ObjectType({
  description:
    'A correlation matrix that was not positive semi-definite, and the matrices used instead (nearest correlation matrix, Higham).',
})
export class CorrelationRepair {
  @Field(() => [CorrelationMatrixKind], { description: 'Which matrices were repaired.' })
  repaired!: CorrelationMatrixKind[];

  @Field(() => [String], { description: 'The correlated inputs, in matrix order.' })
  inputs!: string[];

  @Field(() => [[Float]], { description: 'The Spearman matrix the run targeted.' })
  spearman!: number[][];

  @Field(() => [[Float]], { description: 'The normal-scale Pearson matrix the run used.' })
  pearson!: number[][];
}

@ObjectType('SimulationResult', { description: 'What a run computed, with what it takes to reproduce it bit for bit.' })
export class SimulationResultType {
  @Field(() => ID, { description: 'The stored run: simulation(id) returns it again.' })
  runId!: string;

  @Field(() => String)
  engineVersion!: string;

  @Field(() => Float, { description: 'Send it back with the same model to get the same bits.' })
  seed!: number;

  @Field(() => String, { description: 'SHA-256 of the canonical model, the seed and the engine version.' })
  reproducibilityKey!: string;

  @Field(() => SamplingMethodEnum)
  sampling!: SamplingMethodEnum;

  @Field(() => Int)
  chunkSize!: number;

  @Field(() => Int)
  iterationsRequested!: number;

  @Field(() => Int, { description: 'Fewer than requested when an auto-stop rule was met.' })
  iterationsRun!: number;

  @Field(() => Boolean)
  stoppedEarly!: boolean;

  @Field(() => AutoStopOutcome, { nullable: true })
  autoStop!: AutoStopOutcome | null;

  @Field(() => [String])
  warnings!: string[];

  @Field(() => CorrelationRepair, { nullable: true, description: 'Set when the correlation matrix had to be repaired.' })
  correlationRepair!: CorrelationRepair | null;

  @Field(() => [OutputStatistics])
  outputs!: OutputStatistics[];

  @Field(() => [OutputSensitivity])
  sensitivity!: OutputSensitivity[];
}

@ObjectType({ description: 'A value of one input or output in one iteration.' })
export class NamedValue {
  @Field(() => String)
  name!: string;

  @Field(() => Float, { nullable: true })
  value!: number | null;
}

@ObjectType({ description: 'One iteration of a run, recomputed exactly as the run computed it.' })
export class ReplayedIteration {
  @Field(() => Int)
  iteration!: number;

  @Field(() => [NamedValue])
  inputs!: NamedValue[];

  @Field(() => [NamedValue])
  outputs!: NamedValue[];
}
