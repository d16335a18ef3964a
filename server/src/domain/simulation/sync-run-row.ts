import type { Kysely } from 'kysely';
import { type Database, now } from '../../platform/db/index.js';
import type { KeyPrincipal } from '../access/index.js';
import { ENGINE_VERSION } from './engine/index.js';
import { SimulationMode, SimulationStatus } from './simulation-run.entity.js';
import type { PreparedModel } from './simulation-model.js';

/** A synchronous run that succeeded, as its row records it; `resultJson` is the result as stored. */
export type SyncRunRow = {
  id: string;
  caller: KeyPrincipal;
  prepared: PreparedModel;
  requestId: string;
  resultJson: string;
  iterationsRun: number;
  credits: number;
  startedAt: Date;
  finishedAt: Date;
};

/**
 * The insert of the row, for the usage writer to run in the statement that charges the run's
 * request (storeWithCharge). One typed statement, not a unit-of-work flush: MikroORM's change set
 * and snapshot of the result cost more than the insert itself.
 */
export function insertSyncRun(db: Kysely<Database>, row: SyncRunRow) {
  return db.insertInto('simulation_run').values({
    id: row.id,
    created_at: now(),
    updated_at: now(),
    customer_id: row.caller.customerId,
    api_key_id: row.caller.keyId,
    mode: SimulationMode.SYNC,
    status: SimulationStatus.SUCCEEDED,
    input: JSON.stringify(row.prepared.spec),
    seed: row.prepared.seed,
    reproducibility_key: row.prepared.reproducibilityKey,
    engine_version: ENGINE_VERSION,
    iterations: row.prepared.model.iterations,
    iterations_run: row.iterationsRun,
    progress: 1,
    result: row.resultJson,
    credits: row.credits,
    attempts: 1,
    started_at: row.startedAt,
    finished_at: row.finishedAt,
    duration_ms: row.finishedAt.getTime() - row.startedAt.getTime(),
    request_id: row.requestId,
  });
}
