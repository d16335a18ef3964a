/** Messages between the pool (main thread) and chunk workers. */
import type { ChunkReport } from '../engine/chunk-report.js';
import type { EngineLimits, ModelSpec } from '../engine/index.js';

export type ToWorker =
  | { type: 'load'; runId: number; spec: ModelSpec; limits: EngineLimits; outputs: SharedArrayBuffer[] }
  | { type: 'chunk'; runId: number; seed: number; chunk: number }
  | { type: 'sort' | 'partition'; buffer: SharedArrayBuffer; from: number; to: number }
  | { type: 'release'; runId: number };

export type FromWorker =
  | { type: 'chunk'; runId: number; report: ChunkReport }
  | { type: 'sorted' }
  | { type: 'partitioned'; middle: number }
  | { type: 'error'; message: string };
