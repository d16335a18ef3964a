import { type EntityManager, ref } from '@mikro-orm/postgresql';
import type { Customer } from '../customers/index.js';
import type { Plan } from '../plans/index.js';
import { Subscription, SubscriptionStatus } from './subscription.entity.js';

/** The subscription as Stripe has it now, mapped by billing; `plan` is null when Stripe names no plan of ours. */
export type StripeSubscriptionState = {
  stripeSubscriptionId: string;
  plan: Plan | null;
  basePriceId: string | null;
  status: SubscriptionStatus;
  currentPeriodStart: Date;
  currentPeriodEnd: Date;
  cancelAtPeriodEnd: boolean;
  trialEnd: Date | null;
  canceledAt: Date | null;
  pastDueSince: Date | null;
  eventAt: Date;
};

/**
 * Writes Stripe's state onto our row, or onto a new row for the customer and plan when the
 * subscription is new to us. The newest event time is kept, whatever order events arrive in.
 */
export function recordStripeState(
  em: EntityManager,
  target: Subscription | { customer: Customer; plan: Plan },
  state: StripeSubscriptionState,
): Subscription {
  const subscription =
    target instanceof Subscription
      ? target
      : em.create(Subscription, {
          customer: target.customer,
          plan: target.plan,
          status: state.status,
          currentPeriodStart: state.currentPeriodStart,
          currentPeriodEnd: state.currentPeriodEnd,
        });
  subscription.stripeSubscriptionId = state.stripeSubscriptionId;
  if (state.plan) subscription.plan = ref(state.plan);
  subscription.stripeBasePriceId = state.basePriceId;
  subscription.status = state.status;
  subscription.currentPeriodStart = state.currentPeriodStart;
  subscription.currentPeriodEnd = state.currentPeriodEnd;
  subscription.cancelAtPeriodEnd = state.cancelAtPeriodEnd;
  subscription.trialEnd = state.trialEnd;
  subscription.canceledAt = state.canceledAt;
  subscription.pastDueSince = state.pastDueSince;
  // An extension belongs to one past-due episode; a paid or ended subscription starts the next one afresh.
  if (!state.pastDueSince) subscription.graceExtendedUntil = null;
  if (!subscription.lastStripeEventAt || subscription.lastStripeEventAt < state.eventAt) subscription.lastStripeEventAt = state.eventAt;
  return subscription;
}

/** Keeps a past-due subscription's full access until `until` (the dunning queue's "extend grace"). */
export function extendGrace(subscription: Subscription, until: Date): void {
  subscription.graceExtendedUntil = until;
}

/** Moves a subscription to another plan (a pending sign-up's choice, or a Carlo-managed change). */
export function movePlan(subscription: Subscription, plan: Plan): void {
  subscription.plan = ref(plan);
}

/** A sign-up whose every Checkout session expired unpaid: it stays unpaid (BILLING_ONLY) until a new Checkout is paid. */
export function expirePendingSignUp(subscription: Subscription): void {
  subscription.status = SubscriptionStatus.INCOMPLETE_EXPIRED;
}

/** A pending sign-up that got a new Checkout session waits for payment again. */
export function reopenPendingSignUp(subscription: Subscription): void {
  subscription.status = SubscriptionStatus.INCOMPLETE;
}

/** Ends a Carlo-managed subscription now. */
export function cancelNow(subscription: Subscription, at = new Date()): void {
  subscription.status = SubscriptionStatus.CANCELED;
  subscription.canceledAt = at;
  subscription.cancelAtPeriodEnd = false;
}
