/**
 * Worker-thread entry for one part of a distributed run: simulates the chunks the parent asks
 * for, one message each, and sends back the chunk report with a copy of each output column.
 * One chunk per message lets the parent stop at any chunk boundary (cancel, shutdown).
 */
import { parentPort } from 'node:worker_threads';
import { summarizeChunk } from '../engine/chunk-report.js';
import { compileModel, type CompiledModel } from '../engine/index.js';
import { ChunkWorkspace, simulateChunk } from '../engine/simulate-chunk.js';
import type { FromPartWorker, ToPartWorker } from './part-messages.js';

const port = parentPort;
if (port === null) throw new Error('part-worker must run in a worker thread.');
let loaded: { model: CompiledModel; ws: ChunkWorkspace } | null = null;

function handle(message: ToPartWorker): FromPartWorker | null {
  if (message.type === 'load') {
    const model = compileModel(message.spec, message.limits);
    loaded = { model, ws: new ChunkWorkspace(model) };
    return null;
  }
  if (loaded === null) throw new Error('No model is loaded.');
  const { model, ws } = loaded;
  const m = simulateChunk(model, message.seed, message.chunk, ws);
  const k = model.inputNames.length;
  // Fresh copies own plain ArrayBuffers, which are transferred instead of copied again.
  const columns = model.outputNames.map((_, o) => new Float64Array(ws.registers[k + o].subarray(0, m)));
  return { type: 'chunk', report: summarizeChunk(model, ws, message.chunk, m), columns };
}

port.on('message', (message: ToPartWorker) => {
  try {
    const reply = handle(message);
    if (reply === null) return;
    port.postMessage(reply, reply.type === 'chunk' ? reply.columns.map((c) => c.buffer as ArrayBuffer) : []);
  } catch (error) {
    port.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) } satisfies FromPartWorker);
  }
});
