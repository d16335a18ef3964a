import { type EntityManager, ref } from '@mikro-orm/postgresql';
import type { Plan } from './plan.entity.js';
import { PlanPriceVersion } from './plan-price-version.entity.js';

/** The plan's versions, newest first. */
export function priceVersionsOf(em: EntityManager, plan: Plan): Promise<PlanPriceVersion[]> {
  return em.find(PlanPriceVersion, { plan: plan.id }, { orderBy: { version: 'desc' } });
}

/**
 * Records the plan's current Stripe prices as a new version when they differ from the newest one,
 * so a sync that changes nothing adds nothing. Called by billing's plan sync after it links prices.
 */
export async function recordPriceVersion(em: EntityManager, plan: Plan): Promise<PlanPriceVersion | null> {
  if (!plan.stripeBasePriceId) return null;
  // A hard-stopped plan keeps its old metered price linked, but its new version bills no overage.
  const meteredPriceId = plan.overageCentsPer1000Credits === null ? null : plan.stripeMeteredPriceId;
  const [latest] = await em.find(PlanPriceVersion, { plan: plan.id }, { orderBy: { version: 'desc' }, limit: 1 });
  if (latest && latest.stripeBasePriceId === plan.stripeBasePriceId && latest.stripeMeteredPriceId === meteredPriceId) return null;
  return em.create(PlanPriceVersion, {
    plan: ref(plan),
    version: (latest?.version ?? 0) + 1,
    priceCents: plan.priceCents,
    overageCentsPer1000Credits: plan.overageCentsPer1000Credits,
    stripeBasePriceId: plan.stripeBasePriceId,
    stripeMeteredPriceId: meteredPriceId,
  });
}
