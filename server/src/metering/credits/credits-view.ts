import type { PlanLimits } from '../../domain/access/index.js';
import type { Monetization } from '../monetization.js';
import { viewOf } from './credit-ledger.service.js';
import type { CreditsType } from './credits.type.js';

/** The Credits object of a customer's current period (opening it if this is its first call). */
export async function creditsOf(monetization: Monetization, customerId: string, limits: PlanLimits): Promise<CreditsType> {
  const handle = await monetization.credits.currentPeriod(customerId, limits.includedCredits);
  const row = await monetization.credits.balanceRow(handle.balanceId);
  if (!row) throw new Error(`balance ${handle.balanceId} vanished`);
  const view = viewOf(row);
  return {
    periodStart: handle.period.start,
    periodEnd: handle.period.end,
    includedCredits: row.included_credits,
    includedRemaining: view.includedRemaining,
    prepaidRemaining: view.prepaidRemaining,
    reservedCredits: row.reserved_credits,
    usedCredits: row.settled_credits + row.overage_credits,
    overageCredits: row.overage_credits,
    overageCentsPer1000Credits: limits.overageCentsPer1000Credits,
  };
}
