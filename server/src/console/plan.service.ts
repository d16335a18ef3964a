import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode, appError, notFound } from '../platform/graphql/index.js';
import { recordAudit, type AuditActor } from '../platform/staff/index.js';
import { Customer, setOverrides, type CustomerOverrides } from '../domain/customers/index.js';
import type { Services } from '../api/index.js';
import { syncPlans } from '../billing/index.js';
import { Plan, type CustomerOverridesInput, type CustomerOverridesType, type UpdatePlanInput } from '../domain/plans/index.js';

const EDITABLE = [
  'name',
  'priceCents',
  'includedCredits',
  'rateLimitCreditsPerSecond',
  'burstCredits',
  'maxIterationsSync',
  'maxConcurrentJobs',
  'maxWorkUnitsPerRun',
  'features',
  'active',
] as const;

function snapshot(plan: Plan): Record<string, unknown> {
  return Object.fromEntries([...EDITABLE, 'overageCentsPer1000Credits'].map((name) => [name, plan[name as keyof Plan]]));
}

/**
 * Plan edits by super admins and per-customer overrides by admins, each with one audit row in the
 * same flush. Keys see the change at once on this process (caches dropped) and within the key
 * cache TTL elsewhere. Plan codes are fixed: they are the Stripe lookup keys.
 */
export async function updatePlan(
  em: EntityManager,
  services: Services,
  actor: AuditActor,
  code: string,
  input: UpdatePlanInput,
): Promise<Plan> {
  const plan = await em.findOne(Plan, { code });
  if (!plan) throw notFound('Plan');
  const before = snapshot(plan);
  for (const name of EDITABLE) {
    const value = input[name];
    if (value !== undefined && value !== null) Object.assign(plan, { [name]: value });
  }
  if (input.hardStop === true) plan.overageCentsPer1000Credits = null;
  else if (input.overageCentsPer1000Credits !== undefined && input.overageCentsPer1000Credits !== null)
    plan.overageCentsPer1000Credits = input.overageCentsPer1000Credits;
  if (plan.code === 'free' && plan.active === false)
    throw appError(ErrorCode.BAD_USER_INPUT, 'The free plan is the fallback for unpaid accounts and cannot be deactivated.', {
      field: 'active',
    });
  recordAudit(em, actor, { action: 'plan.update', targetType: 'plan', targetId: plan.id, before, after: snapshot(plan) });
  await em.flush();
  // Stripe prices are immutable: a new amount makes new prices and a new price version now, so the
  // next sign-up pays it; existing subscribers keep their price until staff migrate them.
  const repriced = before.priceCents !== plan.priceCents || before.overageCentsPer1000Credits !== plan.overageCentsPer1000Credits;
  if (repriced && plan.active && services.billing.connected) await syncPlans(em, services.billing.gateway);
  // Keys see the new limits within the key cache TTL; included credits apply from the next period.
  return plan;
}

export function overridesView(overrides: CustomerOverrides): CustomerOverridesType {
  return {
    rateLimitCreditsPerSecond: overrides.rateLimitCreditsPerSecond ?? null,
    burstCredits: overrides.burstCredits ?? null,
    includedCredits: overrides.includedCredits ?? null,
    overageCentsPer1000Credits: overrides.overageCentsPer1000Credits ?? null,
    hardStop: overrides.overageCentsPer1000Credits === null,
    maxIterationsSync: overrides.maxIterationsSync ?? null,
  };
}

export async function setCustomerOverrides(
  em: EntityManager,
  services: Services,
  actor: AuditActor,
  customerId: string,
  input: CustomerOverridesInput,
): Promise<CustomerOverridesType> {
  const customer = await em.findOne(Customer, customerId);
  if (!customer) throw notFound('Customer');
  const next: CustomerOverrides = {};
  if (input.rateLimitCreditsPerSecond != null) next.rateLimitCreditsPerSecond = input.rateLimitCreditsPerSecond;
  if (input.burstCredits != null) next.burstCredits = input.burstCredits;
  if (input.includedCredits != null) next.includedCredits = input.includedCredits;
  if (input.maxIterationsSync != null) next.maxIterationsSync = input.maxIterationsSync;
  if (input.hardStop === true) next.overageCentsPer1000Credits = null;
  else if (input.overageCentsPer1000Credits != null) next.overageCentsPer1000Credits = input.overageCentsPer1000Credits;
  const before = { ...customer.overrides };
  await em.transactional(async (tx) => {
    const row = await tx.findOneOrFail(Customer, customerId);
    setOverrides(row, next);
    recordAudit(tx, actor, {
      action: 'customer.overrides',
      targetType: 'customer',
      targetId: customerId,
      before,
      after: { ...next, reason: input.reason.trim() },
    });
    if (next.includedCredits !== undefined) await services.monetization.credits.adjustIncluded(tx, customerId, next.includedCredits);
  });
  services.keyVerifier.invalidateCustomer(customerId);
  services.monetization.credits.forget(customerId);
  await services.monetization.rateLimiter.reset(customerId);
  // Stripe bills the overage rate Carlo quotes: the subscription's metered item follows the override.
  if (services.billing.connected && before.overageCentsPer1000Credits !== next.overageCentsPer1000Credits)
    await services.billing.service.syncOveragePrice(em, customerId, actor.requestId ?? randomUUID());
  return overridesView(next);
}
