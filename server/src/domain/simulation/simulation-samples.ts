import type { SampleColumns } from './engine/index.js';
import type { SimulationRun } from './simulation-run.entity.js';
import { onWorkerThread } from './simulation-replay.js';

/** Samples an export recomputes at most: one engine chunk, so the work is bounded whatever the run's size. */
export const MAX_EXPORT_SAMPLES = 65_536;

const WORKER_URL = new URL('./samples-worker.ts', import.meta.url);

/** A finished run with the first iterations of its inputs and outputs. */
export type RunSamples = SampleColumns & { run: SimulationRun; inputNames: string[]; outputNames: string[]; count: number };

export async function samplesOf(run: SimulationRun, limit: number): Promise<RunSamples> {
  const count = Math.min(limit, MAX_EXPORT_SAMPLES, run.iterationsRun ?? run.iterations);
  const columns = await onWorkerThread<SampleColumns>(WORKER_URL, { spec: run.input, seed: run.seed, count });
  return {
    ...columns,
    run,
    inputNames: run.input.inputs.map((input) => input.name),
    outputNames: run.input.outputs.map((output) => output.name),
    count,
  };
}
