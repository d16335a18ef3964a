import type { GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import type { KeyPrincipal } from '../../domain/access/index.js';
import { ErrorCode, requestError } from '../../platform/graphql/index.js';
import type { CreditRateLimiter } from '../rate-limits/credit-rate-limiter.js';
import type { BucketVerdict } from '../rate-limits/token-bucket.js';
import type { MeteredContext, RequestState } from './request-state.js';

/**
 * Step 5: the customer's token bucket takes max(1, estimate) credits, so free fields cannot be
 * flooded. Refused: 429 with Retry-After (the caller frees the idempotency claim first).
 */
export async function takeThrottle<TContext extends MeteredContext>(
  rc: GraphQLRequestContextDidResolveOperation<TContext>,
  caller: KeyPrincipal,
  state: RequestState,
  estimateCredits: number,
  rateLimiter: CreditRateLimiter,
  refused: () => Promise<void>,
): Promise<void> {
  const limits = caller.access.limits;
  const http = rc.response.http;
  const verdict = await rateLimiter.take(
    caller.customerId,
    { ratePerSecond: limits.rateLimitCreditsPerSecond, burst: limits.burstCredits },
    Math.max(1, estimateCredits),
  );
  state.throttle = verdict;
  setRateLimitHeaders(http.headers, verdict);
  if (!verdict.allowed) {
    await refused();
    http.headers.set('retry-after', String(verdict.retryAfterSeconds));
    throw requestError(
      ErrorCode.RATE_LIMITED,
      `Rate limit of ${limits.rateLimitCreditsPerSecond} credits per second (burst ${limits.burstCredits}) reached. Retry after ${verdict.retryAfterSeconds} seconds.`,
      {
        retryAfterSeconds: verdict.retryAfterSeconds,
      },
    );
  }
}

function setRateLimitHeaders(headers: Map<string, string>, verdict: BucketVerdict): void {
  headers.set('ratelimit-limit', String(verdict.limit));
  headers.set('ratelimit-remaining', String(verdict.remaining));
  headers.set('ratelimit-reset', String(verdict.resetSeconds));
}
