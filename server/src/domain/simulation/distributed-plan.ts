/**
 * Which jobs are split over every worker process, and how (engine README, "One job over many machines").
 * A part is a run of consecutive chunks; its id as a pg-boss job is derived from the run id,
 * so sending a part twice (a retried coordinator) is ignored by the queue.
 */
import { createHash } from 'node:crypto';
import { CHUNK_SIZE, type CompiledModel } from './engine/index.js';
import type { PartChunks } from './runner/part-runner.js';

/** Chunks per part: 524,288 iterations, at most 4 MiB of stored values per output. */
export const PART_CHUNKS = 8;

/** Jobs of at least this many chunks (2,097,152 iterations, 4 parts) are distributed. */
export const DISTRIBUTE_MIN_CHUNKS = 32;

/**
 * Auto-stop decides chunk by chunk, in order, whether to go on; a job with a rule stays on one
 * process, whose pool runs only the chunks the rule needs.
 */
export function distributes(model: CompiledModel): boolean {
  return model.autoStop === null && Math.ceil(model.iterations / CHUNK_SIZE) >= DISTRIBUTE_MIN_CHUNKS;
}

export function partPlan(iterations: number): PartChunks[] {
  const chunks = Math.ceil(iterations / CHUNK_SIZE);
  return Array.from({ length: Math.ceil(chunks / PART_CHUNKS) }, (_, p) => ({
    firstChunk: p * PART_CHUNKS,
    endChunk: Math.min(chunks, (p + 1) * PART_CHUNKS),
  }));
}

/** Parts a job of this many iterations would have (for cancelling their queued jobs). */
export function partCount(iterations: number): number {
  return Math.ceil(Math.ceil(iterations / CHUNK_SIZE) / PART_CHUNKS);
}

/** A UUID (version 8, name-based) for part `part` of run `runId`: pg-boss job ids are UUIDs. */
export function partJobId(runId: string, part: number): string {
  const hex = createHash('sha256').update(`${runId}:part:${part}`).digest('hex');
  const variant = ((Number.parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
