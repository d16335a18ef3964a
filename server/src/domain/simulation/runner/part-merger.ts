/**
 * Merges the parts of a distributed run into exactly the result a single process computes:
 * chunk reports go through the same in-order RunAccumulator, output columns are laid out at
 * their chunk offsets and the same order statistics run over them. Parts are encoded for
 * durable storage without losing a bit (v8 serialisation keeps NaN, -0 and typed arrays).
 */
import { createHash } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';
import type { ChunkReport } from '../engine/chunk-report.js';
import { CHUNK_SIZE, reproducibilityKeyInput, type CompiledModel, type SimulationResult } from '../engine/index.js';
import { RunAccumulator } from '../engine/run-accumulator.js';
import { orderStatistics } from '../engine/stats/order-statistics.js';
import type { PartOutcome } from './part-runner.js';

export function encodeReports(reports: ChunkReport[]): Buffer {
  return serialize(reports);
}

export function decodeReports(bytes: Uint8Array): ChunkReport[] {
  return deserialize(bytes) as ChunkReport[];
}

/** Output columns one after another, 8 bytes per value in the machine's (little-endian) order. */
export function encodeOutputs(outputs: Float64Array[]): Buffer {
  return Buffer.concat(outputs.map((column) => Buffer.from(column.buffer, column.byteOffset, column.byteLength)));
}

export function decodeOutputs(bytes: Uint8Array, outputCount: number): Float64Array[] {
  const length = bytes.byteLength / 8 / outputCount;
  if (!Number.isInteger(length)) throw new Error('A stored part does not hold whole output columns.');
  // Copied into fresh (aligned) memory: a Buffer from the driver may start at any byte offset.
  const all = new Float64Array(length * outputCount);
  new Uint8Array(all.buffer).set(bytes);
  return Array.from({ length: outputCount }, (_, o) => all.subarray(o * length, (o + 1) * length));
}

/** Add the parts in chunk order (each part's first chunk follows the previous part's last). */
export class PartMerger {
  private readonly acc: RunAccumulator;
  private readonly columns: Float64Array[];
  private nextChunk = 0;

  constructor(
    private readonly model: CompiledModel,
    private readonly seed: number,
  ) {
    this.acc = new RunAccumulator(model);
    this.columns = model.outputNames.map(() => new Float64Array(model.iterations));
  }

  add(firstChunk: number, part: PartOutcome): void {
    if (firstChunk !== this.nextChunk) throw new Error(`Part starting at chunk ${firstChunk} came before chunk ${this.nextChunk}.`);
    for (const report of part.reports) this.acc.add(report);
    this.columns.forEach((column, o) => column.set(part.outputs[o], firstChunk * CHUNK_SIZE));
    this.nextChunk += part.reports.length;
  }

  finish(): SimulationResult {
    if (!this.acc.done) throw new Error('Not every chunk of the run has been merged.');
    const n = this.acc.iterationsRun;
    const order = this.columns.map((column) => orderStatistics(column.subarray(0, n), this.model.statistics));
    const key = createHash('sha256').update(reproducibilityKeyInput(this.model, this.seed)).digest('hex');
    return this.acc.finish(order, this.seed, key);
  }
}
