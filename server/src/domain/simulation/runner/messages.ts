/** Messages between the pool (main thread) and chunk workers. */
import type { ChunkReport } from '../engine/chunk-report.js';
import type { StatisticsOptions } from '../engine/compile-options.js';
import type { EngineLimits, ModelSpec } from '../engine/index.js';
import type { OrderStatistics } from '../engine/stats/order-statistics.js';

export type ToWorker =
  | { type: 'load'; runId: number; spec: ModelSpec; limits: EngineLimits; outputs: SharedArrayBuffer[] }
  | { type: 'chunk'; runId: number; seed: number; chunk: number }
  | { type: 'stats'; buffer: SharedArrayBuffer; length: number; statistics: StatisticsOptions }
  | { type: 'release'; runId: number };

export type FromWorker =
  | { type: 'chunk'; runId: number; report: ChunkReport }
  | { type: 'stats'; summary: OrderStatistics }
  | { type: 'error'; message: string };
