/**
 * What overage credits cost at a metered price of cents per 1,000 credits, rounded to the cent on
 * its line as Stripe rounds a line of a decimal unit price. No price (hard stop) charges nothing.
 */
export function overageCentsOf(overageCredits: number, overageCentsPer1000Credits: number | null): number {
  return overageCentsPer1000Credits === null ? 0 : Math.round((overageCredits * overageCentsPer1000Credits) / 1000);
}
