import { readFile } from 'node:fs/promises';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Plan } from './plan.entity.js';

type PlanSeed = Omit<
  Plan,
  'id' | 'createdAt' | 'updatedAt' | 'currency' | 'active' | 'stripeProductId' | 'stripeBasePriceId' | 'stripeMeteredPriceId'
>;

/** Creates the plans of plans.json that are missing; existing plans (and their edits) are kept. */
export async function seedPlans(em: EntityManager): Promise<void> {
  const plans = JSON.parse(await readFile(new URL('./plans.json', import.meta.url), 'utf8')) as PlanSeed[];
  const existing = new Set((await em.find(Plan, {})).map((plan) => plan.code));
  for (const plan of plans) if (!existing.has(plan.code)) em.create(Plan, plan);
  await em.flush();
}

/** The Stripe product and prices that bill a plan, found or created by billing's plan sync. */
export type PlanStripeIds = { productId: string; basePriceId: string; meteredPriceId: string | null };

export function linkPlanToStripe(plan: Plan, ids: PlanStripeIds): void {
  plan.stripeProductId = ids.productId;
  plan.stripeBasePriceId = ids.basePriceId;
  if (ids.meteredPriceId !== null) plan.stripeMeteredPriceId = ids.meteredPriceId;
}

/** The fields a new plan starts with; Stripe ids are linked later by plans sync. */
export type NewPlan = Omit<PlanSeed, 'sortOrder' | 'features'> & { features: string[] };

/** Adds a plan after every existing one, so the storefront lists it last. */
export async function createPlan(em: EntityManager, fields: NewPlan): Promise<Plan> {
  const [last] = await em.find(Plan, {}, { orderBy: { sortOrder: 'desc' }, limit: 1 });
  return em.create(Plan, { ...fields, sortOrder: (last?.sortOrder ?? 0) + 1 });
}
