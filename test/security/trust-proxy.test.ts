import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/src/platform/config/config.js';
import { signedInAdmin } from '../support/factories.js';
import { PRODUCTION_ENV } from '../support/production-env.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const FORGED = '203.0.113.77';

/** Signs in with a forged X-Forwarded-For and answers the address the audit log recorded for it. */
async function auditedLoginAddress(app: TestApp, forwardedFor: string): Promise<string | null> {
  const admin = await signedInAdmin(app);
  const login = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
    body: JSON.stringify({
      query: 'mutation ($email: String!, $password: String!) { adminLogin(email: $email, password: $password) { expiresAt } }',
      variables: { email: admin.email, password: admin.password },
    }),
  });
  expect(login.status).toBe(200);
  const audit = await app.client.raw<{ auditLog: { items: { action: string; ip: string | null }[] } }>(
    JSON.stringify({
      query: 'query ($id: String) { auditLog(targetId: $id, perPage: 10) { items { action ip } } }',
      variables: { id: admin.id },
    }),
    { cookie: admin.cookie },
  );
  return audit.data?.auditLog.items.find((entry) => entry.action === 'admin.login')?.ip ?? null;
}

describe('X-Forwarded-For in production', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(PRODUCTION_ENV);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('is ignored unless TRUST_PROXY names the proxy: the audit log records the peer, not the forged address', async () => {
    const ips = [await auditedLoginAddress(app, FORGED), await auditedLoginAddress(app, `${FORGED}, 198.51.100.9`)];
    expect(ips.every((ip) => ip !== null && !ip.includes('203.0.113') && !ip.includes('198.51.100'))).toBe(true);
  });
});

describe.each([
  ['a CIDR list', '127.0.0.1/8,::1'],
  ['a hop count', '1'],
])('X-Forwarded-For behind one proxy trusted by %s', (_label, trustProxy) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ ...PRODUCTION_ENV, TRUST_PROXY: trustProxy });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('takes the address the trusted proxy appended, never one the client put before it', async () => {
    expect(await auditedLoginAddress(app, `198.51.100.9, ${FORGED}`)).toBe(FORGED);
  });
});

describe('TRUST_PROXY', () => {
  it('is off by default and takes a hop count or a list of addresses and CIDR ranges', () => {
    expect(loadConfig({}).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.4,loopback' }).TRUST_PROXY).toEqual(['10.0.0.0/8', '192.168.1.4', 'loopback']);
  });

  it('refuses "true" and malformed ranges', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/TRUST_PROXY/);
  });
});
