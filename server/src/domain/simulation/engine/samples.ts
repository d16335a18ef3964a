/** The first iterations of a run, inputs and outputs, recomputed exactly as the run computed them. */
import type { CompiledModel } from './compile-model.js';
import { CHUNK_SIZE } from './constants.js';
import { ChunkWorkspace, simulateChunk } from './simulate-chunk.js';

export type SampleColumns = { inputs: Float64Array[]; outputs: Float64Array[] };

/**
 * Whole chunks are simulated (LHS strata, Sobol scrambling and Iman-Conover are chunk-level) and
 * the first `count` rows kept; a run keeps only its outputs, so this is how samples are exported.
 */
export function sampleIterations(model: CompiledModel, seed: number, count: number): SampleColumns {
  const n = Math.max(0, Math.min(count, model.iterations));
  const k = model.inputNames.length;
  const inputs = model.inputNames.map(() => new Float64Array(n));
  const outputs = model.outputNames.map(() => new Float64Array(n));
  const ws = new ChunkWorkspace(model);
  for (let chunk = 0; chunk * CHUNK_SIZE < n; chunk++) {
    const first = chunk * CHUNK_SIZE;
    const take = Math.min(simulateChunk(model, seed, chunk, ws), n - first);
    inputs.forEach((column, j) => {
      column.set(ws.registers[j].subarray(0, take), first);
    });
    outputs.forEach((column, o) => {
      column.set(ws.registers[k + o].subarray(0, take), first);
    });
  }
  return { inputs, outputs };
}
