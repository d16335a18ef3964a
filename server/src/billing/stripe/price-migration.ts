import type { EntityManager } from '@mikro-orm/postgresql';
import type Stripe from 'stripe';
import { ErrorCode, appError } from '../../platform/graphql/index.js';
import { Plan, type PlanPriceVersion, priceVersionsOf } from '../../domain/plans/index.js';
import { Subscription, SubscriptionStatus } from '../../domain/subscriptions/index.js';
import { planCodeOfPrice } from './stripe-mapping.js';
import { StripeGateway } from './stripe-gateway.js';
import { isCustomerOveragePrice } from './customer-overage-price.js';

/** One subscription that pays an older price of the plan and would move to the newest one. */
export type PriceMigrationLine = {
  subscriptionId: string;
  customerId: string;
  company: string;
  stripeSubscriptionId: string;
  /** The version of the price it pays now; null for a price no version records (made before versions). */
  currentVersion: number | null;
  currentPriceCents: number;
  newPriceCents: number;
  /** The period end: the first invoice that bills the new base price. */
  effectiveAt: Date;
};

export type PriceMigrationPlan = { plan: Plan; target: PlanPriceVersion; lines: PriceMigrationLine[] };

const LIVE = [SubscriptionStatus.ACTIVE, SubscriptionStatus.TRIALING, SubscriptionStatus.PAST_DUE];

type Candidate = { line: PriceMigrationLine; remote: Stripe.Subscription };

/**
 * Subscriptions of the plan whose Stripe base item is not on the plan's newest price version,
 * read from Stripe itself (the row's price is only as fresh as the last webhook). A subscription
 * with a pending plan change (a subscription schedule) is left to that change, and a customer's own
 * overage price (an admin's override) stays as it is.
 */
export async function previewPriceMigration(em: EntityManager, gateway: StripeGateway, planCode: string): Promise<PriceMigrationPlan> {
  const { plan, target, candidates } = await candidatesOf(em, gateway, planCode);
  return { plan, target, lines: candidates.map((candidate) => candidate.line) };
}

/**
 * Moves each candidate's items to the newest prices without proration: the period already paid
 * stays as billed, and the renewal invoice bills the new base price. The idempotency key names
 * the subscription and the target version, and candidates are read again from Stripe, so a rerun
 * moves nobody twice.
 */
export async function migratePriceVersion(em: EntityManager, gateway: StripeGateway, planCode: string): Promise<PriceMigrationPlan> {
  const { plan, target, candidates } = await candidatesOf(em, gateway, planCode);
  for (const { remote } of candidates) {
    await gateway.call((stripe) =>
      stripe.subscriptions.update(
        remote.id,
        { items: itemsToVersion(remote, target), proration_behavior: 'none' },
        { idempotencyKey: StripeGateway.key('migrate-price', remote.id, target.id) },
      ),
    );
  }
  return { plan, target, lines: candidates.map((candidate) => candidate.line) };
}

async function candidatesOf(
  em: EntityManager,
  gateway: StripeGateway,
  planCode: string,
): Promise<{ plan: Plan; target: PlanPriceVersion; candidates: Candidate[] }> {
  const plan = await em.findOne(Plan, { code: planCode });
  if (!plan)
    throw appError(ErrorCode.NOT_FOUND, `No plan has the code ${planCode}. Pick a plan from the Plans list.`, { field: 'planCode' });
  const versions = await priceVersionsOf(em, plan);
  const [target] = versions;
  if (!target) throw appError(ErrorCode.CONFLICT, `Plan ${planCode} has no Stripe price yet. Run plans sync first.`, { field: 'planCode' });
  const versionOf = new Map(versions.map((version) => [version.stripeBasePriceId, version.version]));
  const subscriptions = await em.find(
    Subscription,
    { plan: plan.id, status: { $in: LIVE }, stripeSubscriptionId: { $ne: null } },
    { populate: ['customer'], orderBy: { createdAt: 'asc' } },
  );
  const candidates: Candidate[] = [];
  for (const subscription of subscriptions) {
    const remote = await gateway.call((stripe) => stripe.subscriptions.retrieve(subscription.stripeSubscriptionId as string));
    const base = remote.items.data.find((item) => item.price.recurring?.usage_type !== 'metered');
    // A schedule holds a pending plan change, which moves the subscription at its renewal anyway.
    if (!base || remote.schedule || planCodeOfPrice(base.price) !== plan.code || onVersion(remote, target)) continue;
    candidates.push({
      remote,
      line: {
        subscriptionId: subscription.id,
        customerId: subscription.customer.id,
        company: subscription.customer.getEntity().company,
        stripeSubscriptionId: remote.id,
        currentVersion: versionOf.get(base.price.id) ?? null,
        currentPriceCents: base.price.unit_amount ?? 0,
        newPriceCents: target.priceCents,
        effectiveAt: new Date(base.current_period_end * 1000),
      },
    });
  }
  return { plan, target, candidates };
}

function onVersion(remote: Stripe.Subscription, target: PlanPriceVersion): boolean {
  const base = remote.items.data.find((item) => item.price.recurring?.usage_type !== 'metered');
  const metered = remote.items.data.find((item) => item.price.recurring?.usage_type === 'metered');
  const meteredDone = metered && isCustomerOveragePrice(metered.price) ? true : (metered?.price.id ?? null) === target.stripeMeteredPriceId;
  return base?.price.id === target.stripeBasePriceId && meteredDone;
}

/** The base item and the metered item move to the version's prices; a version without overage drops the metered item. */
function itemsToVersion(remote: Stripe.Subscription, target: PlanPriceVersion): Stripe.SubscriptionUpdateParams.Item[] {
  const items: Stripe.SubscriptionUpdateParams.Item[] = [];
  for (const item of remote.items.data) {
    const metered = item.price.recurring?.usage_type === 'metered';
    if (metered && isCustomerOveragePrice(item.price)) continue;
    const price = metered ? target.stripeMeteredPriceId : target.stripeBasePriceId;
    if (price === null) items.push({ id: item.id, deleted: true });
    else if (price !== item.price.id) items.push({ id: item.id, price });
  }
  if (target.stripeMeteredPriceId && !remote.items.data.some((item) => item.price.recurring?.usage_type === 'metered'))
    items.push({ price: target.stripeMeteredPriceId });
  return items;
}
