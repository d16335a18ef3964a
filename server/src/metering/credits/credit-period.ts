import { addMonth } from '../../domain/subscriptions/index.js';

export type Period = { start: Date; end: Date };

/**
 * The billing period that contains `now`: the subscription's current period, rolled forward by
 * whole months from its anchor when the subscription has not been renewed yet (Carlo-managed
 * plans, or a renewal webhook still on its way), and calendar months for an account without one.
 */
export function periodAt(subscription: Period | null, now: Date): Period {
  if (!subscription) {
    const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
    return { start, end: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)) };
  }
  if (now >= subscription.start && now < subscription.end) return subscription;
  let start = subscription.start;
  let end = subscription.end;
  if (now < start) return { start, end };
  // Bounded: a subscription untouched for 100 years is not a case worth looping further for.
  for (let months = 0; months < 1200 && now >= end; months += 1) {
    start = end;
    end = addMonth(end);
  }
  return { start, end };
}
