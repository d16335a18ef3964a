import type { EntityManager } from '@mikro-orm/postgresql';
import type { AccessSubject, PlanLimits } from './access.js';
import { Subscription } from '../subscriptions/index.js';
import { Plan } from '../plans/index.js';
import { ApiKey, type ApiKeyScope, type SpendCap } from '../keys/index.js';

/** Everything access() needs about a key except the time, cached as one unit. */
export type CachedSubject = {
  keyId: string;
  customerId: string;
  scopes: ApiKeyScope[];
  mode: 'live' | 'test';
  planCode: string;
  /** The key's own spend cap, enforced by metering's reservation step. */
  spendCap: SpendCap | null;
  accessSubject: Omit<AccessSubject, 'now'>;
};

export function planLimits(plan: Plan): PlanLimits {
  return {
    includedCredits: plan.includedCredits,
    overageCentsPer1000Credits: plan.overageCentsPer1000Credits,
    rateLimitCreditsPerSecond: plan.rateLimitCreditsPerSecond,
    burstCredits: plan.burstCredits,
    maxIterationsSync: plan.maxIterationsSync,
    maxConcurrentJobs: plan.maxConcurrentJobs,
    maxWorkUnitsPerRun: plan.maxWorkUnitsPerRun,
  };
}

export async function loadAccessSubject(em: EntityManager, secretHash: string): Promise<CachedSubject | null> {
  const key = await em.findOne(ApiKey, { secretHash }, { populate: ['customer'] });
  if (!key) return null;
  const customer = key.customer.getEntity();
  const subscription = await em.findOne(Subscription, { customer: customer.id }, { orderBy: { createdAt: 'desc' }, populate: ['plan'] });
  const freePlan = await em.findOneOrFail(Plan, { code: 'free' });
  const plan = subscription?.plan.getEntity() ?? freePlan;
  const overrides = customer.overrides;
  const limits = { ...planLimits(plan), ...overrides };
  return {
    keyId: key.id,
    customerId: customer.id,
    scopes: key.scopes,
    mode: key.mode,
    planCode: plan.code,
    spendCap:
      key.spendCapCredits !== null && key.spendCapWindow && key.spendCapMode
        ? { credits: key.spendCapCredits, window: key.spendCapWindow, mode: key.spendCapMode }
        : null,
    accessSubject: {
      key: { status: key.status, expiresAt: key.expiresAt, graceUntil: key.graceUntil },
      customer: { status: customer.status },
      subscription: subscription
        ? { status: subscription.status, pastDueSince: subscription.pastDueSince, graceExtendedUntil: subscription.graceExtendedUntil }
        : null,
      plan: limits,
      freePlan: planLimits(freePlan),
    },
  };
}
