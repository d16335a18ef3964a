import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

describe('security headers', () => {
  it.each(['/admin/', '/graphql?query=%7B__typename%7D', '/billing/success', '/healthz'])(
    '%s carries a CSP that forbids framing, and nosniff',
    async (path) => {
      const response = await fetch(`${app.url}${path}`, { headers: { 'apollo-require-preflight': 'true' } });
      await response.arrayBuffer();
      const policy = response.headers.get('content-security-policy') ?? '';
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("object-src 'none'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      // Outside production the answers are plain http on a developer's machine: no HSTS.
      expect(response.headers.get('strict-transport-security')).toBeNull();
    },
  );

  it('compresses large answers for clients that accept it', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
      body: JSON.stringify({ query: '{ __schema { types { name description } } }' }),
    });
    expect((await response.text()).length).toBeGreaterThan(1024);
    expect(response.headers.get('content-encoding')).toBe('gzip');
  });
});
