/** Worker thread entry: recomputes the first iterations of a stored run off the event loop, then exits. */
import { parentPort, workerData } from 'node:worker_threads';
import { compileModel, type ModelSpec, sampleIterations } from './engine/index.js';
import { MAX_INPUTS, MAX_JOB_ITERATIONS, MAX_OUTPUTS } from './simulation-limits.js';

const { spec, seed, count } = workerData as { spec: ModelSpec; seed: number; count: number };
const model = compileModel({ ...spec, seed }, { maxIterations: MAX_JOB_ITERATIONS, maxInputs: MAX_INPUTS, maxOutputs: MAX_OUTPUTS });
const columns = sampleIterations(model, seed, count);
const buffers = [...columns.inputs, ...columns.outputs].map((column) => column.buffer as ArrayBuffer);
parentPort?.postMessage(columns, buffers);
