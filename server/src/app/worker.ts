import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { type Config, ConfigError, createLogger, loadConfig } from '../platform/config/index.js';
import { openDatabase, pendingMigrations } from './db/database.js';
import { createSimulationMeter } from '../metering/index.js';
import { SimulationService } from '../domain/simulation/index.js';

/**
 * A simulation worker alone (`npm run worker`): it takes jobs from the PostgreSQL queue that
 * API processes fill, so workers scale across machines. It needs DATABASE_URL: an embedded
 * database belongs to the one process that opened it (`npm start` runs a worker in process).
 */
let config: Config;
try {
  config = loadConfig();
  if (!config.DATABASE_URL)
    throw new ConfigError(
      "npm run worker needs DATABASE_URL (the API's PostgreSQL); with the embedded database, `npm start` runs the worker in process.",
    );
} catch (error) {
  process.stderr.write(`${error instanceof ConfigError ? error.message : String(error)}\n`);
  process.exit(1);
}
const logger = createLogger(config);
// The API applies migrations; a worker never races it to do so.
const database = await openDatabase(config, { migrate: false });
const pending = await pendingMigrations(database.orm);
if (pending.length > 0) {
  logger.error({ pending }, 'the database is behind the code: start the API (or npm run db:migrate) first');
  await database.close();
  process.exit(1);
}
const simulations = new SimulationService({ config, orm: database.orm, logger, meter: createSimulationMeter(database.orm) });
await simulations.startQueue(database.url, { worker: true });
logger.info({ workers: config.SIMULATION_WORKERS }, 'simulation worker is taking jobs');

/** Touched while the database answers; the container's health check reads its age. */
const HEARTBEAT_FILE = process.env.WORKER_HEARTBEAT_FILE ?? '/tmp/carlo-worker-heartbeat';
const heartbeat = setInterval(() => {
  database.orm.em
    .getConnection()
    .execute('select 1')
    .then(() => writeFile(HEARTBEAT_FILE, new Date().toISOString()))
    .catch((error: unknown) => logger.warn({ err: error }, 'worker heartbeat failed'));
}, 15_000);
heartbeat.unref();

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  clearInterval(heartbeat);
  logger.info({ signal }, 'stopping: running jobs go back to the queue for another worker');
  const forced = setTimeout(() => {
    logger.error('shutdown took longer than 25 s; exiting');
    process.exit(1);
  }, 25_000);
  forced.unref();
  await simulations.stop();
  await database.close();
  logger.info('stopped');
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
