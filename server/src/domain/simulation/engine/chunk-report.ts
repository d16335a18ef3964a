/** What a worker sends back for one chunk; everything the in-order reduction needs. */
import type { CompiledModel } from './compile-model.js';
import { SENSITIVITY_ITERATIONS } from './constants.js';
import type { ChunkWorkspace } from './simulate-chunk.js';
import { chunkMoments, type Moments } from './stats/moments.js';
import { computeSensitivity, type SensitivityColumns } from './stats/sensitivity.js';
import { percentile } from './stats/summary.js';

export type ChunkReport = {
  chunk: number;
  length: number;
  moments: Moments[];
  /** The chunk's contribution to the auto-stop rule, when the model has one. */
  autoStopValue: number | null;
  /** Only for chunk 0: sensitivity on its first SENSITIVITY_ITERATIONS iterations. */
  sensitivity: SensitivityColumns | null;
};

export function summarizeChunk(model: CompiledModel, ws: ChunkWorkspace, chunk: number, length: number): ChunkReport {
  const k = model.inputNames.length;
  const outputs = model.outputNames.map((_, o) => ws.registers[k + o]);
  let autoStopValue: number | null = null;
  const rule = model.autoStop;
  if (rule !== null) {
    const column = outputs[rule.output].subarray(0, length);
    if (rule.statistic === 'PERCENTILE') {
      const finite = column.filter(Number.isFinite).sort();
      autoStopValue = percentile(finite, rule.percentile);
    } else if (rule.statistic === 'PROBABILITY') {
      let count = 0;
      for (const x of column) if (x > rule.target && Number.isFinite(x)) count++;
      autoStopValue = count;
    }
  }
  const sensitivity = chunk === 0 ? computeSensitivity(ws.registers.slice(0, k), outputs, Math.min(length, SENSITIVITY_ITERATIONS)) : null;
  return { chunk, length, moments: outputs.map((col) => chunkMoments(col, length)), autoStopValue, sensitivity };
}
