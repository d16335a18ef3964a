import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { CreditRateLimiter, leaseSize } from '../../server/src/metering/rate-limits/credit-rate-limiter.js';

// The shared bucket needs a Redis server: the suite runs this with REDIS_URL set (README, Tests).
const redisUrl = process.env.REDIS_URL;
const connections: Redis[] = [];
afterAll(() => {
  for (const connection of connections) connection.disconnect();
});

/** One API process's limiter on its own Redis connection, with a clock the test holds still. */
function processLimiter(nowMs: () => number): { limiter: CreditRateLimiter; redis: Redis } {
  const redis = new Redis(redisUrl ?? '', { maxRetriesPerRequest: 1 });
  connections.push(redis);
  const limiter = new CreditRateLimiter(redis, pino({ level: 'silent' }));
  limiter.useClock(nowMs);
  return { limiter, redis };
}

const bucketTokens = async (redis: Redis, customerId: string) => Number(await redis.hget(`carlo:rl:${customerId}`, 't'));

describe('rate limit leases', () => {
  it('sizes a lease at a sixteenth of the burst, at most a tenth of a second of refill, and none for small buckets', () => {
    expect(leaseSize({ ratePerSecond: 1_000, burst: 1_600 })).toBe(100);
    expect(leaseSize({ ratePerSecond: 50, burst: 1_600 })).toBe(5);
    expect(leaseSize({ ratePerSecond: 1, burst: 20 })).toBe(0);
    expect(leaseSize({ ratePerSecond: 1_000, burst: 20 })).toBe(0);
  });

  describe.skipIf(!redisUrl)('with Redis shared by two processes', () => {
    it('serves a lease without a round trip: the shared bucket moves once per lease, not once per call', async () => {
      const customerId = randomUUID();
      const { limiter, redis } = processLimiter(() => 1_000_000);
      const limits = { ratePerSecond: 1_000, burst: 1_600 };
      expect((await limiter.take(customerId, limits, 1)).allowed).toBe(true);
      expect(await bucketTokens(redis, customerId)).toBe(1_500);
      for (let call = 0; call < 99; call += 1) expect((await limiter.take(customerId, limits, 1)).allowed).toBe(true);
      expect(await bucketTokens(redis, customerId)).toBe(1_500);
      expect((await limiter.take(customerId, limits, 1)).allowed).toBe(true);
      expect(await bucketTokens(redis, customerId)).toBe(1_400);
    });

    it('admits exactly the burst across two processes taking leases in turn, and refuses the next call in each', async () => {
      const customerId = randomUUID();
      const frozen = () => 2_000_000;
      const a = processLimiter(frozen);
      const b = processLimiter(frozen);
      const limits = { ratePerSecond: 1_000, burst: 1_600 };
      let admitted = 0;
      for (let round = 0; round < 1_000; round += 1) {
        const [first, second] = await Promise.all([a.limiter.take(customerId, limits, 1), b.limiter.take(customerId, limits, 1)]);
        admitted += Number(first.allowed) + Number(second.allowed);
      }
      expect(admitted).toBe(1_600);
      expect(await a.limiter.take(customerId, limits, 1)).toMatchObject({ allowed: false, remaining: 0 });
      expect(await b.limiter.take(customerId, limits, 1)).toMatchObject({ allowed: false, remaining: 0 });
    });

    it('takes one lease at a time: 40 concurrent first calls lease once and take their own cost otherwise', async () => {
      const customerId = randomUUID();
      const { limiter, redis } = processLimiter(() => 4_000_000);
      const limits = { ratePerSecond: 1_000_000, burst: 1_000_000 };
      const verdicts = await Promise.all(Array.from({ length: 40 }, () => limiter.take(customerId, limits, 1)));
      expect(verdicts.every((verdict) => verdict.allowed)).toBe(true);
      expect(await bucketTokens(redis, customerId)).toBe(1_000_000 - leaseSize(limits) - 39);
    });

    it('takes each call from the shared bucket when the bucket is too small to lease', async () => {
      const customerId = randomUUID();
      const { limiter, redis } = processLimiter(() => 3_000_000);
      const limits = { ratePerSecond: 1, burst: 20 };
      await limiter.take(customerId, limits, 1);
      await limiter.take(customerId, limits, 1);
      expect(await bucketTokens(redis, customerId)).toBe(18);
    });
  });
});
