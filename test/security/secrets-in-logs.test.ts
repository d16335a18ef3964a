import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminRole } from '../../server/src/platform/staff/admin-role.js';
import { customerWithKey, signedInAdmin } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
const lines: string[] = [];
beforeAll(async () => {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  app = await startTestApp({ LOG_LEVEL: 'trace' }, { logger: pino({ level: 'trace' }, sink) });
});
afterAll(async () => {
  await app?.close();
});

describe('logs', () => {
  it('never contain an API key, a password or a session token, even at trace level', async () => {
    const { key } = await customerWithKey(app);
    const admin = await signedInAdmin(app, AdminRole.ADMIN);
    await app.client.raw(JSON.stringify({ query: '{ me { id } }' }), { key });
    await app.client.raw(JSON.stringify({ query: '{ me { id } }' }), { key: `${key.slice(0, -1)}x` });
    await app.client.raw(JSON.stringify({ query: '{ adminMe { email } }' }), { cookie: admin.cookie });
    const token = admin.cookie.split('=')[1];
    const log = lines.join('');
    expect(log.length).toBeGreaterThan(0);
    expect(log).not.toContain(key);
    expect(log).not.toContain(key.slice(8, 40));
    expect(log).not.toContain(admin.password);
    expect(log).not.toContain(token);
  });
});
