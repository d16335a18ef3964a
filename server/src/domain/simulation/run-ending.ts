import { LockMode } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { modelWorkPerIteration, type SimulationResult } from './engine/index.js';
import type { RunMeter } from './run-meter.js';
import { compileStored } from './simulation-model.js';
import { ACTIVE_STATUSES, SimulationRun, SimulationStatus } from './simulation-run.entity.js';

type FinalStatus = SimulationStatus.SUCCEEDED | SimulationStatus.FAILED | SimulationStatus.CANCELLED;

export type RunEnding = {
  status: FinalStatus;
  /** Iterations the customer pays for, read from the locked row (what ran; 0 when the job failed on our side). */
  iterationsPaid: (row: SimulationRun) => number;
  /** Columns written with the status. */
  fields: Partial<Pick<SimulationRun, 'result' | 'progress' | 'iterationsRun' | 'credits' | 'error' | 'durationMs'>>;
  /**
   * When the request's usage event is not committed yet, roll back instead of ending the run
   * unsettled (cancel answers "retry"). The runner never needs it: it starts only after the commit.
   */
  requireUsageEvent: boolean;
};

export type EndOutcome = 'ended' | 'not_active' | 'not_recorded';

class UsageNotRecorded extends Error {}

/**
 * Moves an active run to its final status and settles the credits its request held, in one
 * transaction. The run row is locked first and the status update is conditional, so of a cancel
 * racing a completion, or two attempts of a retried job, exactly one ends the run and settles.
 */
export async function endRun(orm: MikroORM, meter: RunMeter, runId: string, ending: RunEnding): Promise<EndOutcome> {
  try {
    return await orm.em.fork().transactional(async (em: EntityManager) => {
      const row = await em.findOne(SimulationRun, runId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!row || !ACTIVE_STATUSES.includes(row.status)) return 'not_active';
      const finishedAt = new Date();
      const iterations = Math.max(0, Math.min(row.iterations, ending.iterationsPaid(row)));
      // A cancelled run shows the iterations it ran and was billed for (a finished run passes its own).
      const ran =
        ending.status === SimulationStatus.CANCELLED && ending.fields.iterationsRun === undefined ? { iterationsRun: iterations } : {};
      await em.nativeUpdate(
        SimulationRun,
        { id: runId },
        { ...ending.fields, ...ran, status: ending.status, finishedAt, updatedAt: finishedAt },
      );
      if (ending.status !== SimulationStatus.CANCELLED && meter.runEnded) {
        await meter.runEnded(em, {
          customerId: row.customer.id,
          runId,
          status: ending.status === SimulationStatus.SUCCEEDED ? 'succeeded' : 'failed',
          iterations: ending.fields.iterationsRun ?? iterations,
          credits: ending.fields.credits ?? 0,
          error: ending.fields.error ?? null,
          submittedAt: row.createdAt,
          finishedAt,
        });
      }
      if (!row.requestId || !row.heldCredits) return 'ended';
      const settled = await meter.settleJob(em, {
        requestId: row.requestId,
        heldCredits: row.heldCredits,
        workUnits: iterations * modelWorkPerIteration(compileStored(row.input, row.seed)),
        reason: `simulation ${runId} ${ending.status} after ${iterations} of ${row.iterations} iterations`,
      });
      if (settled === 'no_usage_event' && ending.requireUsageEvent) throw new UsageNotRecorded();
      return 'ended';
    });
  } catch (error) {
    if (error instanceof UsageNotRecorded) return 'not_recorded';
    throw error;
  }
}

/** Iterations whose completion the row recorded: progress is written from finished chunks only. */
export function recordedIterations(row: SimulationRun): number {
  return row.status === SimulationStatus.RUNNING ? Math.round(row.progress * row.iterations) : 0;
}

/** Stores a job's result and settles its hold on the iterations it ran (single-process or merged parts). */
export async function succeedRun(
  orm: MikroORM,
  meter: RunMeter,
  runId: string,
  result: SimulationResult,
  workPerIteration: number,
): Promise<EndOutcome> {
  const row = await orm.em.fork().findOneOrFail(SimulationRun, runId, { fields: ['startedAt'] });
  // JSON storage turns the engine's NaN into null, as the GraphQL types expect.
  const stored = JSON.parse(JSON.stringify(result)) as SimulationResult;
  // An auto-stopped run pays for the iterations it ran; a cancel that won the race keeps its own settlement.
  return endRun(orm, meter, runId, {
    status: SimulationStatus.SUCCEEDED,
    iterationsPaid: () => result.iterationsRun,
    fields: {
      result: stored,
      progress: 1,
      iterationsRun: result.iterationsRun,
      credits: meter.creditsFor(result.iterationsRun * workPerIteration),
      durationMs: row.startedAt ? Date.now() - row.startedAt.getTime() : null,
    },
    requireUsageEvent: false,
  });
}
