import 'reflect-metadata';
import { startCarlo } from './bootstrap.js';
import { type Config, ConfigError, createLogger, loadConfig } from '../platform/config/index.js';
import { printFirstRunBanner } from './first-run-banner.js';

const startedAt = performance.now();
let config: Config;
try {
  config = loadConfig();
} catch (error) {
  process.stderr.write(`${error instanceof ConfigError ? error.message : String(error)}\n`);
  process.exit(1);
}
const logger = createLogger(config);
const carlo = await startCarlo(config, logger);
logger.info(
  { url: carlo.url, embeddedDatabase: carlo.database.embedded, startMs: Math.round(performance.now() - startedAt) },
  'carlo is listening',
);
printFirstRunBanner(carlo.url, carlo.seeded, { devMail: carlo.services.mail.sink !== null });

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down: finishing in-flight requests');
  const forced = setTimeout(() => {
    logger.error('shutdown took longer than 25 s; exiting');
    process.exit(1);
  }, 25_000);
  forced.unref();
  await carlo.close();
  logger.info('stopped');
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
