import { describe, expect, it } from 'vitest';
import { addToGroups, classifyLine, parsePeriod, type RevenueGroup, type RevenueInvoiceLine } from './invoice-revenue.js';

const line = (over: Partial<RevenueInvoiceLine>): RevenueInvoiceLine => ({
  invoiceId: 'i1',
  invoiceNumber: 'N-1',
  customerId: 'c1',
  company: 'Acme',
  issuedAt: new Date('2026-03-05T10:00:00Z'),
  status: 'paid',
  currency: 'usd',
  kind: 'subscription',
  planCode: 'pro',
  description: null,
  amountCents: 9_900,
  ...over,
});

describe('invoice revenue lines', () => {
  it('classifies lines by the lookup keys of our Stripe prices', () => {
    expect(classifyLine('carlo_pro_base')).toEqual({ kind: 'subscription', planCode: 'pro' });
    expect(classifyLine('carlo_team_overage')).toEqual({ kind: 'overage', planCode: 'team' });
    expect(classifyLine('carlo_pack_10k')).toEqual({ kind: 'credit_pack', planCode: 'credit pack 10k' });
    expect(classifyLine(null)).toEqual({ kind: 'other', planCode: null });
    expect(classifyLine('someone_elses_price')).toEqual({ kind: 'other', planCode: null });
  });

  it('groups by month, plan and customer with overage kept apart, totals equal to the lines', () => {
    const lines = [
      line({}),
      line({ kind: 'overage', amountCents: 1_234 }),
      line({
        invoiceId: 'i2',
        customerId: 'c2',
        company: 'Beta',
        issuedAt: new Date('2026-04-01T00:00:00Z'),
        planCode: 'starter',
        amountCents: 2_900,
      }),
      line({ invoiceId: 'i3', kind: 'credit_pack', planCode: 'credit pack small', amountCents: 5_000 }),
      line({ invoiceId: 'i4', kind: 'other', planCode: null, amountCents: 100 }),
    ];
    const by = (key: 'month' | 'plan' | 'customer') => [
      ...lines.reduce((groups, l) => addToGroups(groups, l, key), new Map<string, RevenueGroup>()).values(),
    ];
    expect(by('month')).toEqual([
      { key: '2026-03', label: '2026-03', amountCents: 16_234, overageCents: 1_234, lines: 4 },
      { key: '2026-04', label: '2026-04', amountCents: 2_900, overageCents: 0, lines: 1 },
    ]);
    expect(by('plan').map((g) => [g.key, g.amountCents])).toEqual([
      ['pro', 11_134],
      ['starter', 2_900],
      ['credit pack small', 5_000],
      ['other', 100],
    ]);
    expect(by('customer').map((g) => [g.label, g.amountCents])).toEqual([
      ['Acme', 16_234],
      ['Beta', 2_900],
    ]);
    for (const key of ['month', 'plan', 'customer'] as const) expect(by(key).reduce((sum, g) => sum + g.amountCents, 0)).toBe(19_134);
  });

  it('parses an inclusive period of whole UTC months and refuses bad ones', () => {
    expect(parsePeriod('2026-01', '2026-03')).toEqual({ start: new Date('2026-01-01T00:00:00Z'), end: new Date('2026-04-01T00:00:00Z') });
    expect(parsePeriod('2025-12', '2025-12')).toEqual({ start: new Date('2025-12-01T00:00:00Z'), end: new Date('2026-01-01T00:00:00Z') });
    expect(parsePeriod('2026-03', '2026-01')).toBeNull();
    expect(parsePeriod('2026-13', '2026-13')).toBeNull();
    expect(parsePeriod('2023-01', '2026-01')).toBeNull();
  });
});
