import type { Redis } from 'ioredis';
import { BurstyRateLimiter, RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number; reason: 'address' | 'account' };

const WINDOW_SECONDS = 15 * 60;
// Under 24.8 days: the in-process store expires keys with setTimeout, which overflows beyond that.
const KNOWN_ADDRESS_SECONDS = 14 * 24 * 3600;

/**
 * Sign-in attempts are taken before the password is checked, each with one atomic consume, so
 * concurrent guesses cannot all be verified. The rules are chosen so that nobody can lock
 * another person out:
 * - an address may try 20 times in 15 minutes over all accounts (a hard limit);
 * - an address may try one account 5 times in 15 minutes (it locks that pair only);
 * - an account takes a burst of 10 attempts from addresses that never signed in to it, then one
 *   every 30 seconds: a delay that slows guessing spread over many addresses, never a lockout.
 *   Addresses that signed in to the account before skip this rule, so the real admin is not
 *   held up by an attack on a well-known email.
 * Successful sign-ins give their attempt back. With REDIS_URL every API process shares the
 * counts (an in-process limiter covers a Redis outage); without it each process counts alone,
 * which is exact for the single process of embedded mode: run several API processes only with Redis.
 */
export class LoginThrottle {
  private readonly byAddress: RateLimiterAbstract;
  private readonly byPair: RateLimiterAbstract;
  private readonly accountSteady: RateLimiterAbstract;
  private readonly byAccount: BurstyRateLimiter;
  private readonly knownAddresses: RateLimiterAbstract;

  /** `prefix` keeps the console's and the portal's counters apart. */
  constructor(redis: Redis | null, prefix = 'login') {
    const make = (keyPrefix: string, points: number, duration: number) => {
      const base = { keyPrefix, points, duration };
      return redis
        ? new RateLimiterRedis({ ...base, storeClient: redis, insuranceLimiter: new RateLimiterMemory(base) })
        : new RateLimiterMemory(base);
    };
    this.byAddress = make(`${prefix}-address`, 20, WINDOW_SECONDS);
    this.byPair = make(`${prefix}-pair`, 5, WINDOW_SECONDS);
    this.accountSteady = make(`${prefix}-account-steady`, 1, 30);
    this.byAccount = new BurstyRateLimiter(this.accountSteady, make(`${prefix}-account-burst`, 10, WINDOW_SECONDS));
    this.knownAddresses = make(`${prefix}-known`, 1, KNOWN_ADDRESS_SECONDS);
  }

  /** Takes one attempt for this email and address, or says how long to wait; call before verifying. */
  async take(email: string, ip: string): Promise<ThrottleVerdict> {
    const account = email.toLowerCase();
    const address = await consumed(this.byAddress.consume(ip));
    if (address) return { allowed: false, retryAfterSeconds: seconds(address), reason: 'address' };
    const pair = await consumed(this.byPair.consume(pairKey(account, ip)));
    if (pair) return { allowed: false, retryAfterSeconds: seconds(pair), reason: 'address' };
    if (await this.knownAddresses.get(pairKey(account, ip))) return { allowed: true };
    const spread = await consumed(this.byAccount.consume(account));
    if (spread) return { allowed: false, retryAfterSeconds: seconds(spread), reason: 'account' };
    return { allowed: true };
  }

  /** Gives the attempt back and remembers the address as one the account signs in from. */
  async recordSuccess(email: string, ip: string): Promise<void> {
    const account = email.toLowerCase();
    await Promise.allSettled([
      this.byAddress.reward(ip),
      this.byPair.delete(pairKey(account, ip)),
      this.knownAddresses.set(pairKey(account, ip), 1, KNOWN_ADDRESS_SECONDS),
    ]);
  }
}

function pairKey(account: string, ip: string): string {
  return `${account}|${ip}`;
}

function seconds(state: RateLimiterRes): number {
  return Math.max(1, Math.ceil(state.msBeforeNext / 1000));
}

/** Null when the attempt was taken; the limiter's state when it was refused. Store failures propagate. */
async function consumed(attempt: Promise<RateLimiterRes>): Promise<RateLimiterRes | null> {
  try {
    await attempt;
    return null;
  } catch (refusal) {
    if (refusal instanceof RateLimiterRes) return refusal;
    throw refusal;
  }
}
