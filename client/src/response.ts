/** The receipt Carlo puts in `extensions.cost` of every response, in credits. */
export type CostReceipt = {
  /** The static price the call reserved before it ran. */
  requested: number;
  /** What the call was worth once it ran (never more than requested). */
  actual: number;
  /** What this call took from the account; 0 on a replayed idempotent response. */
  charged: number;
  includedRemaining: number | null;
  prepaidRemaining: number | null;
  overageThisPeriod: number | null;
  throttle: { limit: number; remaining: number; resetSeconds: number } | null;
  /** Credits kept reserved for jobs this call started; settled by what the jobs run. */
  held?: number;
  /** True when the server answered from a stored idempotent response. */
  replayed?: boolean;
};

/** The customer's credit bucket as the `RateLimit-*` headers told it; null fields were absent. */
export type RateLimitState = {
  /** Bucket size in credits (the burst). */
  limit: number | null;
  /** Whole credits left in the bucket. */
  remaining: number | null;
  /** Seconds until the bucket is full again. */
  resetSeconds: number | null;
  /** Seconds until a refused call would pass (`Retry-After`), on refusals only. */
  retryAfterSeconds: number | null;
};

/** What every SDK result carries besides its data. */
export type ResponseMeta = {
  status: number;
  /** Carlo's `x-request-id`: quote it to support. */
  requestId: string | null;
  cost: CostReceipt | null;
  rateLimit: RateLimitState;
  /** True when an idempotent retry got the stored response of an earlier attempt. */
  replayed: boolean;
  /** How many times the SDK sent the request (1 without retries). */
  attempts: number;
};

/** A result object with its response metadata on `lastResponse` (not enumerable, so JSON stays clean). */
export type WithResponse<T> = T & { readonly lastResponse: ResponseMeta };

export function withResponse<T extends object>(value: T, meta: ResponseMeta): WithResponse<T> {
  Object.defineProperty(value, 'lastResponse', { value: meta, enumerable: false, configurable: true });
  return value as WithResponse<T>;
}

function numberHeader(headers: Headers, name: string): number | null {
  const raw = headers.get(name);
  if (raw === null || raw.trim() === '') return null;
  const value = Number(raw);
  return Number.isFinite(value) ? value : null;
}

/** `Retry-After` is seconds or an HTTP date (RFC 9110); both become seconds from now. */
function retryAfterSeconds(headers: Headers): number | null {
  const seconds = numberHeader(headers, 'retry-after');
  if (seconds !== null) return Math.max(0, seconds);
  const raw = headers.get('retry-after');
  const date = raw ? Date.parse(raw) : Number.NaN;
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

export function rateLimitOf(headers: Headers): RateLimitState {
  return {
    limit: numberHeader(headers, 'ratelimit-limit'),
    remaining: numberHeader(headers, 'ratelimit-remaining'),
    resetSeconds: numberHeader(headers, 'ratelimit-reset'),
    retryAfterSeconds: retryAfterSeconds(headers),
  };
}

export function costOf(extensions: unknown): CostReceipt | null {
  if (!extensions || typeof extensions !== 'object') return null;
  const cost = (extensions as { cost?: unknown }).cost;
  return cost && typeof cost === 'object' ? (cost as CostReceipt) : null;
}
