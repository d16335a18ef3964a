import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyService } from '../../server/src/domain/keys/api-key.service.js';
import { ApiKeyVerifier } from '../../server/src/domain/access/api-key-verifier.js';
import { customerWithKey } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

/** The statements on api_key: the app's background work (sweeps, writers) runs its own statements at any time. */
const keyStatements = (statements: string[]) => statements.filter((sql) => /\bapi_key\b/.test(sql));

describe('verified key cache', () => {
  it('sees a revocation made by another process within the cache TTL, and not before it lapses', async () => {
    const { customer, key, keyId } = await customerWithKey(app);
    let now = Date.now();
    const clock = () => now;
    const otherProcess = new ApiKeyVerifier(app.services.orm, app.services.secrets.apiKeyPepper, 10_000, clock);
    expect((await otherProcess.verify(key))?.access.level).toBe('FULL');

    const thisProcess = new ApiKeyVerifier(app.services.orm, app.services.secrets.apiKeyPepper, 10_000, clock);
    const service = new ApiKeyService(app.services.secrets.apiKeyPepper, (keyId) => thisProcess.invalidateKey(keyId), 0);
    await service.revoke(app.services.orm.em.fork(), customer.id, keyId);

    expect((await thisProcess.verify(key))?.access.level).toBe('NONE');
    now += 9_999;
    expect((await otherProcess.verify(key))?.access.level, 'still cached').toBe('FULL');
    now += 2;
    expect((await otherProcess.verify(key))?.access.level, 'after the TTL').toBe('NONE');
  });

  it('serves repeated calls of one key from the cache, without a query per call', async () => {
    const { key } = await customerWithKey(app);
    const verifier = new ApiKeyVerifier(app.services.orm, app.services.secrets.apiKeyPepper, 10_000);
    await verifier.verify(key);
    const stop = app.database.queries.watch();
    for (let call = 0; call < 20; call += 1) await verifier.verify(key);
    expect(keyStatements(stop())).toEqual([]);
  });

  it('writes last_used_at in one coalesced statement, not once per request', async () => {
    const { key, keyId } = await customerWithKey(app);
    await app.services.lastUsed.flush();
    for (let call = 0; call < 5; call += 1) await app.client.raw(JSON.stringify({ query: '{ me { id } }' }), { key });
    const read = async () =>
      (
        await app.services.orm.em
          .fork()
          .getConnection()
          .execute<{ last_used_at: string | null }[]>('select last_used_at from api_key where id = ?', [keyId])
      )[0].last_used_at;
    expect(await read()).toBeNull();
    const stop = app.database.queries.watch();
    await app.services.lastUsed.flush();
    expect(keyStatements(stop())).toHaveLength(1);
    expect(await read()).not.toBeNull();
  });
});
