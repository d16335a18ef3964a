import { describe, expect, it } from 'vitest';
import { estimateNextInvoice } from './next-invoice.js';

const periodEnd = new Date('2027-01-01T00:00:00Z');
const pro = { code: 'pro', priceCents: 9900, currency: 'usd' };

describe('the next invoice estimate', () => {
  it("adds this period's overage at the metered rate, rounded to the cent, to the next period's base", () => {
    const estimate = estimateNextInvoice(pro, { periodEnd, overageCredits: 12_345, overageCentsPer1000Credits: 50 }, 'usd');
    expect(estimate).toEqual({
      dueAt: periodEnd,
      planCode: 'pro',
      baseCents: 9900,
      overageCredits: 12_345,
      overageCents: 617,
      totalCents: 10_517,
      currency: 'usd',
    });
  });

  it('bills no base when the subscription ends with this period, and no overage on a plan without it', () => {
    expect(estimateNextInvoice(null, { periodEnd, overageCredits: 2_000, overageCentsPer1000Credits: 100 }, 'usd').totalCents).toBe(200);
    expect(estimateNextInvoice(pro, { periodEnd, overageCredits: 2_000, overageCentsPer1000Credits: null }, 'usd').overageCents).toBe(0);
  });
});
