import type { RateLimitState } from './response.js';

/** Why the SDK sends a request again. */
export type RetryReason = 'rate_limited' | 'connection' | 'server_error' | 'idempotent_in_progress';

/** Reported to `onRetry` before each wait, so callers can log or meter retries. */
export type RetryEvent = {
  reason: RetryReason;
  /** 1 for the first retry. */
  attempt: number;
  /** How long the SDK waits before sending again, jitter included. */
  delayMs: number;
  /** The wait the server asked for (Retry-After, else RateLimit-Reset), in seconds; null when it named none. */
  serverWaitSeconds: number | null;
  operationName: string | null;
  idempotencyKey: string | null;
};

const BASE_BACKOFF_MS = 500;
const MAX_BACKOFF_MS = 8_000;

/**
 * The wait a rate-limit refusal asks for: Retry-After (when this request would pass), else
 * RateLimit-Reset (when the bucket is full again), else the error's retryAfterSeconds.
 */
export function serverWaitSeconds(rateLimit: RateLimitState, bodyRetryAfter: unknown): number | null {
  if (rateLimit.retryAfterSeconds !== null) return rateLimit.retryAfterSeconds;
  if (rateLimit.resetSeconds !== null) return rateLimit.resetSeconds;
  return typeof bodyRetryAfter === 'number' && Number.isFinite(bodyRetryAfter) ? bodyRetryAfter : null;
}

/**
 * Never earlier than the server said, plus up to a quarter (at most a second) more at random, so
 * that clients refused together do not all come back in the same instant.
 */
export function rateLimitDelayMs(waitSeconds: number, random: () => number = Math.random): number {
  const baseMs = Math.max(0, waitSeconds) * 1000;
  const spreadMs = Math.min(1000, Math.max(100, baseMs / 4));
  return Math.ceil(baseMs + random() * spreadMs);
}

/** Exponential backoff with full jitter over its upper half, for failures that name no wait. */
export function backoffDelayMs(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** Math.max(0, attempt - 1));
  return Math.ceil(ceiling / 2 + random() * (ceiling / 2));
}

/** A wait that the caller's signal cuts short; it rejects with the signal's reason. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
