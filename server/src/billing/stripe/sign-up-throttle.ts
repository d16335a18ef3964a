import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * signUp calls per client address per hour (each one creates a Stripe customer). With REDIS_URL
 * every API process draws from one shared count, with an in-process limiter as insurance while
 * Redis is down; without Redis the count is this process's.
 */
export class SignUpThrottle {
  private readonly limiter: RateLimiterAbstract;

  constructor(redis: Redis | null, perHour: number) {
    const base = { keyPrefix: 'signup-address', points: perHour, duration: 3600 };
    this.limiter = redis
      ? new RateLimiterRedis({ ...base, storeClient: redis, insuranceLimiter: new RateLimiterMemory(base) })
      : new RateLimiterMemory(base);
  }

  /** Takes one sign-up from the address's hour; false when the hour is used up. */
  async allow(ip: string): Promise<boolean> {
    try {
      await this.limiter.consume(ip);
      return true;
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) return false;
      throw refusal;
    }
  }
}
