import type { Redis, Result } from 'ioredis';
import type { Logger } from 'pino';
import { type BucketLimits, type BucketState, type BucketVerdict, takeTokens, verdictOf } from './token-bucket.js';
import { TOKEN_BUCKET_LUA } from './token-bucket.lua.js';

const MAX_LOCAL_BUCKETS = 100_000;
const KEY_PREFIX = 'carlo:rl:';
/** How long a process may hold tokens it took from the shared bucket ahead of its requests. */
const LEASE_MS = 100;

/**
 * Tokens a process takes from Redis at once when the bucket holds them (the call's cost included;
 * the call is decided by its cost alone): a sixteenth of the burst, and no more
 * than the bucket refills in a lease's lifetime, so an unused lease withholds little from the
 * customer's other processes. Under 2 there is nothing to gain, and small buckets stay exact.
 */
export function leaseSize(limits: BucketLimits): number {
  const size = Math.floor(Math.min(limits.burst / 16, (limits.ratePerSecond * LEASE_MS) / 1000));
  return size >= 2 ? size : 0;
}

/** Tokens this process took from the shared bucket and has not used yet, with what the bucket held after. */
type Lease = { tokens: number; bucketTokens: number; expiresAtMs: number };

declare module 'ioredis' {
  interface RedisCommander<Context> {
    /** TOKEN_BUCKET_LUA, defined on the connection by CreditRateLimiter. */
    carloTakeTokens(
      key: string,
      rate: number,
      burst: number,
      cost: number,
      nowMs: number,
      extra: number,
    ): Result<[allowed: number, tokens: string, granted?: number], Context>;
  }
}

/**
 * Rate limits per customer in credits per second with a burst, shared by all its keys. With Redis
 * the bucket is one atomic script shared by every API process. A process takes a lease of tokens
 * (see `leaseSize`) when the bucket is large enough, and serves its next requests from it without
 * a round trip: tokens are only ever taken from the shared bucket, so the rate is never exceeded;
 * a lease unused when it expires is what the others lose, at most `leaseSize`. Without Redis, or while Redis fails,
 * buckets live in this process (fail open for rate, never for credits, which live in PostgreSQL).
 * The outage and the recovery are each logged once.
 */
export class CreditRateLimiter {
  private readonly local = new Map<string, BucketState>();
  private readonly leases = new Map<string, Lease>();
  /** Customers whose lease this process is taking right now. */
  private readonly leasing = new Set<string>();
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
    this.leases.delete(customerId);
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
    const needed = Math.min(cost, burst);
    const held = this.leases.get(customerId);
    if (held && held.expiresAtMs > nowMs && held.tokens >= cost) {
      held.tokens -= cost;
      return verdictOf(true, held.bucketTokens + held.tokens, burst, rate, needed);
    }
    // One round trip: the call's cost decides, and a call that passes takes what it can of a lease too.
    // One lease at a time per customer: calls that miss it meanwhile take their cost alone, or a
    // burst of concurrent first calls would each lease and empty the shared bucket between them.
    const extra = this.leasing.has(customerId) ? 0 : Math.max(0, leaseSize(limits) - cost);
    if (extra > 0) this.leasing.add(customerId);
    const [allowed, tokensLeft, granted = 0] = await redis
      .carloTakeTokens(`${KEY_PREFIX}${customerId}`, rate, burst, cost, nowMs, extra)
      .finally(() => extra > 0 && this.leasing.delete(customerId));
    let spare = 0;
    if (granted > 0) {
      // A lease that has not expired yet keeps its tokens: they add up.
      const current = this.leases.get(customerId);
      spare = (current && current.expiresAtMs > nowMs ? current.tokens : 0) + granted;
      this.leases.set(customerId, { tokens: spare, bucketTokens: Number(tokensLeft), expiresAtMs: nowMs + LEASE_MS });
      if (this.leases.size > MAX_LOCAL_BUCKETS) this.leases.delete(this.leases.keys().next().value ?? '');
    }
    return verdictOf(allowed === 1, Number(tokensLeft) + spare, burst, rate, needed);
  }
}
