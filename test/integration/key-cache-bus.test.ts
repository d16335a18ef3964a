import { Redis } from 'ioredis';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyService } from '../../server/src/domain/keys/api-key.service.js';
import { ApiKeyVerifier } from '../../server/src/domain/access/api-key-verifier.js';
import { KeyCacheBus } from '../../server/src/domain/access/key-cache-bus.js';
import { customerWithKey } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Pub/sub needs a Redis server: the suite runs this with REDIS_URL set (README, Tests).
const redisUrl = process.env.REDIS_URL;

let app: TestApp;
const connections: Redis[] = [];
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  for (const connection of connections) connection.disconnect();
  await app?.close();
});

async function pollUntil(check: () => Promise<boolean>, deadlineMs: number): Promise<boolean> {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return check();
}

describe.skipIf(!redisUrl)('key cache invalidation across processes', () => {
  it('drops a revoked key on another process at once, long before its cache entry would lapse', async () => {
    const { customer, key, keyId } = await customerWithKey(app);
    // The clock never moves, so only the invalidation message can drop the other process's entry.
    const frozen = () => 1_000_000;
    const logger = pino({ level: 'silent' });
    const connect = () => {
      const connection = new Redis(redisUrl ?? '', { maxRetriesPerRequest: 1 });
      connections.push(connection);
      return connection;
    };
    const probe = connect();
    const listeners = async () => Number((await probe.pubsub('NUMSUB', 'carlo:key-cache'))[1]);
    const before = await listeners();
    const otherProcess = new ApiKeyVerifier(app.services.orm, app.services.secrets.apiKeyPepper, 10_000, frozen);
    const otherBus = new KeyCacheBus(connect(), otherProcess, logger);
    otherBus.start();
    const thisProcess = new ApiKeyVerifier(app.services.orm, app.services.secrets.apiKeyPepper, 10_000, frozen);
    const thisBus = new KeyCacheBus(connect(), thisProcess, logger);
    thisBus.start();
    try {
      expect((await otherProcess.verify(key))?.access.level).toBe('FULL');
      const service = new ApiKeyService(app.services.secrets.apiKeyPepper, (id) => thisProcess.invalidateKey(id), 0);
      // The subscription is asynchronous: revoke only once the other process listens.
      expect(await pollUntil(async () => (await listeners()) === before + 2, 5_000)).toBe(true);
      await service.revoke(app.services.orm.em.fork(), customer.id, keyId);
      expect(await pollUntil(async () => (await otherProcess.verify(key))?.access.level === 'NONE', 5_000)).toBe(true);
    } finally {
      otherBus.stop();
      thisBus.stop();
    }
  });
});
