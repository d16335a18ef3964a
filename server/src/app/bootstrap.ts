import { Redis } from 'ioredis';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { buildApp } from './app.js';
import { createLogger, resolveSecrets, type Config } from '../platform/config/index.js';
import { type Database, openDatabase } from './db/database.js';
import { seed, type SeedSecrets } from './db/seed.js';
import { AdminUser } from '../platform/staff/index.js';
import { connectBilling, startBillingAfterListen } from './billing-bootstrap.js';
import { createServices, type Services } from '../api/index.js';
import type { StripeEmulator } from '../stripe-emulator/index.js';

export type RunningCarlo = {
  app: FastifyInstance;
  services: Services;
  database: Database;
  url: string;
  seeded: SeedSecrets;
  /** The in-process Stripe emulator when STRIPE_SECRET_KEY is unset. */
  stripeEmulator: StripeEmulator | null;
  close(): Promise<void>;
};

/** Config to listening server: database, migrations, seed, services and the HTTP app. */
export async function startCarlo(config: Config, logger: Logger = createLogger(config)): Promise<RunningCarlo> {
  const secrets = await resolveSecrets(config);
  const database = await openDatabase(config, { migrate: true });
  const redis = config.REDIS_URL ? connectRedis(config.REDIS_URL, logger) : null;
  const services = createServices({ config, secrets, orm: database.orm, queries: database.queries, redis, logger });
  const production = config.NODE_ENV === 'production';
  const seeded = await seed(database.orm.em.fork(), services.apiKeys, { demo: config.SEED_DEMO, firstAdmin: !production });
  if (production && (await database.orm.em.fork().count(AdminUser, {})) === 0) {
    logger.warn('no console user yet: create the first one with `npm run admin:create -- --email <email> --role super_admin`');
  }
  const stripeEmulator = await connectBilling(config, services, database.orm.em.fork(), logger);
  services.lastUsed.start();
  services.keyCacheBus.start();
  services.monetization.sweeper.start();
  services.monetization.rollup.start();
  await services.simulations.startQueue(database.url, { worker: config.RUN_WORKER });
  await services.mail.start(database.url);
  await services.notifications.start(database.url, { worker: config.NOTIFICATIONS_WORKER });
  if (config.NOTIFICATIONS_WORKER) {
    services.alertDetectors.start();
    services.keyExpiry.start();
    services.dunningReminders.start();
  } else services.alertDetectors.start('circuit');
  const app = await buildApp(services);
  const address = await app.listen({ host: config.HOST, port: config.PORT });
  startBillingAfterListen(services, address, stripeEmulator);
  if (!config.PUBLIC_URL) {
    services.memberAccounts.setPublicUrl(address);
    services.notifications.setPublicUrl(address);
  }
  return {
    app,
    services,
    database,
    url: address,
    seeded,
    stripeEmulator,
    async close() {
      // Stop taking requests and let in-flight ones finish before the pools they use go away.
      await app.close();
      await services.billing.stop();
      await stripeEmulator?.close();
      await services.monetization.sweeper.stop();
      await services.monetization.rollup.stop();
      await services.monetization.usageWriter.stop();
      await services.lastUsed.stop();
      await services.simulations.stop();
      await services.alertDetectors.stop();
      await services.keyExpiry.stop();
      await services.dunningReminders.stop();
      await services.notifications.stop();
      await services.mail.stop();
      services.keyCacheBus.stop();
      redis?.disconnect();
      await database.close();
    },
  };
}

/**
 * Redis is optional and never fatal: callers fall back to in-process limits when it fails. Commands
 * issued in the same tick (the credit buckets of concurrent requests) go out in one write with
 * ioredis's auto-pipelining: bench:api's profile had a socket write per command near its top.
 */
function connectRedis(url: string, logger: Logger): Redis {
  const redis = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: false, enableAutoPipelining: true });
  redis.on('error', (error: Error) => logger.warn({ err: error.message }, 'redis unavailable; using in-process fallbacks'));
  return redis;
}
