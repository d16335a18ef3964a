import { describe, expect, it } from 'vitest';
import { centsToAmount, neutraliseCell } from '../../platform/csv/csv-cell.js';
import { cohortRetention, monthMetrics, monthSeries, mrrByCustomer, type RevenueInterval } from './revenue-metrics.js';

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const interval = (customerId: string, mrrCents: number, from: string, to: string | null = null, planCode = 'pro'): RevenueInterval => ({
  customerId,
  planCode,
  mrrCents,
  from: d(from),
  to: to ? d(to) : null,
});

// March 2026: A stays, B churns, C contracts, D expands, E is new.
const fixture: RevenueInterval[] = [
  interval('A', 10_000, '2026-01-10'),
  interval('B', 5_000, '2026-01-15', '2026-03-20'),
  interval('C', 20_000, '2026-02-01', '2026-03-10'),
  interval('C', 8_000, '2026-03-10', null, 'starter'),
  interval('D', 2_900, '2026-02-05', '2026-03-05', 'starter'),
  interval('D', 10_000, '2026-03-05'),
  interval('E', 2_900, '2026-03-25', null, 'starter'),
];

describe('revenue metrics on fixtures (docs/revenue-metrics.md)', () => {
  it('MRR counts the intervals open at the instant, start inclusive and end exclusive', () => {
    expect(mrrByCustomer(fixture, d('2026-03-20'))).toEqual(
      new Map([
        ['A', 10_000],
        ['C', 8_000],
        ['D', 10_000],
      ]),
    );
    expect(mrrByCustomer(fixture, new Date(d('2026-03-20').getTime() - 1)).get('B')).toBe(5_000);
  });

  it('computes MRR, ARR, churn, ARPU and net revenue retention for a month', () => {
    const march = monthMetrics(fixture, d('2026-03-01'), d('2026-04-01'));
    // Opening: A 100, B 50, C 200, D 29 = 379.00; closing: A 100, C 80, D 100, E 29 = 309.00.
    expect(march).toEqual({
      month: '2026-03',
      mrrCents: 30_900,
      arrCents: 370_800,
      payingCustomers: 4,
      newCustomers: 1,
      churnedCustomers: 1,
      logoChurnRate: 0.25,
      // Lost: B 50 + C's contraction 120 = 170.00 of 379.00.
      revenueChurnRate: 0.4485,
      arpuCents: 7_725,
      // Retained by the opening cohort: A 100 + C 80 + D 100 = 280.00 of 379.00.
      netRevenueRetention: 0.7388,
      // D expanded and C contracted, each one of the four paying at the opening.
      upgradedCustomers: 1,
      downgradedCustomers: 1,
      upgradeRate: 0.25,
      downgradeRate: 0.25,
      // ARPU 77.25 / logo churn 0.25: an average customer stays four months.
      ltvCents: 30_900,
    });
  });

  it('gives an empty cohort zero churn and full retention', () => {
    const january = monthMetrics(fixture, d('2025-12-01'), d('2026-01-01'));
    expect(january).toMatchObject({
      mrrCents: 0,
      arpuCents: 0,
      logoChurnRate: 0,
      revenueChurnRate: 0,
      netRevenueRetention: 1,
      ltvCents: null,
    });
  });

  it('lists calendar months oldest first ending with the current one', () => {
    const series = monthSeries(fixture, d('2026-03-15'), 3);
    expect(series.map((m) => m.month)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(series[1].mrrCents).toBe(10_000 + 5_000 + 20_000 + 2_900);
  });
});

describe('cohort retention (docs/revenue-metrics.md)', () => {
  it('groups customers by their first paid month and follows the share still paying at each later close', () => {
    const cohorts = cohortRetention(fixture, d('2026-03-15'), 3);
    expect(cohorts).toEqual([
      // A and B started in January; B churned on 20 March.
      { cohort: '2026-01', customers: 2, retention: [1, 1, 0.5] },
      // C and D started in February; both still pay (C less, D more).
      { cohort: '2026-02', customers: 2, retention: [1, 1] },
      { cohort: '2026-03', customers: 1, retention: [1] },
    ]);
  });
});

describe('CSV cells', () => {
  it('neutralises cells a spreadsheet would evaluate as formulas', () => {
    for (const text of ['=1+1', '+SUM(A1)', '-2+3', '-2-cmd', '@cmd', '\tx', '\rx']) expect(neutraliseCell(text)).toBe(`'${text}`);
    expect(neutraliseCell('Acme, Inc.')).toBe('Acme, Inc.');
    // A plain decimal, such as a refund line's amount, is a number to a spreadsheet and stays one.
    for (const amount of ['-2', '-7.25', '12.50']) expect(neutraliseCell(amount)).toBe(amount);
    expect(neutraliseCell(-250)).toBe(-250);
    expect(neutraliseCell(null)).toBe('');
  });

  it('writes cents as exact decimal amounts', () => {
    expect([centsToAmount(0), centsToAmount(5), centsToAmount(123_456), centsToAmount(-1_050)]).toEqual([
      '0.00',
      '0.05',
      '1234.56',
      '-10.50',
    ]);
  });
});
