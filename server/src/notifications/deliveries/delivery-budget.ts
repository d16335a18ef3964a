import { RateLimiterMemory, RateLimiterQueue } from 'rate-limiter-flexible';

/** The budget is counted in windows this long, so attempts start spread over the second rather than in one burst. */
const WINDOW_SECONDS = 0.1;

/**
 * A per-process ceiling on webhook attempts started per second: a batch waits until the budget
 * has room for it. Without a ceiling (0) a batch never waits.
 */
export class DeliveryBudget {
  private readonly queue: RateLimiterQueue | null;

  constructor(perSecond: number, largestBatch: number) {
    if (perSecond <= 0) {
      this.queue = null;
      return;
    }
    // A window holds whole batches (one at least, or the largest could never start), so full
    // batches use the whole budget rather than leaving a remainder no batch fits in.
    const points = largestBatch * Math.max(1, Math.ceil((perSecond * WINDOW_SECONDS) / largestBatch));
    this.queue = new RateLimiterQueue(new RateLimiterMemory({ points, duration: points / perSecond }));
  }

  /** Resolves once `attempts` more attempts fit in the budget. */
  async take(attempts: number): Promise<void> {
    if (this.queue) await this.queue.removeTokens(attempts);
  }
}
