import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { describe, expect, it, vi } from 'vitest';
import { CreditRateLimiter } from './credit-rate-limiter.js';
import { takeTokens } from './token-bucket.js';

const limits = { ratePerSecond: 2, burst: 10 };

describe('token bucket', () => {
  it('admits exactly the burst when no time passes, then answers how long to wait', () => {
    let state = null;
    const verdicts = [];
    for (let i = 0; i < 15; i += 1) {
      const step = takeTokens(state, limits, 1, 1_000);
      state = step.state;
      verdicts.push(step.verdict);
    }
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(10);
    expect(verdicts[10]).toMatchObject({ allowed: false, remaining: 0, retryAfterSeconds: 1, resetSeconds: 5 });
  });

  it('refills at the rate and never beyond the burst', () => {
    const empty = { tokens: 0, updatedAtMs: 0 };
    expect(takeTokens(empty, limits, 1, 1_000).verdict).toMatchObject({ allowed: true, remaining: 1 });
    expect(takeTokens(empty, limits, 1, 60_000).verdict).toMatchObject({ allowed: true, remaining: 9 });
  });

  it('lets a call larger than the burst through from a full bucket and leaves the bucket in debt', () => {
    const first = takeTokens(null, limits, 25, 0);
    expect(first.verdict.allowed).toBe(true);
    const second = takeTokens(first.state, limits, 1, 1_000);
    expect(second.verdict).toMatchObject({ allowed: false, retryAfterSeconds: 7 });
  });
});

describe('CreditRateLimiter', () => {
  it('falls back to in-process buckets when Redis fails, never failing the call, and logs the outage once', async () => {
    const redis = {
      defineCommand: vi.fn(),
      carloTakeTokens: vi.fn().mockRejectedValue(new Error('connection refused')),
      del: vi.fn().mockResolvedValue(0),
    } as unknown as Redis;
    const logger = { warn: vi.fn(), info: vi.fn() } as unknown as Logger;
    const limiter = new CreditRateLimiter(redis, logger);
    limiter.useClock(() => 5_000);
    const verdicts = [];
    for (let i = 0; i < 12; i += 1) verdicts.push(await limiter.take('customer-a', limits, 1));
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(10);
    expect(logger.warn).toHaveBeenCalledTimes(1);
  });

  it('logs once when Redis recovers and uses it again', async () => {
    const takeMock = vi.fn().mockRejectedValueOnce(new Error('down')).mockResolvedValue([1, '9']);
    const logger = { warn: vi.fn(), info: vi.fn() } as unknown as Logger;
    const limiter = new CreditRateLimiter({ defineCommand: vi.fn(), carloTakeTokens: takeMock } as unknown as Redis, logger);
    await limiter.take('customer-b', limits, 1);
    const verdict = await limiter.take('customer-b', limits, 1);
    await limiter.take('customer-b', limits, 1);
    expect(verdict).toMatchObject({ allowed: true, remaining: 9 });
    expect(logger.info).toHaveBeenCalledTimes(1);
  });
});
