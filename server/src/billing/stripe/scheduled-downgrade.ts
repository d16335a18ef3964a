import type { EntityManager } from '@mikro-orm/postgresql';
import type Stripe from 'stripe';
import { Plan } from '../../domain/plans/index.js';

type StripeCall = <T>(run: (stripe: Stripe) => Promise<T>) => Promise<T>;

/**
 * A downgrade waits for the period end in a Stripe subscription schedule: the current phase keeps
 * the subscription's items, so the whole period's metered overage is billed at the plan it was used
 * on; the next phase holds the lower plan's prices; then the schedule lets go of the subscription.
 */

/** The open schedule attached to the subscription, or null. */
export async function attachedSchedule(stripe: StripeCall, remote: Stripe.Subscription): Promise<Stripe.SubscriptionSchedule | null> {
  const id = typeof remote.schedule === 'string' ? remote.schedule : remote.schedule?.id;
  if (!id) return null;
  const schedule = await stripe((client) => client.subscriptionSchedules.retrieve(id));
  return schedule.status === 'active' || schedule.status === 'not_started' ? schedule : null;
}

/** The plan of the schedule's phase that starts when the current period ends, when it is not the current plan. */
export async function scheduledPlanCode(
  em: EntityManager,
  schedule: Stripe.SubscriptionSchedule | null,
  remote: Stripe.Subscription,
  current: Plan,
): Promise<string | null> {
  const base = remote.items.data.find((item) => item.price.recurring?.usage_type !== 'metered');
  const next = schedule && base ? schedule.phases.find((phase) => phase.start_date === base.current_period_end) : undefined;
  if (!next) return null;
  const prices = next.items.map((item) => (typeof item.price === 'string' ? item.price : item.price.id));
  const plan = await em.findOne(Plan, { stripeBasePriceId: { $in: prices } });
  return plan && plan.code !== current.code ? plan.code : null;
}

/** This period on the subscription's items as they are, the next one on `basePrice` and `meteredPrice`. */
export function downgradePhases(
  schedule: Stripe.SubscriptionSchedule,
  remote: Stripe.Subscription,
  basePrice: string,
  meteredPrice: string | null,
): Stripe.SubscriptionScheduleUpdateParams.Phase[] {
  const current = remote.items.data.map((item) =>
    item.price.recurring?.usage_type === 'metered' ? { price: item.price.id } : { price: item.price.id, quantity: item.quantity ?? 1 },
  );
  const first = schedule.phases[0];
  return [
    { start_date: first.start_date, end_date: first.end_date, items: current, proration_behavior: 'none' },
    {
      items: [{ price: basePrice, quantity: 1 }, ...(meteredPrice ? [{ price: meteredPrice }] : [])],
      // One monthly period (Carlo's plans bill monthly, plans-sync.ts), after which the schedule lets go.
      duration: { interval: 'month', interval_count: 1 },
      proration_behavior: 'none',
    },
  ];
}
