/** Messages between a part runner (main thread) and its part worker. */
import type { ChunkReport } from '../engine/chunk-report.js';
import type { EngineLimits, ModelSpec } from '../engine/index.js';

export type ToPartWorker = { type: 'load'; spec: ModelSpec; limits: EngineLimits } | { type: 'chunk'; seed: number; chunk: number };

export type FromPartWorker = { type: 'chunk'; report: ChunkReport; columns: Float64Array[] } | { type: 'error'; message: string };
