/** Helpers shared by the engine tests: run a model in-process, chunk by chunk. */
import type { CompiledModel } from './compile-model.js';
import { CHUNK_SIZE } from './constants.js';
import { ChunkWorkspace, chunkCount, simulateChunk } from './simulate-chunk.js';

export const TEST_LIMITS = { maxIterations: 10_000_000, maxInputs: 50, maxOutputs: 10 };

/** All inputs and outputs of every iteration, column by column (in iteration order). */
export function simulateAll(model: CompiledModel, seed: number): { inputs: Float64Array[]; outputs: Float64Array[] } {
  const k = model.inputNames.length;
  const inputs = model.inputNames.map(() => new Float64Array(model.iterations));
  const outputs = model.outputNames.map(() => new Float64Array(model.iterations));
  const ws = new ChunkWorkspace(model);
  for (let c = 0; c < chunkCount(model.iterations); c++) {
    const m = simulateChunk(model, seed, c, ws);
    inputs.forEach((col, j) => col.set(ws.registers[j].subarray(0, m), c * CHUNK_SIZE));
    outputs.forEach((col, o) => col.set(ws.registers[k + o].subarray(0, m), c * CHUNK_SIZE));
  }
  return { inputs, outputs };
}
