import CircuitBreaker from 'opossum';
import Stripe from 'stripe';
import { ErrorCode, appError } from '../../platform/graphql/index.js';

/** Where Stripe calls go: real Stripe with a secret key, or the local emulator over http. */
export type StripeTarget = { secretKey: string; host?: string; port?: number; protocol?: 'http' | 'https' };

export type GatewayOptions = {
  /** Per attempt; the SDK default is 80 s, far longer than a GraphQL caller should wait. */
  timeoutMs?: number;
  /** The SDK's own retries: connection errors, 409 and 5xx (it honours Stripe-Should-Retry). */
  maxNetworkRetries?: number;
  /** Our extra retries of 429, which the SDK does not retry by itself. */
  rateLimitRetries?: number;
  rateLimitBaseDelayMs?: number;
  /** One call with all its retries; past it the caller gets UNAVAILABLE and the breaker counts a failure. */
  callTimeoutMs?: number;
  /** The breaker opens when half of the calls in the last 10 seconds failed, once there were this many. */
  breakerVolume?: number;
  /** How long an open breaker refuses at once before it lets one trial call through. */
  breakerResetMs?: number;
};

const DEFAULTS: Required<GatewayOptions> = {
  timeoutMs: 10_000,
  maxNetworkRetries: 2,
  rateLimitRetries: 3,
  rateLimitBaseDelayMs: 500,
  callTimeoutMs: 45_000,
  breakerVolume: 5,
  breakerResetMs: 30_000,
};

export type StripeHealth = {
  state: 'closed' | 'open' | 'half_open';
  successes: number;
  failures: number;
  timeouts: number;
  rejects: number;
};

type StripeCall = (stripe: Stripe) => Promise<unknown>;

/**
 * The one configured Stripe client. Every mutating call carries an idempotency key derived from
 * our own ids (`key(...)`), so a retry after a crash or a timeout replays the first outcome
 * instead of creating a second object; the SDK's own keys (`stripe-node-retry-<uuid>`) would not
 * survive a restart. Retries: the SDK retries connection errors, 409 and 5xx with exponential
 * backoff and jitter (maxNetworkRetries, same idempotency key every time); `call` adds backoff on
 * 429, which the SDK treats as final, honouring Retry-After. An opossum circuit breaker around it
 * all bounds each call in time and, while Stripe hangs or fails, answers UNAVAILABLE at once
 * instead of letting requests pile up; Stripe's refusals of a request (4xx) do not count.
 */
export class StripeGateway {
  readonly stripe: Stripe;
  private readonly options: Required<GatewayOptions>;
  private readonly breaker: CircuitBreaker<[StripeCall], unknown>;

  constructor(
    readonly target: StripeTarget,
    options: GatewayOptions = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
    this.stripe = new Stripe(target.secretKey, {
      ...(target.host ? { host: target.host, port: target.port, protocol: target.protocol ?? 'https' } : {}),
      timeout: this.options.timeoutMs,
      maxNetworkRetries: this.options.maxNetworkRetries,
      appInfo: { name: 'carlo' },
    });
    this.breaker = new CircuitBreaker((run: StripeCall) => this.callWithRetries(run), {
      timeout: this.options.callTimeoutMs,
      errorThresholdPercentage: 50,
      volumeThreshold: this.options.breakerVolume,
      resetTimeout: this.options.breakerResetMs,
      rollingCountTimeout: 10_000,
      errorFilter: isRequestRefusal,
    });
  }

  health(): StripeHealth {
    const { successes, failures, timeouts, rejects } = this.breaker.stats;
    const state = this.breaker.opened ? 'open' : this.breaker.halfOpen ? 'half_open' : 'closed';
    return { state, successes, failures, timeouts, rejects };
  }

  /** Stops the breaker's rolling-window timer. */
  shutdown(): void {
    this.breaker.shutdown();
  }

  get emulated(): boolean {
    return this.target.host !== undefined;
  }

  /** An idempotency key from our ids: the same operation on the same objects always sends the same key. */
  static key(operation: string, ...ids: (string | number)[]): string {
    return `carlo:${operation}:${ids.join(':')}`.slice(0, 255);
  }

  /** Runs a Stripe call through the breaker; UNAVAILABLE when it is open or the call ran out of time. */
  async call<T>(run: (stripe: Stripe) => Promise<T>): Promise<T> {
    try {
      return (await this.breaker.fire(run)) as T;
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code === 'EOPENBREAKER' || code === 'ETIMEDOUT') {
        throw appError(ErrorCode.UNAVAILABLE, 'Stripe is not answering, so billing actions are paused. Try again in a minute.');
      }
      throw error;
    }
  }

  /** Retries 429 answers with growing gaps (the SDK already retried 5xx). */
  private async callWithRetries(run: StripeCall): Promise<unknown> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await run(this.stripe);
      } catch (error) {
        if (!isRateLimited(error) || attempt >= this.options.rateLimitRetries) throw error;
        await delay(retryDelayMs(error, attempt, this.options.rateLimitBaseDelayMs));
      }
    }
  }
}

/** Stripe answered and refused this request (a declined card, a bad parameter): Stripe itself is fine. */
function isRequestRefusal(error: unknown): boolean {
  const status = error instanceof Stripe.errors.StripeError ? error.statusCode : undefined;
  return status !== undefined && status >= 400 && status < 500 && status !== 429;
}

export function isRateLimited(error: unknown): boolean {
  return error instanceof Stripe.errors.StripeError && error.statusCode === 429;
}

/** Retry-After when Stripe gives one, else base x 2^attempt with jitter, capped at 30 s. */
export function retryDelayMs(error: unknown, attempt: number, baseMs: number): number {
  const header = error instanceof Stripe.errors.StripeError ? error.headers?.['retry-after'] : undefined;
  const seconds = header ? Number(header) : Number.NaN;
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, 30_000);
  return Math.min(baseMs * 2 ** attempt * (0.5 + Math.random() / 2), 30_000);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
