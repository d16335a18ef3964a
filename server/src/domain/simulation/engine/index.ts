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

/**
 * Compiled formula operations that cost as much CPU as sampling one input or keeping one output
 * (about 64 column operations, measured with `npm run bench:pricing`).
 */
export const OPERATIONS_PER_WORK_UNIT = 64;

/**
 * Work units of one iteration: sampled inputs + outputs beyond the first + compiled formula
 * operations / OPERATIONS_PER_WORK_UNIT (rounded down). A simple model (a few inputs, one short
 * formula) is worth exactly its inputs, so it keeps the price of sampled values; many outputs and
 * long formulas pay for the work they cause.
 */
export function workPerIteration(size: { inputs: number; outputs: number; operations: number }): number {
  return size.inputs + Math.max(0, size.outputs - 1) + Math.floor(size.operations / OPERATIONS_PER_WORK_UNIT);
}

/** The size of a compiled model that its price is based on. */
export function modelWorkPerIteration(model: CompiledModel): number {
  return workPerIteration({
    inputs: model.inputNames.length,
    outputs: model.outputNames.length,
    operations: model.program.instructions.length,
  });
}

/** Work units of a whole run: iterations x work per iteration. */
export function workUnits(model: CompiledModel): number {
  return model.iterations * modelWorkPerIteration(model);
}
