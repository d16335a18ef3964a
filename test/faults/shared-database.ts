import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import { sharedDatabase } from '../integration/simulation-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import type { ServerProcess } from './fault-support.js';

/** What a fault test works with: its own app for factories and SQL checks, and the environment of the processes it kills. */
export type FaultSetting = { app: TestApp; env: Record<string, string>; track(...servers: ServerProcess[]): void };

/**
 * One database shared by the test's own app and the server processes it starts (with the same
 * secrets, so keys made by the test work there), set up before the file and torn down after it,
 * killing every tracked process. Call the returned function inside a test.
 */
export function faultSetting(): () => FaultSetting {
  const secrets = { API_KEY_PEPPER: randomBytes(24).toString('hex'), SESSION_SECRET: randomBytes(24).toString('hex') };
  const servers: ServerProcess[] = [];
  let database: Awaited<ReturnType<typeof sharedDatabase>> | undefined;
  let app: TestApp | undefined;
  beforeAll(async () => {
    database = await sharedDatabase();
    app = await startTestApp({ DATABASE_URL: database.url, DATABASE_POOL_MAX: '2', ...secrets });
  });
  afterAll(async () => {
    for (const server of servers) server.child.kill('SIGKILL');
    await app?.close();
    await database?.close();
  });
  return () => {
    if (!app || !database) throw new Error('The fault setting is ready only inside a test.');
    return {
      app,
      env: { DATABASE_URL: database.url, DATABASE_POOL_MAX: '2', ...secrets },
      track: (...started) => servers.push(...started),
    };
  };
}
