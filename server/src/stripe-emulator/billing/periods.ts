import type Stripe from 'stripe';

/** Adds whole billing intervals in UTC, keeping the anchor day like Stripe (31 Jan → 28/29 Feb). */
export function addInterval(start: number, recurring: Pick<Stripe.Price.Recurring, 'interval' | 'interval_count'>): number {
  const date = new Date(start * 1000);
  const n = recurring.interval_count;
  if (recurring.interval === 'day') return start + n * 86_400;
  if (recurring.interval === 'week') return start + n * 7 * 86_400;
  return monthsLater(date, recurring.interval === 'year' ? 12 * n : n);
}

function monthsLater(date: Date, months: number): number {
  const target = new Date(
    Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1, date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()),
  );
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return Math.floor(target.getTime() / 1000);
}

export function currentPeriod(sub: Stripe.Subscription): { start: number; end: number } {
  const items = sub.items.data;
  if (items.length === 0) return { start: sub.created, end: sub.created };
  return { start: Math.min(...items.map((i) => i.current_period_start)), end: Math.min(...items.map((i) => i.current_period_end)) };
}

/** The top-level fields that differ, with their old values (an event's `previous_attributes`). */
export function changedFields<T extends object>(before: T, after: T): Record<string, unknown> {
  const previous: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(before)) {
    if (JSON.stringify(value) !== JSON.stringify((after as Record<string, unknown>)[key])) previous[key] = value;
  }
  return previous;
}
