/**
 * Revenue intervals from what Stripe billed (docs/revenue-metrics.md, "Revenue intervals"): each
 * base-plan line on a subscription's invoices sets its monthly amount from the line's period start
 * until the next billed line, so a later price edit never restates a month already billed.
 */
import type { RevenueInterval } from './revenue-metrics.js';

/** One `carlo_<plan>_base` line of a paid (or still collected) invoice of the subscription. */
export type BilledBaseLine = {
  planCode: string;
  amountCents: number;
  priceId: string | null;
  proration: boolean;
  periodStart: Date;
  periodEnd: Date;
};

/** A subscription as the webhooks keep it, with its billed base lines in period order. */
export type BilledSubscription = {
  customerId: string;
  status: string;
  pastDueSince: Date | null;
  canceledAt: Date | null;
  lines: readonly BilledBaseLine[];
};

const DAY_MS = 86_400_000;
const AVERAGE_MONTH_MS = 30.436875 * DAY_MS;

/** Monthly amount of a full-period line: a yearly line counts a twelfth a month. */
function monthlyCents(line: BilledBaseLine): number {
  const months = Math.max(1, Math.round((line.periodEnd.getTime() - line.periodStart.getTime()) / AVERAGE_MONTH_MS));
  return Math.round(line.amountCents / months);
}

/**
 * What a line says the customer pays per month from its period start. A full-period line says it
 * directly. A proration line charging the rest of a period after a plan change says it through its
 * price: Stripe prices never change, so a full-period line of the same price anywhere gives the
 * amount; failing that, the charge scaled to a month. A negative proration line is the credit for
 * the plan left behind and says nothing about what follows.
 */
function monthlyAmount(line: BilledBaseLine, fullPriceCents: ReadonlyMap<string, number>): number | null {
  if (!line.proration) return monthlyCents(line);
  if (line.amountCents <= 0) return null;
  const known = line.priceId ? fullPriceCents.get(line.priceId) : undefined;
  if (known !== undefined) return known;
  const span = line.periodEnd.getTime() - line.periodStart.getTime();
  return span <= 0 ? null : Math.round((line.amountCents * AVERAGE_MONTH_MS) / span);
}

/** Monthly amount per Stripe price id, from full-period lines (the same price always bills the same). */
export function fullPrices(subscriptions: Iterable<BilledSubscription>): Map<string, number> {
  const prices = new Map<string, number>();
  for (const subscription of subscriptions)
    for (const line of subscription.lines)
      if (!line.proration && line.priceId && line.amountCents > 0) prices.set(line.priceId, monthlyCents(line));
  return prices;
}

/**
 * When the subscription's revenue stops: at cancellation, or when collection stopped (unpaid,
 * paused); never starts for a sign-up that never paid (incomplete); null while it runs. Stripe's
 * own times are used, not the row's creation, which test clocks and late webhooks put elsewhere.
 */
function revenueEnd(subscription: BilledSubscription): { to: Date | null } | null {
  switch (subscription.status) {
    case 'active':
    case 'past_due':
    case 'trialing':
      return { to: null };
    case 'canceled':
      return { to: subscription.canceledAt ?? subscription.lines.at(-1)?.periodEnd ?? null };
    case 'unpaid':
    case 'paused':
      return { to: subscription.pastDueSince };
    default:
      return null;
  }
}

/**
 * The subscription's intervals: the status decides until when revenue runs, and the billed lines
 * decide from when and how much, each from its period start until the next line's start. A trial
 * bills nothing, so it earns nothing until its first paid line.
 */
export function billedIntervals(subscription: BilledSubscription, fullPriceCents: ReadonlyMap<string, number>): RevenueInterval[] {
  const end = revenueEnd(subscription);
  if (!end) return [];
  const points = subscription.lines
    .map((line) => ({ at: line.periodStart, planCode: line.planCode, mrrCents: monthlyAmount(line, fullPriceCents) }))
    .filter((point): point is { at: Date; planCode: string; mrrCents: number } => point.mrrCents !== null)
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  const intervals: RevenueInterval[] = [];
  points.forEach((point, index) => {
    const next = points[index + 1]?.at ?? null;
    const from = point.at;
    const to = earliest(next, end.to);
    if (point.mrrCents <= 0 || (to !== null && to <= from)) return;
    intervals.push({ customerId: subscription.customerId, planCode: point.planCode, mrrCents: point.mrrCents, from, to });
  });
  return intervals;
}

function earliest(a: Date | null, b: Date | null): Date | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}
