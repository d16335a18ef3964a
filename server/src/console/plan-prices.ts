import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode, appError } from '../platform/graphql/index.js';
import { recordAudit, type AuditActor } from '../platform/staff/index.js';
import type { Services } from '../api/index.js';
import { Plan, priceVersionsOf } from '../domain/plans/index.js';
import { Subscription, SubscriptionStatus } from '../domain/subscriptions/index.js';
import { migratePriceVersion, previewPriceMigration, type PriceMigrationPlan, type StripeGateway } from '../billing/index.js';
import { auditReason } from './audit-reason.js';
import type { PlanPriceMigrationType, PlanPriceVersionType } from './plan-prices.type.js';

const LIVE = [SubscriptionStatus.ACTIVE, SubscriptionStatus.TRIALING, SubscriptionStatus.PAST_DUE];

async function planOf(em: EntityManager, planCode: string): Promise<Plan> {
  const plan = await em.findOne(Plan, { code: planCode });
  if (!plan)
    throw appError(ErrorCode.NOT_FOUND, `No plan has the code ${planCode}. Pick a plan from the Plans list.`, { field: 'planCode' });
  return plan;
}

function gatewayOf(services: Services): StripeGateway {
  if (!services.billing.connected)
    throw appError(ErrorCode.UNAVAILABLE, 'Stripe is not connected on this server, so prices cannot be migrated. Try again shortly.');
  return services.billing.gateway;
}

/** The plan's price versions, newest first, each with the live subscriptions paying it. */
export async function planPriceVersions(em: EntityManager, planCode: string): Promise<PlanPriceVersionType[]> {
  const plan = await planOf(em, planCode);
  const versions = await priceVersionsOf(em, plan);
  const subscriptions = await em.find(
    Subscription,
    { plan: plan.id, status: { $in: LIVE }, stripeBasePriceId: { $ne: null } },
    { fields: ['stripeBasePriceId'] },
  );
  const counts = new Map<string, number>();
  for (const { stripeBasePriceId } of subscriptions)
    if (stripeBasePriceId) counts.set(stripeBasePriceId, (counts.get(stripeBasePriceId) ?? 0) + 1);
  return versions.map((version, index) => ({
    id: version.id,
    version: version.version,
    priceCents: version.priceCents,
    overageCentsPer1000Credits: version.overageCentsPer1000Credits,
    stripeBasePriceId: version.stripeBasePriceId,
    stripeMeteredPriceId: version.stripeMeteredPriceId,
    createdAt: version.createdAt,
    subscribers: counts.get(version.stripeBasePriceId) ?? 0,
    current: index === 0,
  }));
}

function view(result: PriceMigrationPlan): PlanPriceMigrationType {
  return { planCode: result.plan.code, targetVersion: result.target.version, count: result.lines.length, subscriptions: result.lines };
}

export async function previewPlanPriceMigration(em: EntityManager, services: Services, planCode: string): Promise<PlanPriceMigrationType> {
  return view(await previewPriceMigration(em, gatewayOf(services), planCode));
}

/** Moves the plan's subscribers to its newest price at their next renewal; one audit row names who moved. */
export async function migratePlanSubscribers(
  em: EntityManager,
  services: Services,
  actor: AuditActor,
  planCode: string,
  reason: string,
): Promise<PlanPriceMigrationType> {
  const why = auditReason(reason);
  const result = await migratePriceVersion(em, gatewayOf(services), planCode);
  recordAudit(em, actor, {
    action: 'plan.migrate_prices',
    targetType: 'plan',
    targetId: result.plan.id,
    after: { reason: why, version: result.target.version, subscriptions: result.lines.map((line) => line.stripeSubscriptionId) },
  });
  await em.flush();
  return view(result);
}
