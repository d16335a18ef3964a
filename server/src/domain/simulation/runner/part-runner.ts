/**
 * Runs the chunks [firstChunk, endChunk) of a model on a worker thread of its own, one chunk per
 * message, and returns their reports and output columns: the durable part of a distributed run.
 * Each chunk is the same pure function of (model, seed, chunk) a single-process run computes.
 */
import { Worker } from 'node:worker_threads';
import type { ChunkReport } from '../engine/chunk-report.js';
import { CHUNK_SIZE, type CompiledModel } from '../engine/index.js';
import { SimulationCancelledError, SimulationWorkerError } from './errors.js';
import type { FromPartWorker, ToPartWorker } from './part-messages.js';

const WORKER_URL = new URL('./part-worker.ts', import.meta.url);

export type PartChunks = { firstChunk: number; endChunk: number };
export type PartOutcome = { reports: ChunkReport[]; outputs: Float64Array[] };
export type PartRunOptions = { signal?: AbortSignal; onChunk?: (iterationsDone: number) => void };

/** Iterations covered by chunks [firstChunk, endChunk) of a run of `iterations`. */
export function partIterations(iterations: number, part: PartChunks): number {
  return Math.max(0, Math.min(part.endChunk * CHUNK_SIZE, iterations) - part.firstChunk * CHUNK_SIZE);
}

export async function runPartChunks(
  model: CompiledModel,
  seed: number,
  part: PartChunks,
  options: PartRunOptions = {},
): Promise<PartOutcome> {
  const total = partIterations(model.iterations, part);
  const outputs = model.outputNames.map(() => new Float64Array(total));
  const reports: ChunkReport[] = [];
  const worker = new Worker(WORKER_URL, { execArgv: ['--import', 'tsx'], resourceLimits: { maxYoungGenerationSizeMb: 4 } });
  try {
    worker.postMessage({ type: 'load', spec: model.spec, limits: model.limits } satisfies ToPartWorker);
    let done = 0;
    for (let chunk = part.firstChunk; chunk < part.endChunk && done < total; chunk++) {
      // The stop is seen at a chunk boundary: the chunk in flight finishes or is discarded.
      if (options.signal?.aborted) throw new SimulationCancelledError();
      const reply = await ask(worker, { type: 'chunk', seed, chunk });
      outputs.forEach((out, o) => out.set(reply.columns[o], done));
      reports.push(reply.report);
      done += reply.report.length;
      options.onChunk?.(done);
    }
    if (options.signal?.aborted) throw new SimulationCancelledError();
    return { reports, outputs };
  } finally {
    await worker.terminate();
  }
}

function ask(worker: Worker, message: ToPartWorker): Promise<Extract<FromPartWorker, { type: 'chunk' }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (reply: FromPartWorker): void => {
      cleanup();
      if (reply.type === 'chunk') resolve(reply);
      else reject(new SimulationWorkerError(reply.message));
    };
    const onError = (error: Error): void => {
      cleanup();
      reject(new SimulationWorkerError(`A simulation part worker crashed: ${error.message}`));
    };
    const cleanup = (): void => {
      worker.off('message', onMessage);
      worker.off('error', onError);
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.postMessage(message);
  });
}
