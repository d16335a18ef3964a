import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { RunMeter } from './run-meter.js';
import { SimulationMode, SimulationRun, SimulationStatus } from './simulation-run.entity.js';

/**
 * A synchronous run is stored before its request's usage commits (metering writes the charge after
 * the resolver, in its own batch). Its usage commits within seconds, or within the usage writer's
 * 15 s in-doubt window when the database falters; a stored run older than this without a usage
 * event belongs to a process that died in between, and its result was never delivered.
 */
export const UNRECORDED_AFTER_MS = 60_000;

const BATCH = 500;

/**
 * Settles stored runs whose charge never committed: they become FAILED with 0 credits, saying so,
 * so that no run is stored SUCCEEDED without its charge (the credit sweeper releases the dead
 * request's reservation). Runs at startup over `windowMs`, then periodically over recent rows.
 */
export async function failUnrecordedSyncRuns(orm: MikroORM, meter: RunMeter, logger: Logger, windowMs: number): Promise<number> {
  const em = orm.em.fork();
  const now = Date.now();
  const candidates = await em.find(
    SimulationRun,
    {
      mode: SimulationMode.SYNC,
      status: SimulationStatus.SUCCEEDED,
      requestId: { $ne: null },
      createdAt: { $lt: new Date(now - UNRECORDED_AFTER_MS), $gt: new Date(now - windowMs) },
    },
    { fields: ['id', 'requestId'], limit: BATCH, orderBy: { createdAt: 'asc' } },
  );
  const requestIds = candidates.flatMap((run) => (run.requestId ? [run.requestId] : []));
  const recorded = await meter.recordedRequests(requestIds);
  const unrecorded = candidates.filter((run) => run.requestId !== null && !recorded.has(run.requestId));
  if (unrecorded.length === 0) return 0;
  const failed = await em.nativeUpdate(
    SimulationRun,
    { id: { $in: unrecorded.map((run) => run.id) }, status: SimulationStatus.SUCCEEDED },
    {
      status: SimulationStatus.FAILED,
      credits: 0,
      result: null,
      error:
        'The server stopped before this run was recorded, so its result was never delivered and nothing was charged. Run it again (with the same Idempotency-Key, if you sent one).',
      updatedAt: new Date(),
    },
  );
  logger.warn({ runIds: unrecorded.map((run) => run.id) }, 'synchronous runs stored without their charge were failed, uncharged');
  return failed;
}
