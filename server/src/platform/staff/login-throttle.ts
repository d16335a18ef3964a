import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts failed sign-ins per account and per address (rate-limiter-flexible): 5 failures an
 * account or 20 an address in 15 minutes lock further attempts until the window ends. Shared
 * through Redis when configured, with an in-process limiter as its insurance when Redis fails.
 */
export class LoginThrottle {
  private readonly byAccount: RateLimiterAbstract;
  private readonly byAddress: RateLimiterAbstract;

  /** `prefix` keeps the console's and the portal's counters apart. */
  constructor(redis: Redis | null, prefix = 'login') {
    const make = (keyPrefix: string, points: number) => {
      const base = { keyPrefix, points, duration: 15 * 60 };
      return redis
        ? new RateLimiterRedis({ ...base, storeClient: redis, insuranceLimiter: new RateLimiterMemory(base) })
        : new RateLimiterMemory(base);
    };
    this.byAccount = make(`${prefix}-account`, 5);
    this.byAddress = make(`${prefix}-address`, 20);
  }

  async check(email: string, ip: string): Promise<ThrottleVerdict> {
    const [account, address] = await Promise.all([this.byAccount.get(email.toLowerCase()), this.byAddress.get(ip)]);
    const blocked = [account, address].filter((state): state is RateLimiterRes => state !== null && state.remainingPoints <= 0);
    if (blocked.length === 0) return { allowed: true };
    return { allowed: false, retryAfterSeconds: Math.ceil(Math.max(...blocked.map((state) => state.msBeforeNext)) / 1000) };
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await Promise.allSettled([this.byAccount.consume(email.toLowerCase()), this.byAddress.consume(ip)]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.byAccount.delete(email.toLowerCase());
  }
}
