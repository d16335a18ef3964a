import type { EntityManager } from '@mikro-orm/postgresql';
import type Stripe from 'stripe';
import { Plan } from '../../domain/plans/index.js';
import { type Subscription, SubscriptionStatus } from '../../domain/subscriptions/index.js';
import { overageCentsOf } from './overage-price.js';
import { attachedSchedule, scheduledPlanCode } from './scheduled-downgrade.js';

/** What the renewal invoice at the end of this period carries, as far as is known now (before tax). */
export type NextInvoiceEstimate = {
  dueAt: Date;
  /** The plan billed in advance for the next period; null when the subscription ends with this one. */
  planCode: string | null;
  baseCents: number;
  overageCredits: number;
  overageCents: number;
  totalCents: number;
  currency: string;
};

export type OverageSoFar = { periodEnd: Date; overageCredits: number; overageCentsPer1000Credits: number | null };

/**
 * The renewal invoice bills the next period's base price in advance and this period's overage in
 * arrears, at the metered price (cents per 1,000 credits, rounded to the cent on its line, as Stripe
 * rounds a line of a decimal unit price).
 */
export function estimateNextInvoice(next: Pick<Plan, 'code' | 'priceCents' | 'currency'> | null, usage: OverageSoFar, currency: string) {
  const overageCents = overageCentsOf(usage.overageCredits, usage.overageCentsPer1000Credits);
  const baseCents = next?.priceCents ?? 0;
  return {
    dueAt: usage.periodEnd,
    planCode: next?.code ?? null,
    baseCents,
    overageCredits: usage.overageCredits,
    overageCents,
    totalCents: baseCents + overageCents,
    currency: next?.currency ?? currency,
  } satisfies NextInvoiceEstimate;
}

const RENEWING = [SubscriptionStatus.ACTIVE, SubscriptionStatus.TRIALING, SubscriptionStatus.PAST_DUE];

/**
 * The estimate for a subscription that renews: a downgrade scheduled for the period end is read from
 * Stripe (its subscription schedule's next phase), so the base is the plan the next period has.
 */
export async function nextInvoiceOf(
  em: EntityManager,
  subscription: Subscription | null,
  usage: OverageSoFar,
  stripe: <T>(run: (client: Stripe) => Promise<T>) => Promise<T>,
): Promise<NextInvoiceEstimate | null> {
  if (!subscription?.stripeSubscriptionId || !RENEWING.includes(subscription.status)) return null;
  const current = subscription.plan.getEntity();
  if (subscription.cancelAtPeriodEnd) return estimateNextInvoice(null, usage, current.currency);
  const id = subscription.stripeSubscriptionId;
  const remote = await stripe((client) => client.subscriptions.retrieve(id));
  const lower = await scheduledPlanCode(em, await attachedSchedule(stripe, remote), remote, current);
  const next = lower ? await em.findOneOrFail(Plan, { code: lower }) : current;
  return estimateNextInvoice(next, usage, current.currency);
}
