/** Public surface of the pure simulation engine (no I/O; the runner adds workers and hashing). */
export { CHUNK_SIZE, ENGINE_VERSION, MAX_SEED, SENSITIVITY_ITERATIONS } from './constants.js';
export { compileModel, type CompiledModel } from './compile-model.js';
export { ModelValidationError } from './errors.js';
export { DISTRIBUTION_PARAMETERS } from './distributions/build.js';
export { replayIteration, reproducibilityKeyInput, type ReplayedIteration } from './replay.js';
export { sampleIterations, type SampleColumns } from './samples.js';
export type { OutputStatistics, SimulationResult, ConvergencePoint } from './result.js';
export type { OutputSensitivity, InputSensitivity } from './stats/sensitivity.js';
export { DISTRIBUTION_TYPES } from './types.js';
export type {
  AutoStopSpec,
  CorrelationSpec,
  DistributionSpec,
  DistributionType,
  EngineLimits,
  InputSpec,
  ModelSpec,
  OutputSpec,
  SamplingMethod,
  StatisticsSpec,
} from './types.js';
import type { CompiledModel } from './compile-model.js';

/** Values the run samples (iterations x inputs); the price of a run is based on it. */
export function sampledValues(model: CompiledModel): number {
  return model.iterations * model.inputNames.length;
}
