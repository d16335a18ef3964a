import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAdmin } from '../support/factories.js';
import { PRODUCTION_ENV } from '../support/production-env.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp(PRODUCTION_ENV);
});
afterAll(async () => {
  await app?.close();
});

describe('errors in production', () => {
  it('has no development mail sink and no /dev/mail page', async () => {
    expect(app.services.mail.sink).toBeNull();
    expect((await fetch(`${app.url}/dev/mail`)).status).toBe(404);
  });

  it('turns introspection off', async () => {
    const response = await app.client.raw(JSON.stringify({ query: '{ __schema { types { name } } }' }));
    expect(response.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('gives no field suggestions', async () => {
    const response = await app.client.raw(JSON.stringify({ query: '{ plan { code } }' }));
    expect(response.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors[0]?.message).not.toMatch(/Did you mean/);
  });

  it('refuses batched requests', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ plans { code } }' }, { query: '{ plans { code } }' }]),
    });
    expect(response.status).toBe(400);
  });

  it('answers a malformed id like an unknown one, without a stack trace or SQL', async () => {
    const admin = await signedInAdmin(app);
    const response = await app.client.raw(JSON.stringify({ query: '{ customer(id: "1; drop table customer") { id } }' }), {
      cookie: admin.cookie,
    });
    expect(response.errors[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(response)).not.toMatch(/stacktrace|select |uuid|at .*\.ts:/i);
  });
});
