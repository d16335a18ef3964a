import { describe, expect, it } from 'vitest';
import { computeCostCents, topCustomerMargins } from './customer-margin.js';

describe('gross margin per customer', () => {
  it('prices run time by the compute-hour, rounded to the cent', () => {
    expect(computeCostCents(3_600_000, 10)).toBe(10);
    expect(computeCostCents(5_400_000, 10)).toBe(15);
    expect(computeCostCents(1_000, 10)).toBe(0);
  });

  it('ranks customers by revenue, keeps the top ones and subtracts their compute cost', () => {
    const revenue = [
      { customerId: 'a', company: 'A', revenueCents: 1_000 },
      { customerId: 'b', company: 'B', revenueCents: 5_000 },
      { customerId: 'c', company: 'C', revenueCents: 3_000 },
    ];
    const compute = [
      { customerId: 'b', computeMs: 36_000_000 },
      { customerId: 'z', computeMs: 3_600_000 },
    ];
    expect(topCustomerMargins(revenue, compute, 100, 2)).toEqual([
      {
        customerId: 'b',
        company: 'B',
        revenueCents: 5_000,
        computeSeconds: 36_000,
        computeCostCents: 1_000,
        marginCents: 4_000,
        marginRate: 0.8,
      },
      { customerId: 'c', company: 'C', revenueCents: 3_000, computeSeconds: 0, computeCostCents: 0, marginCents: 3_000, marginRate: 1 },
    ]);
  });

  it('has no margin rate without revenue, and a negative margin when compute costs more than was billed', () => {
    const [row] = topCustomerMargins(
      [{ customerId: 'a', company: 'A', revenueCents: 0 }],
      [{ customerId: 'a', computeMs: 3_600_000 }],
      50,
      5,
    );
    expect(row).toMatchObject({ marginCents: -50, marginRate: null });
  });
});
