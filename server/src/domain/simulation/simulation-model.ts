import { createHash, randomInt } from 'node:crypto';
import {
  compileModel,
  type CompiledModel,
  MAX_SEED,
  type ModelSpec,
  modelWorkPerIteration,
  OPERATIONS_PER_WORK_UNIT,
  reproducibilityKeyInput,
} from './engine/index.js';
import { badInput, mapModelError } from './simulation.errors.js';
import { MAX_INPUTS, MAX_JOB_ITERATIONS, MAX_OUTPUTS, MAX_STORED_VALUES } from './simulation-limits.js';

/** A validated model with its seed fixed, ready for the pool or the queue. */
export type PreparedModel = {
  /** The model as sent (plain JSON), without the seed chosen for it. */
  spec: ModelSpec;
  seed: number;
  model: CompiledModel;
  reproducibilityKey: string;
  /** Work units of one iteration (inputs + outputs beyond the first + operations / 64): what metering prices. */
  workPerIteration: number;
  /** Work units of the whole run: iterations x workPerIteration. */
  workUnits: number;
};

/** The plan's limits on the size of one run. */
export type RunLimits = { maxIterations: number; maxWorkUnitsPerRun: number };

/** Plain JSON of a GraphQL input: class instances and undefined members become a ModelSpec. */
export function toModelSpec(input: object): ModelSpec {
  return JSON.parse(JSON.stringify(input)) as ModelSpec;
}

/**
 * Validates a model completely before any work (every problem is BAD_USER_INPUT naming its
 * field) and fixes its seed, so every attempt of a job computes the same bits.
 */
/** The operation a model is prepared for: a run* operation answers now, its start* twin queues a job. */
export type ModelPurpose = 'runSimulation' | 'startSimulation' | 'runWorkbook' | 'startWorkbook';

export function prepareModel(input: object, limits: RunLimits, purpose: ModelPurpose): PreparedModel {
  const { maxIterations } = limits;
  const spec = toModelSpec(input);
  const iterations = spec.iterations;
  if (Number.isInteger(iterations) && iterations > maxIterations && iterations <= MAX_JOB_ITERATIONS && purpose.startsWith('run')) {
    throw badInput(
      'input.iterations',
      `${purpose} runs at most ${maxIterations} iterations on your plan (got ${iterations}). Use ${purpose.replace('run', 'start')} for up to ${MAX_JOB_ITERATIONS} iterations, or upgrade your plan.`,
    );
  }
  const seed = spec.seed ?? randomInt(0, MAX_SEED + 1);
  let model: CompiledModel;
  try {
    model = compileModel({ ...spec, seed }, { maxIterations, maxInputs: MAX_INPUTS, maxOutputs: MAX_OUTPUTS });
  } catch (error) {
    throw mapModelError(error);
  }
  if (model.iterations * model.outputNames.length > MAX_STORED_VALUES) {
    throw badInput(
      'input.iterations',
      `iterations x outputs may be at most ${MAX_STORED_VALUES} (got ${model.iterations * model.outputNames.length}). Use fewer iterations or split the outputs over several runs.`,
    );
  }
  const workPerIteration = modelWorkPerIteration(model);
  const workUnits = model.iterations * workPerIteration;
  if (workUnits > limits.maxWorkUnitsPerRun) {
    throw badInput(
      'input',
      `This run is ${workUnits} work units (${model.iterations} iterations x ${workPerIteration} per iteration: inputs + outputs beyond the first + formula operations / ${OPERATIONS_PER_WORK_UNIT}); your plan allows at most ${limits.maxWorkUnitsPerRun} per run. Use fewer iterations, outputs or formula terms, split the model over several runs, or upgrade your plan.`,
    );
  }
  const reproducibilityKey = createHash('sha256').update(reproducibilityKeyInput(model, seed)).digest('hex');
  return { spec, seed, model, reproducibilityKey, workPerIteration, workUnits };
}

/** Recompiles a stored run's model (already validated when it was accepted) with its seed. */
export function compileStored(spec: ModelSpec, seed: number): CompiledModel {
  return compileModel({ ...spec, seed }, { maxIterations: MAX_JOB_ITERATIONS, maxInputs: MAX_INPUTS, maxOutputs: MAX_OUTPUTS });
}
