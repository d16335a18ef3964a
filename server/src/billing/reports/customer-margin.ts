/** Billed revenue of one customer over a period, in cents. */
export type CustomerRevenue = { customerId: string; company: string; revenueCents: number };
/** Summed run time of one customer's simulations over the same period. */
export type CustomerCompute = { customerId: string; computeMs: number };

export type CustomerMargin = CustomerRevenue & {
  computeSeconds: number;
  computeCostCents: number;
  marginCents: number;
  /** Margin over revenue, four decimals; null without revenue. */
  marginRate: number | null;
};

const MS_PER_HOUR = 3_600_000;

/** Compute cost in cents of a run time at a price per compute-hour, rounded to the cent. */
export function computeCostCents(computeMs: number, centsPerComputeHour: number): number {
  return Math.round((computeMs * centsPerComputeHour) / MS_PER_HOUR);
}

/**
 * Gross margin of the customers with the most billed revenue: revenue minus compute cost. Only customers with
 * revenue are ranked (a customer running simulations without paying has no margin to rank, only a cost).
 */
export function topCustomerMargins(
  revenue: CustomerRevenue[],
  compute: CustomerCompute[],
  centsPerComputeHour: number,
  limit: number,
): CustomerMargin[] {
  const msByCustomer = new Map(compute.map((row) => [row.customerId, row.computeMs]));
  return [...revenue]
    .sort((a, b) => b.revenueCents - a.revenueCents || a.customerId.localeCompare(b.customerId))
    .slice(0, limit)
    .map((row) => {
      const computeMs = msByCustomer.get(row.customerId) ?? 0;
      const cost = computeCostCents(computeMs, centsPerComputeHour);
      const margin = row.revenueCents - cost;
      return {
        ...row,
        computeSeconds: Math.round(computeMs / 1000),
        computeCostCents: cost,
        marginCents: margin,
        marginRate: row.revenueCents > 0 ? Math.round((margin / row.revenueCents) * 10_000) / 10_000 : null,
      };
    });
}
