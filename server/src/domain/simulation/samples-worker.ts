/** Worker thread entry: recomputes the first iterations of a stored run off the event loop, then exits. */
import { parentPort, workerData } from 'node:worker_threads';
import { type ModelSpec, sampleIterations } from './engine/index.js';
import { compileStored } from './simulation-model.js';

const { spec, seed, count } = workerData as { spec: ModelSpec; seed: number; count: number };
const columns = sampleIterations(compileStored(spec, seed), seed, count);
const buffers = [...columns.inputs, ...columns.outputs].map((column) => column.buffer as ArrayBuffer);
parentPort?.postMessage(columns, buffers);
