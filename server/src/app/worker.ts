import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { type Config, ConfigError, createLogger, loadConfig } from '../platform/config/index.js';
import { openDatabase, pendingMigrations } from './db/database.js';
import { meterWithEvents } from '../api/index.js';
import { SimulationService } from '../domain/simulation/index.js';
import { AdminAlertDetectors, DunningReminders, KeyExpiryNotices, NotificationsModule } from '../notifications/index.js';
import { MailModule } from '../platform/mail/index.js';

/**
 * A worker alone (`npm run worker`): it takes simulation jobs from the PostgreSQL queue that API
 * processes fill, makes webhook deliveries and runs the admin-alert detectors, so API processes
 * can leave worker duties to it (RUN_WORKER=false) and workers scale across machines. It needs DATABASE_URL: an embedded
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
// On a machine it shares with an API process, the worker's CPU-heavy work (simulation chunks,
// delivery batches) gives way to requests: the kernel schedules a nicer process after the API.
try {
  os.setPriority(Math.min(19, os.getPriority() + 10));
} catch (error) {
  logger.warn({ err: error }, 'could not lower the worker priority; it competes with API processes on this machine');
}
// The API applies migrations; a worker never races it to do so.
const database = await openDatabase(config, { migrate: false });
const pending = await pendingMigrations(database.orm);
if (pending.length > 0) {
  logger.error({ pending }, 'the database is behind the code: start the API (or npm run db:migrate) first');
  await database.close();
  process.exit(1);
}
const mail = new MailModule(config, logger);
await mail.start(database.url);
const notifications = new NotificationsModule({
  orm: database.orm,
  logger,
  mail,
  publicUrl: config.PUBLIC_URL ?? `http://${config.HOST}:${config.PORT}`,
  deliveriesPerSecond: config.WEBHOOK_DELIVERIES_PER_SECOND,
});
await notifications.start(database.url, { worker: true });
// Runs ended here announce themselves (simulation.* and credit lines) as those ended in an API process do.
const simulations = new SimulationService({ config, orm: database.orm, logger, meter: meterWithEvents(database.orm, notifications) });
await simulations.startQueue(database.url, { worker: true });
// No Stripe gateway here, so the circuit-open detector runs in the API processes that own one.
const alertDetectors = new AdminAlertDetectors({ orm: database.orm, mail, logger });
alertDetectors.start();
const keyExpiry = new KeyExpiryNotices({ orm: database.orm, logger, emit: (em, input) => notifications.emit(em, input) });
keyExpiry.start();
const dunningReminders = new DunningReminders({ orm: database.orm, logger, emit: (em, input) => notifications.emit(em, input) });
dunningReminders.start();
logger.info({ workers: config.SIMULATION_WORKERS }, 'worker is taking simulation jobs and webhook deliveries');

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
  await alertDetectors.stop();
  await keyExpiry.stop();
  await dunningReminders.stop();
  await notifications.stop();
  await mail.stop();
  await database.close();
  logger.info('stopped');
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
