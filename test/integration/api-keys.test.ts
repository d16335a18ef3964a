import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyMode, ApiKeyScope } from '../../server/src/domain/keys/api-key.entity.js';
import { generateKey } from '../../server/src/domain/keys/key-format.js';
import { graphql } from '../generated/index.js';
import { errorCodes } from '../support/graphql-client.js';
import { customerWithKey } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const Me = graphql(`query Me { me { id company access { level reason } } }`);
const ApiKeys = graphql(
  `query ApiKeys($page: Int!, $perPage: Int!) { apiKeys(page: $page, perPage: $perPage) { totalCount items { id displayPrefix last4 status graceUntil } } }`,
);
const CreateKey = graphql(
  `mutation CreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id displayPrefix last4 scopes } } }`,
);
const RotateKey = graphql(
  `mutation RotateKey($id: ID!, $graceHours: Int) { rotateApiKey(id: $id, graceHours: $graceHours) { secret apiKey { id } } }`,
);
const RevokeKey = graphql(`mutation RevokeKey($id: ID!) { revokeApiKey(id: $id) { id status } }`);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

describe('API key authentication', () => {
  /** Statements that read keys: the app's background writers (last-used times, sweeps) may run others meanwhile. */
  const keyReads = (statements: string[]) => statements.filter((sql) => /^\s*select\b[\s\S]*\bfrom\s+"?api_key"?/i.test(sql));

  it('answers { me } for a valid key', async () => {
    const { customer, key } = await customerWithKey(app);
    const response = await app.client.request(Me, {}, { key });
    expect(response.errors).toEqual([]);
    expect(response.data?.me).toMatchObject({ id: customer.id, access: { level: 'FULL', reason: 'active' } });
  });

  it('refuses malformed keys with 401 without looking them up in the database', async () => {
    const { key } = await customerWithKey(app);
    const flipped = `${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}`;
    const candidates = [
      key.replace('mc_live_', 'mc_prod_'),
      flipped,
      key.slice(0, 20),
      `${key}extra`,
      `mc_live_${'é'.repeat(38)}`,
      'x'.repeat(10_000),
      '',
    ];
    for (const candidate of candidates) {
      const stop = app.database.queries.watch();
      const response = await app.client.request(Me, {}, { key: candidate });
      expect(response.status, candidate.slice(0, 30)).toBe(401);
      expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
      expect(keyReads(stop()), 'key lookups for a malformed key').toEqual([]);
    }
    const stop = app.database.queries.watch();
    const basic = await app.client.request(Me, {}, { headers: { authorization: `Basic ${key}` } });
    expect(basic.status).toBe(401);
    expect(keyReads(stop())).toEqual([]);
  });

  it('refuses a well-formed key that was never issued, after looking it up', async () => {
    const stop = app.database.queries.watch();
    const response = await app.client.request(Me, {}, { key: generateKey('live') });
    expect(response.status).toBe(401);
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    // The malformed-key test above relies on this filter seeing a lookup when one happens.
    expect(keyReads(stop()).length).toBeGreaterThan(0);
  });

  it('refuses a revoked key at once on the process that revoked it', async () => {
    const { key, keyId } = await customerWithKey(app);
    expect((await app.client.request(Me, {}, { key })).status).toBe(200);
    const revoked = await app.client.request(RevokeKey, { id: keyId }, { key });
    expect(revoked.data?.revokeApiKey.status).toBe('REVOKED');
    const response = await app.client.request(Me, {}, { key });
    expect(response.status).toBe(401);
    expect(response.errors[0].extensions?.reason).toBe('key_revoked');
  });

  it('refuses an expired key', async () => {
    const { customer } = await customerWithKey(app);
    const em = app.services.orm.em.fork();
    const issued = await app.services.apiKeys.create(em, customer.id, {
      name: 'short-lived',
      mode: ApiKeyMode.LIVE,
      createdBy: 'system',
      expiresAt: new Date(Date.now() + 60_000),
    });
    issued.apiKey.expiresAt = new Date(Date.now() - 1000);
    await em.flush();
    app.services.keyVerifier.invalidateKey(issued.apiKey.id);
    const response = await app.client.request(Me, {}, { key: issued.secret });
    expect(response.status).toBe(401);
    expect(response.errors[0].extensions?.reason).toBe('key_expired');
  });

  it('keeps a rotated key working until its grace period ends, and not after', async () => {
    const { key, keyId } = await customerWithKey(app);
    const rotated = await app.client.request(RotateKey, { id: keyId }, { key });
    const newKey = rotated.data?.rotateApiKey.secret ?? '';
    expect(newKey).toMatch(/^mc_live_/);
    expect((await app.client.request(Me, {}, { key })).status).toBe(200);
    expect((await app.client.request(Me, {}, { key: newKey })).status).toBe(200);
    const em = app.services.orm.em.fork();
    await em.getConnection().execute(`update api_key set grace_until = now() - interval '1 second' where id = ?`, [keyId]);
    app.services.keyVerifier.invalidateKey(keyId);
    const after = await app.client.request(Me, {}, { key });
    expect(after.status).toBe(401);
    expect(after.errors[0].extensions?.reason).toBe('key_rotated');
    expect((await app.client.request(Me, {}, { key: newKey })).status).toBe(200);
  });

  it('ends the old key after the grace the caller chose: at once for 0 hours, else that many hours from now', async () => {
    const stopped = await customerWithKey(app);
    const now = await app.client.request(RotateKey, { id: stopped.keyId, graceHours: 0 }, { key: stopped.key });
    expect(now.errors).toEqual([]);
    const refused = await app.client.request(Me, {}, { key: stopped.key });
    expect(refused.status).toBe(401);
    expect(refused.errors[0].extensions?.reason).toBe('key_rotated');
    expect((await app.client.request(Me, {}, { key: now.data?.rotateApiKey.secret ?? '' })).status).toBe(200);

    const { key, keyId } = await customerWithKey(app);
    const before = Date.now();
    const later = await app.client.request(RotateKey, { id: keyId, graceHours: 48 }, { key });
    expect(later.errors).toEqual([]);
    const listed = await app.client.request(ApiKeys, { page: 1, perPage: 10 }, { key });
    const graceUntil = Date.parse(listed.data?.apiKeys.items.find((item) => item.id === keyId)?.graceUntil ?? '');
    expect(graceUntil).toBeGreaterThanOrEqual(before + 48 * 3_600_000);
    expect(graceUntil).toBeLessThanOrEqual(Date.now() + 48 * 3_600_000);
  });

  it('refuses a grace below 0 or above 30 days, naming the field, and leaves the key as it was', async () => {
    const { key, keyId } = await customerWithKey(app);
    for (const graceHours of [-1, 24 * 30 + 1]) {
      const response = await app.client.request(RotateKey, { id: keyId, graceHours }, { key });
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors[0].extensions?.field).toBe('graceHours');
      expect(response.errors[0].message).toContain('0 (the old key stops at once) to 720');
    }
    const listed = await app.client.request(ApiKeys, { page: 1, perPage: 10 }, { key });
    expect(listed.data?.apiKeys).toMatchObject({ totalCount: 1, items: [{ id: keyId, graceUntil: null }] });
  });

  it('returns the secret once at creation and never again, nor any hash', async () => {
    const { key } = await customerWithKey(app);
    const created = await app.client.request(CreateKey, { input: { name: 'ci', mode: 'TEST', scopes: ['SIMULATIONS_READ'] } }, { key });
    const secret = created.data?.createApiKey.secret ?? '';
    expect(secret).toMatch(/^mc_test_/);
    expect(created.data?.createApiKey.apiKey).toMatchObject({ last4: secret.slice(-4), scopes: ['SIMULATIONS_READ'] });
    const listed = await app.client.raw(JSON.stringify({ query: '{ apiKeys(perPage: 100) { items { id displayPrefix last4 } } }' }), {
      key,
    });
    const body = JSON.stringify(listed);
    expect(body).not.toContain(secret);
    expect(body).not.toContain(key);
    const rows = await app.services.orm.em.fork().getConnection().execute<{ secret_hash: string }[]>('select secret_hash from api_key');
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toContain(secret);
  });

  it('refuses keys management to a key without the keys:manage scope', async () => {
    const { key } = await customerWithKey(app, { scopes: [ApiKeyScope.SIMULATIONS_READ] });
    const response = await app.client.request(ApiKeys, { page: 1, perPage: 10 }, { key });
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
  });
});

describe('tenant isolation', () => {
  it("answers NOT_FOUND when a customer reads, rotates or revokes another customer's key", async () => {
    const a = await customerWithKey(app);
    const b = await customerWithKey(app);
    const revoke = await app.client.request(RevokeKey, { id: b.keyId }, { key: a.key });
    expect(errorCodes(revoke)).toEqual(['NOT_FOUND']);
    const rotate = await app.client.request(RotateKey, { id: b.keyId }, { key: a.key });
    expect(errorCodes(rotate)).toEqual(['NOT_FOUND']);
    const listed = await app.client.request(ApiKeys, { page: 1, perPage: 100 }, { key: a.key });
    expect(listed.data?.apiKeys.items.map((item) => item.id)).not.toContain(b.keyId);
    expect((await app.client.request(Me, {}, { key: b.key })).status).toBe(200);
  });
});
