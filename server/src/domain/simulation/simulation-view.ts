import type { ReplayedIteration as EngineReplay, SimulationResult } from './engine/index.js';
import type { SamplingMethodEnum } from './simulation-enums.js';
import type { ReplayedIteration, SimulationResultType } from './simulation-result.type.js';
import { SimulationMode, type SimulationRun } from './simulation-run.entity.js';
import type { SimulationRunType } from './simulation-run.type.js';

/**
 * Entity and engine values as GraphQL objects. Results are JSON-clean already (NaN stored as
 * null), so a fresh result and a stored one serialise to the same bytes.
 */
export function resultView(runId: string, result: SimulationResult): SimulationResultType {
  return {
    ...(result as unknown as Omit<SimulationResultType, 'runId' | 'sampling'>),
    sampling: result.sampling as SamplingMethodEnum,
    runId,
  };
}

/** `result` stays undefined when the row was listed without it, so the field resolver loads it. */
export function runView(run: Omit<SimulationRun, 'result'> & { result?: SimulationResult | null }): SimulationRunType {
  return {
    id: run.id,
    status: run.status,
    async: run.mode === SimulationMode.ASYNC,
    progress: run.progress,
    iterations: run.iterations,
    iterationsRun: run.iterationsRun,
    seed: run.seed,
    reproducibilityKey: run.reproducibilityKey,
    engineVersion: run.engineVersion,
    credits: run.credits,
    attempts: run.attempts,
    error: run.error,
    input: run.input as unknown as Record<string, unknown>,
    result: run.result === undefined ? undefined : run.result && resultView(run.id, run.result),
    createdAt: run.createdAt,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    durationMs: run.durationMs,
  };
}

export function replayView(replay: EngineReplay): ReplayedIteration {
  const named = (values: Record<string, number>) =>
    Object.entries(values).map(([name, value]) => ({ name, value: Number.isFinite(value) ? value : null }));
  return { iteration: replay.iteration, inputs: named(replay.inputs), outputs: named(replay.outputs) };
}
