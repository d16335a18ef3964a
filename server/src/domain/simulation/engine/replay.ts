/** Recomputes a single iteration exactly as the full run computed it. */
import type { CompiledModel } from './compile-model.js';
import { CHUNK_SIZE, ENGINE_VERSION } from './constants.js';
import { ChunkWorkspace, simulateChunk } from './simulate-chunk.js';

export type ReplayedIteration = { iteration: number; inputs: Record<string, number>; outputs: Record<string, number> };

/**
 * Replays the iteration's whole chunk: LHS strata, Sobol scrambling and Iman-Conover
 * reordering are chunk-level, so a lone row could not be reproduced otherwise.
 */
export function replayIteration(model: CompiledModel, seed: number, iteration: number): ReplayedIteration {
  if (!Number.isInteger(iteration) || iteration < 0 || iteration >= model.iterations) {
    throw new RangeError(`iteration must be a whole number from 0 to ${model.iterations - 1}.`);
  }
  const ws = new ChunkWorkspace(model);
  const chunk = Math.floor(iteration / CHUNK_SIZE);
  simulateChunk(model, seed, chunk, ws);
  const row = iteration - chunk * CHUNK_SIZE;
  const k = model.inputNames.length;
  return {
    iteration,
    inputs: Object.fromEntries(model.inputNames.map((name, j) => [name, ws.registers[j][row]])),
    outputs: Object.fromEntries(model.outputNames.map((name, o) => [name, ws.registers[k + o][row]])),
  };
}

/** The text whose SHA-256 is the reproducibility key: canonical model, seed, engine version. */
export function reproducibilityKeyInput(model: CompiledModel, seed: number): string {
  return `${model.canonicalJson}\n${seed}\n${ENGINE_VERSION}`;
}
