import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from 'pino';
import { inject } from 'vitest';
import { startCarlo, type RunningCarlo } from '../../server/src/app/bootstrap.js';
import { loadConfig } from '../../server/src/platform/config/config.js';
import { startEmbeddedPostgres } from '../../server/src/platform/db/embedded-postgres.js';
import { GraphqlClient } from './graphql-client.js';

export type TestApp = RunningCarlo & { client: GraphqlClient; embedded: boolean };

/**
 * The whole server over real HTTP on 127.0.0.1: on embedded runs a private copy of the migrated
 * PGlite template, with DATABASE_URL the run's scratch database on that server (shared by the
 * test files of the run, so every test makes and checks its own rows only).
 */
export async function startTestApp(env: Record<string, string> = {}, options: { logger?: Logger } = {}): Promise<TestApp> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'carlo-test-'));
  const sharedUrl = inject('databaseUrl');
  const template = inject('pgTemplateDir');
  let embedded: Awaited<ReturnType<typeof startEmbeddedPostgres>> | null = null;
  if (!sharedUrl) {
    if (!template) throw new Error('global setup provided neither a database URL nor a PGlite template');
    await cp(template, dataDir, { recursive: true });
    embedded = await startEmbeddedPostgres(dataDir);
  }
  const config = loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    DATA_DIR: dataDir,
    DATABASE_URL: sharedUrl ?? embedded?.url,
    DATABASE_POOL_MAX: embedded ? '1' : '8',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    SEED_DEMO: 'false',
    RUN_WORKER: 'false',
    STRIPE_EMULATOR_PORT: '0',
    METER_FLUSH_SECONDS: '3600',
    // With REDIS_URL the sign-up count of 127.0.0.1 is shared by every test app and outlives it, so
    // tests that are not about the throttle get a limit they cannot reach (the throttle's own tests
    // set theirs and sign up from addresses of their own).
    SIGNUP_LIMIT_PER_HOUR: '1000000',
    ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
    ...env,
  });
  const carlo = await startCarlo(config, options.logger);
  return {
    ...carlo,
    embedded: embedded !== null,
    client: new GraphqlClient(carlo.url),
    async close() {
      await carlo.close();
      await embedded?.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
