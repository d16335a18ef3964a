import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode, appError } from '../platform/graphql/index.js';
import { recordAudit, type AuditActor } from '../platform/staff/index.js';
import { Plan, createPlan, type CreatePlanInput } from '../domain/plans/index.js';

/**
 * A super admin's new plan, with one audit row in the same flush. A taken code is a field error
 * rather than a database conflict, so the console can show it beside the code input. Stripe
 * prices for it are made by plans sync, which finds prices by the code as lookup key.
 */
export async function createPlanFromConsole(em: EntityManager, actor: AuditActor, input: CreatePlanInput): Promise<Plan> {
  const code = input.code.trim();
  if (await em.findOne(Plan, { code }))
    throw appError(ErrorCode.BAD_USER_INPUT, `A plan with code "${code}" already exists; choose another code.`, { field: 'code' });
  if (input.burstCredits < input.rateLimitCreditsPerSecond)
    throw appError(ErrorCode.BAD_USER_INPUT, 'Burst credits must be at least the rate limit per second.', { field: 'burstCredits' });
  const plan = await createPlan(em, {
    code,
    name: input.name.trim(),
    priceCents: input.priceCents,
    includedCredits: input.includedCredits,
    overageCentsPer1000Credits: input.overageCentsPer1000Credits ?? null,
    rateLimitCreditsPerSecond: input.rateLimitCreditsPerSecond,
    burstCredits: input.burstCredits,
    maxIterationsSync: input.maxIterationsSync,
    maxConcurrentJobs: input.maxConcurrentJobs,
    maxWorkUnitsPerRun: input.maxWorkUnitsPerRun,
    features: input.features ?? [],
  });
  recordAudit(em, actor, { action: 'plan.create', targetType: 'plan', targetId: plan.id, after: { ...input, code } });
  await em.flush();
  return plan;
}
