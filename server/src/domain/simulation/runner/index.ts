/** Public surface of the simulation runner: worker-thread execution of compiled models. */
import { availableParallelism } from 'node:os';
import type { CompiledModel, SimulationResult } from '../engine/index.js';
import { SimulationPool, type RunOptions } from './pool.js';

export { replayIteration, type ReplayedIteration } from '../engine/index.js';
export { SimulationCancelledError, SimulationTimeoutError, SimulationWorkerError } from './errors.js';
export { SimulationPool, type RunOptions } from './pool.js';

export type RunModelOptions = RunOptions & { workers?: number };

/** Runs a model on a temporary pool; long-lived servers should keep one SimulationPool instead. */
export async function runModel(model: CompiledModel, options: RunModelOptions = {}): Promise<SimulationResult> {
  const pool = new SimulationPool(options.workers ?? Math.min(2, availableParallelism()));
  try {
    return await pool.run(model, options);
  } finally {
    await pool.close();
  }
}
