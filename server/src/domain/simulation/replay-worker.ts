/** Worker thread entry: replays one iteration (its whole chunk) off the event loop, then exits. */
import { parentPort, workerData } from 'node:worker_threads';
import { compileModel, type ModelSpec, replayIteration } from './engine/index.js';
import { MAX_INPUTS, MAX_JOB_ITERATIONS, MAX_OUTPUTS } from './simulation-limits.js';

const { spec, seed, iteration } = workerData as { spec: ModelSpec; seed: number; iteration: number };
const model = compileModel({ ...spec, seed }, { maxIterations: MAX_JOB_ITERATIONS, maxInputs: MAX_INPUTS, maxOutputs: MAX_OUTPUTS });
parentPort?.postMessage(replayIteration(model, seed, iteration));
