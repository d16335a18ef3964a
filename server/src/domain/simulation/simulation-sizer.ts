import { compileModel, modelWorkPerIteration } from './engine/index.js';
import { MAX_INPUTS, MAX_JOB_ITERATIONS, MAX_OUTPUTS } from './simulation-limits.js';
import { toModelSpec } from './simulation-model.js';

/**
 * `workUnits` = iterations x (inputs + outputs beyond the first + compiled formula operations / 64)
 * of the `input` argument: what metering prices runSimulation and startSimulation by (@costBySize),
 * so `quote` shows the price of the work before anything runs. The formulas are compiled to count
 * their operations (bounded: formulas are at most 10,000 characters). Malformed or out-of-range
 * arguments measure 0 (the minimum price applies): the resolver refuses them with BAD_USER_INPUT
 * naming the field, which tells the caller more than a cost limit would, and a refused field is never charged.
 */
export function workUnitsOfArgs(args: Record<string, unknown>): number {
  const input = args.input;
  if (input === null || typeof input !== 'object') return 0;
  try {
    const model = compileModel(toModelSpec(input), { maxIterations: MAX_JOB_ITERATIONS, maxInputs: MAX_INPUTS, maxOutputs: MAX_OUTPUTS });
    return model.iterations * modelWorkPerIteration(model);
  } catch {
    return 0;
  }
}
