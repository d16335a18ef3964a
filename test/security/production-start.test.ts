import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/src/platform/config/config.js';
import { uniqueEmail } from '../support/factories.js';
import { PRODUCTION_ENV } from '../support/production-env.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));

let app: TestApp;
beforeAll(async () => {
  // SEED_DEMO left unset, as a production deployment leaves it.
  app = await startTestApp({ ...PRODUCTION_ENV, SEED_DEMO: '' });
});
afterAll(async () => {
  await app?.close();
});

describe('a production start', () => {
  it('seeds no demo customer and no admin, so no password or key is ever printed', () => {
    expect(app.seeded).toEqual({});
  });

  it('sends HSTS', async () => {
    const response = await fetch(`${app.url}/healthz`);
    await response.arrayBuffer();
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
  });

  it('refuses secrets shorter than 32 bytes and the demo seed', () => {
    expect(() => loadConfig({ ...PRODUCTION_ENV, DATABASE_URL: 'postgresql://db/carlo', SESSION_SECRET: 'x'.repeat(31) })).toThrow(
      /SESSION_SECRET of at least 32 bytes/,
    );
    expect(() => loadConfig({ ...PRODUCTION_ENV, DATABASE_URL: 'postgresql://db/carlo', API_KEY_PEPPER: 'p'.repeat(20) })).toThrow(
      /API_KEY_PEPPER/,
    );
    expect(() => loadConfig({ ...PRODUCTION_ENV, DATABASE_URL: 'postgresql://db/carlo', SEED_DEMO: 'true' })).toThrow(/SEED_DEMO/);
    expect(loadConfig({ ...PRODUCTION_ENV, DATABASE_URL: 'postgresql://db/carlo' }).SEED_DEMO).toBe(false);
    expect(loadConfig({}).SEED_DEMO).toBe(true);
  });

  it('takes its first admin from `npm run admin:create -- --email a@b.c --role finance`, exactly as the README prints it', async () => {
    const email = uniqueEmail('cli');
    const { stdout } = await run('npm', ['run', 'admin:create', '--', '--email', email, '--role', 'finance'], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'development', DATABASE_URL: app.database.url, LOG_LEVEL: 'silent' },
      timeout: 120_000,
    });
    expect(stdout).toContain(`created ${email} (finance)`);
    const password = /password: (\S+)/.exec(stdout)?.[1] ?? '';
    const login = await app.client.raw<{ adminLogin: { admin: { role: string } } }>(
      JSON.stringify({
        query: 'mutation ($email: String!, $password: String!) { adminLogin(email: $email, password: $password) { admin { role } } }',
        variables: { email, password },
      }),
    );
    expect(login.data?.adminLogin.admin.role).toBe('FINANCE');
  });
});
