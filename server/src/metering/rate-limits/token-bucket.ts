/** A customer's bucket: its capacity (burst) in credits and its refill rate in credits per second. */
export type BucketLimits = { ratePerSecond: number; burst: number };

export type BucketVerdict = {
  allowed: boolean;
  limit: number;
  /** Whole credits left in the bucket after this request. */
  remaining: number;
  /** Seconds until the bucket is full again. */
  resetSeconds: number;
  /** Seconds until this request would pass; 0 when it passed. */
  retryAfterSeconds: number;
};

export type BucketState = { tokens: number; updatedAtMs: number };

/**
 * One step of the token bucket, pure so that the in-process limiter and the Redis script (which
 * mirrors it line for line) agree. A request takes `cost` tokens; one larger than the whole burst
 * passes only from a full bucket and leaves it in debt, so a big call is not refused forever.
 */
export function takeTokens(
  state: BucketState | null,
  limits: BucketLimits,
  cost: number,
  nowMs: number,
): { state: BucketState; verdict: BucketVerdict } {
  const burst = Math.max(1, limits.burst);
  const rate = Math.max(limits.ratePerSecond, 0.000001);
  const previous = state ?? { tokens: burst, updatedAtMs: nowMs };
  const elapsedMs = Math.max(0, nowMs - previous.updatedAtMs);
  let tokens = Math.min(burst, previous.tokens + (elapsedMs * rate) / 1000);
  const needed = Math.min(cost, burst);
  const allowed = tokens >= needed;
  if (allowed) tokens -= cost;
  return {
    state: { tokens, updatedAtMs: Math.max(nowMs, previous.updatedAtMs) },
    verdict: verdictOf(allowed, tokens, burst, rate, needed),
  };
}

export function verdictOf(allowed: boolean, tokens: number, burst: number, rate: number, needed: number): BucketVerdict {
  return {
    allowed,
    limit: burst,
    remaining: Math.max(0, Math.floor(tokens)),
    resetSeconds: Math.max(0, Math.ceil((burst - tokens) / rate)),
    retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((needed - tokens) / rate)),
  };
}
