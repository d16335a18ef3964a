import type { Redis, Result } from 'ioredis';
import type { Logger } from 'pino';
import { type BucketLimits, type BucketState, type BucketVerdict, takeTokens, verdictOf } from './token-bucket.js';
import { TOKEN_BUCKET_LUA } from './token-bucket.lua.js';

const MAX_LOCAL_BUCKETS = 100_000;
const KEY_PREFIX = 'carlo:rl:';

declare module 'ioredis' {
  interface RedisCommander<Context> {
    /** TOKEN_BUCKET_LUA, defined on the connection by CreditRateLimiter. */
    carloTakeTokens(key: string, rate: number, burst: number, cost: number, nowMs: number): Result<[number, string], Context>;
  }
}

/**
 * Rate limits per customer in credits per second with a burst, shared by all its keys. With Redis
 * the bucket is one atomic script shared by every API process; without it, or while Redis fails,
 * buckets live in this process (fail open for rate, never for credits, which live in PostgreSQL).
 * The outage and the recovery are each logged once.
 */
export class CreditRateLimiter {
  private readonly local = new Map<string, BucketState>();
  private redisDown = false;
  private now: () => number = () => Date.now();

  constructor(
    private readonly redis: Redis | null,
    private readonly logger: Logger,
  ) {
    // ioredis sends a defined command as EVALSHA (EVAL once when Redis lacks the script), so a
    // request carries the script's hash instead of its source: bench:api's profile had the
    // script text among the bytes written per request.
    redis?.defineCommand('carloTakeTokens', { numberOfKeys: 1, lua: TOKEN_BUCKET_LUA });
  }

  /** Tests freeze time so that refill cannot add tokens while they count. */
  useClock(now: () => number): void {
    this.now = now;
  }

  async take(customerId: string, limits: BucketLimits, cost: number): Promise<BucketVerdict> {
    const nowMs = this.now();
    if (this.redis) {
      try {
        const verdict = await this.takeInRedis(this.redis, customerId, limits, cost, nowMs);
        if (this.redisDown) {
          this.redisDown = false;
          this.logger.info('rate limiter: Redis is back; buckets are shared again');
        }
        return verdict;
      } catch (error) {
        if (!this.redisDown) {
          this.redisDown = true;
          this.logger.warn({ err: (error as Error).message }, 'rate limiter: Redis failed; using in-process buckets until it recovers');
        }
      }
    }
    return this.takeLocally(customerId, limits, cost, nowMs);
  }

  /** Forgets a customer's bucket (an admin changed its limits). */
  async reset(customerId: string): Promise<void> {
    this.local.delete(customerId);
    if (this.redis) await this.redis.del(`${KEY_PREFIX}${customerId}`).catch(() => undefined);
  }

  private takeLocally(customerId: string, limits: BucketLimits, cost: number, nowMs: number): BucketVerdict {
    const { state, verdict } = takeTokens(this.local.get(customerId) ?? null, limits, cost, nowMs);
    if (!this.local.has(customerId) && this.local.size >= MAX_LOCAL_BUCKETS) this.local.delete(this.local.keys().next().value ?? '');
    this.local.set(customerId, state);
    return verdict;
  }

  private async takeInRedis(redis: Redis, customerId: string, limits: BucketLimits, cost: number, nowMs: number): Promise<BucketVerdict> {
    const burst = Math.max(1, limits.burst);
    const rate = Math.max(limits.ratePerSecond, 0.000001);
    const reply = await redis.carloTakeTokens(`${KEY_PREFIX}${customerId}`, rate, burst, cost, nowMs);
    return verdictOf(reply[0] === 1, Number(reply[1]), burst, rate, Math.min(cost, burst));
  }
}
