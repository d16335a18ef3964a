import type { PlanLimits } from '../../domain/access/index.js';
import type { Monetization } from '../monetization.js';
import { viewOf } from './credit-ledger.service.js';
import type { CreditsType } from './credits.type.js';

/** The Credits object of a customer's current period, as it stands or as its first call will open it. */
export async function creditsOf(monetization: Monetization, customerId: string, limits: PlanLimits): Promise<CreditsType> {
  const { period, balance: row } = await monetization.credits.peekPeriod(customerId, limits.includedCredits);
  const view = viewOf(row);
  return {
    periodStart: period.start,
    periodEnd: period.end,
    includedCredits: row.included_credits,
    includedRemaining: view.includedRemaining,
    prepaidRemaining: view.prepaidRemaining,
    reservedCredits: row.reserved_credits,
    usedCredits: row.settled_credits + row.overage_credits,
    overageCredits: row.overage_credits,
    overageCentsPer1000Credits: limits.overageCentsPer1000Credits,
  };
}
