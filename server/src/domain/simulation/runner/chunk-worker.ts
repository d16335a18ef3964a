/**
 * Worker-thread entry: simulates chunks and writes each output column straight into the
 * run's SharedArrayBuffer, then reports the chunk summary. At the end of a run it computes an
 * output's order statistics in place in that buffer (selection, not a sort). The pool loads it with `--import tsx` (see pool.ts).
 */
import { parentPort } from 'node:worker_threads';
import { summarizeChunk } from '../engine/chunk-report.js';
import { CHUNK_SIZE, compileModel, type CompiledModel } from '../engine/index.js';
import { ChunkWorkspace, simulateChunk } from '../engine/simulate-chunk.js';
import { orderStatistics } from '../engine/stats/order-statistics.js';
import type { FromWorker, ToWorker } from './messages.js';

type LoadedRun = { model: CompiledModel; ws: ChunkWorkspace; outputs: Float64Array[] };
const runs = new Map<number, LoadedRun>();
/**
 * Columns of released runs, reused by the next: a run's workspace is 0.5 MiB per register, and
 * freed typed arrays wait for a full garbage collection, so a pool that had run a few models held
 * their workspaces too (21 MiB more at the peak of a 10M-iteration run with 2 workers: 264 against 243).
 */
const spareColumns: Float64Array[] = [];
const column = (): Float64Array => spareColumns.pop() ?? new Float64Array(CHUNK_SIZE);
const port = parentPort;
if (port === null) throw new Error('chunk-worker must run in a worker thread.');

function handle(message: ToWorker): FromWorker | null {
  switch (message.type) {
    case 'load': {
      const model = compileModel(message.spec, message.limits);
      runs.set(message.runId, { model, ws: new ChunkWorkspace(model, column), outputs: message.outputs.map((b) => new Float64Array(b)) });
      return null;
    }
    case 'release': {
      const run = runs.get(message.runId);
      runs.delete(message.runId);
      if (run !== undefined) spareColumns.push(...run.ws.columns());
      return null;
    }
    case 'stats':
      return { type: 'stats', summary: orderStatistics(new Float64Array(message.buffer, 0, message.length), message.statistics) };
    case 'chunk': {
      const run = runs.get(message.runId);
      if (run === undefined) throw new Error(`Run ${message.runId} is not loaded.`);
      const m = simulateChunk(run.model, message.seed, message.chunk, run.ws);
      const k = run.model.inputNames.length;
      run.outputs.forEach((out, o) => out.set(run.ws.registers[k + o].subarray(0, m), message.chunk * CHUNK_SIZE));
      return { type: 'chunk', runId: message.runId, report: summarizeChunk(run.model, run.ws, message.chunk, m) };
    }
  }
}

port.on('message', (message: ToWorker) => {
  try {
    const reply = handle(message);
    if (reply !== null) port.postMessage(reply);
  } catch (error) {
    port.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) } satisfies FromWorker);
  }
});
