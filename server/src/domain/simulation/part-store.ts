/**
 * SQL of the simulation_run_part table (owned by this module): the parts of distributed jobs.
 * The run row is the lock that orders part completions, so exactly one part sees itself last.
 */
import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { runTyped, sqlBuilder } from '../../platform/db/index.js';
import type { PartChunks } from './runner/part-runner.js';
import { ACTIVE_STATUSES, SimulationStatus } from './simulation-run.entity.js';

export type StoredPart = PartChunks & { partIndex: number; finished: boolean };
export type FinishedPart = { firstChunk: number; reports: Uint8Array; outputs: Uint8Array };

/** Writes the plan once; a retried coordinator finds the rows (and the finished parts) in place. */
export async function createParts(orm: MikroORM, runId: string, plan: PartChunks[]): Promise<void> {
  const db = sqlBuilder(orm.em);
  const now = new Date();
  const rows = plan.map((part, partIndex) => ({
    id: randomUUID(),
    created_at: now,
    updated_at: now,
    run_id: runId,
    part_index: partIndex,
    first_chunk: part.firstChunk,
    end_chunk: part.endChunk,
  }));
  await runTyped(
    orm,
    undefined,
    db
      .insertInto('simulation_run_part')
      .values(rows)
      .onConflict((c) => c.doNothing()),
  );
}

export async function loadPart(orm: MikroORM, runId: string, partIndex: number): Promise<StoredPart | null> {
  const db = sqlBuilder(orm.em);
  const [row] = await runTyped(
    orm,
    undefined,
    db
      .selectFrom('simulation_run_part')
      .select(['first_chunk', 'end_chunk', 'finished_at'])
      .where('run_id', '=', runId)
      .where('part_index', '=', partIndex),
  );
  return row ? { partIndex, firstChunk: row.first_chunk, endChunk: row.end_chunk, finished: row.finished_at !== null } : null;
}

export async function startPartAttempt(orm: MikroORM, runId: string, partIndex: number): Promise<void> {
  const db = sqlBuilder(orm.em);
  await runTyped(
    orm,
    undefined,
    db
      .updateTable('simulation_run_part')
      .set({ iterations_done: 0, attempts: sql<number>`attempts + 1`, updated_at: new Date() })
      .where('run_id', '=', runId)
      .where('part_index', '=', partIndex)
      .where('finished_at', 'is', null),
  );
}

/** The run's progress is the sum over its parts; 0 rows updated means the run is no longer running. */
function progressUpdate(orm: MikroORM, runId: string) {
  const db = sqlBuilder(orm.em);
  const done = sql<number>`(select coalesce(sum(p.iterations_done), 0) from simulation_run_part p where p.run_id = ${runId})`;
  return db
    .updateTable('simulation_run')
    .set({ progress: sql<number>`least(1, ${done}::float8 / iterations)`, updated_at: new Date() })
    .where('id', '=', runId)
    .where('status', '=', SimulationStatus.RUNNING)
    .returning('id');
}

/** Records how far the part's attempt got; false when the run was cancelled (or ended). */
export async function writePartProgress(orm: MikroORM, runId: string, partIndex: number, iterationsDone: number): Promise<boolean> {
  const db = sqlBuilder(orm.em);
  await runTyped(
    orm,
    undefined,
    db
      .updateTable('simulation_run_part')
      .set({ iterations_done: iterationsDone, updated_at: new Date() })
      .where('run_id', '=', runId)
      .where('part_index', '=', partIndex)
      .where('finished_at', 'is', null),
  );
  return (await runTyped(orm, undefined, progressUpdate(orm, runId))).length > 0;
}

export type PartFinish = 'last' | 'more' | 'not_running';

/** Stores a finished part under the run row's lock; 'last' goes to exactly one part of a run. */
export async function finishPart(
  orm: MikroORM,
  runId: string,
  partIndex: number,
  data: { iterations: number; reports: Uint8Array; outputs: Uint8Array },
): Promise<PartFinish> {
  const db = sqlBuilder(orm.em);
  return orm.em.getConnection().transactional(async (trx) => {
    const [run] = await runTyped(orm, trx, db.selectFrom('simulation_run').select('status').where('id', '=', runId).forUpdate());
    if (run?.status !== SimulationStatus.RUNNING) return 'not_running';
    await runTyped(
      orm,
      trx,
      db
        .updateTable('simulation_run_part')
        .set({
          iterations_done: data.iterations,
          reports: data.reports,
          outputs: data.outputs,
          finished_at: new Date(),
          updated_at: new Date(),
        })
        .where('run_id', '=', runId)
        .where('part_index', '=', partIndex)
        .where('finished_at', 'is', null),
    );
    await runTyped(orm, trx, progressUpdate(orm, runId));
    return (await unfinishedParts(orm, runId, trx)) === 0 ? 'last' : 'more';
  });
}

export async function unfinishedParts(orm: MikroORM, runId: string, trx?: Parameters<typeof runTyped>[1]): Promise<number> {
  const db = sqlBuilder(orm.em);
  const [row] = await runTyped(
    orm,
    trx,
    db
      .selectFrom('simulation_run_part')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('run_id', '=', runId)
      .where('finished_at', 'is', null),
  );
  return Number(row?.n ?? 0);
}

/** Hands the finished parts over one at a time, in chunk order, so only one is in memory. */
export async function eachFinishedPart(orm: MikroORM, runId: string, use: (part: FinishedPart) => void): Promise<void> {
  const db = sqlBuilder(orm.em);
  const indexes = await runTyped(
    orm,
    undefined,
    db.selectFrom('simulation_run_part').select('part_index').where('run_id', '=', runId).orderBy('part_index'),
  );
  for (const { part_index } of indexes) {
    const [row] = await runTyped(
      orm,
      undefined,
      db
        .selectFrom('simulation_run_part')
        .select(['first_chunk', 'reports', 'outputs'])
        .where('run_id', '=', runId)
        .where('part_index', '=', part_index),
    );
    if (!row?.reports || !row.outputs) throw new Error(`Part ${part_index} of run ${runId} has no stored result.`);
    use({ firstChunk: row.first_chunk, reports: row.reports, outputs: row.outputs });
  }
}

/** Parts of runs that are no longer queued or running: their run has its result or never will. */
export async function deleteEndedParts(orm: MikroORM, runId?: string): Promise<void> {
  const db = sqlBuilder(orm.em);
  let query = db.deleteFrom('simulation_run_part').where(({ not, exists, selectFrom }) =>
    not(
      exists(
        selectFrom('simulation_run as r')
          .select('r.id')
          .whereRef('r.id', '=', 'simulation_run_part.run_id')
          .where('r.status', 'in', [...ACTIVE_STATUSES]),
      ),
    ),
  );
  if (runId !== undefined) query = query.where('run_id', '=', runId);
  await runTyped(orm, undefined, query);
}
