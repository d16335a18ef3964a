import { describe, expect, it } from 'vitest';
import { type BilledBaseLine, type BilledSubscription, billedIntervals, fullPrices } from './billed-intervals.js';

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const line = (planCode: string, amountCents: number, from: string, to: string, extra: Partial<BilledBaseLine> = {}): BilledBaseLine => ({
  planCode,
  amountCents,
  priceId: `price_${planCode}_${amountCents}`,
  proration: false,
  periodStart: d(from),
  periodEnd: d(to),
  ...extra,
});
const subscription = (lines: BilledBaseLine[], extra: Partial<BilledSubscription> = {}): BilledSubscription => ({
  customerId: 'X',
  status: 'active',
  pastDueSince: null,
  canceledAt: null,
  lines,
  ...extra,
});

describe('revenue intervals from billed lines (docs/revenue-metrics.md)', () => {
  it('keeps each billed amount until the next billed line, so a later price never restates an earlier month', () => {
    const billed = subscription([line('starter', 2_900, '2026-01-10', '2026-02-10'), line('starter', 3_900, '2026-02-10', '2026-03-10')]);
    expect(billedIntervals(billed, new Map())).toEqual([
      { customerId: 'X', planCode: 'starter', mrrCents: 2_900, from: d('2026-01-10'), to: d('2026-02-10') },
      { customerId: 'X', planCode: 'starter', mrrCents: 3_900, from: d('2026-02-10'), to: null },
    ]);
  });

  it("takes an upgrade's monthly amount from its price's full-period line, ignoring the credit for the old plan", () => {
    const upgraded = subscription([
      line('starter', 2_900, '2026-01-10', '2026-02-10'),
      line('starter', -1_450, '2026-01-25', '2026-02-10', { proration: true }),
      line('pro', 4_950, '2026-01-25', '2026-02-10', { proration: true, priceId: 'price_pro' }),
    ]);
    const prices = fullPrices([subscription([line('pro', 9_900, '2026-01-01', '2026-02-01', { priceId: 'price_pro' })])]);
    expect(billedIntervals(upgraded, prices).map((interval) => [interval.planCode, interval.mrrCents, interval.from])).toEqual([
      ['starter', 2_900, d('2026-01-10')],
      ['pro', 9_900, d('2026-01-25')],
    ]);
  });

  it('counts a yearly line as a twelfth a month', () => {
    expect(billedIntervals(subscription([line('pro', 120_000, '2026-01-01', '2027-01-01')]), new Map())[0]?.mrrCents).toBe(10_000);
  });

  it('ends revenue at cancellation or when collection stopped, and never starts it for an incomplete sign-up or a free trial', () => {
    const lines = [line('pro', 9_900, '2026-01-01', '2026-02-01')];
    expect(billedIntervals(subscription(lines, { status: 'canceled', canceledAt: d('2026-01-20') }), new Map())[0]?.to).toEqual(
      d('2026-01-20'),
    );
    expect(billedIntervals(subscription(lines, { status: 'unpaid', pastDueSince: d('2026-01-15') }), new Map())[0]?.to).toEqual(
      d('2026-01-15'),
    );
    expect(billedIntervals(subscription(lines, { status: 'past_due' }), new Map())[0]?.to).toBeNull();
    expect(billedIntervals(subscription(lines, { status: 'incomplete' }), new Map())).toEqual([]);
    expect(billedIntervals(subscription([line('pro', 0, '2026-01-01', '2026-01-15')], { status: 'trialing' }), new Map())).toEqual([]);
  });
});
