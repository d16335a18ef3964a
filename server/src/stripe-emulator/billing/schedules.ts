import type Stripe from 'stripe';
import type { Core } from '../core.js';
import { invalidRequest } from '../http/stripe-error.js';
import { scheduleObject, schedulePhaseObject } from '../objects/schedule-objects.js';
import { newId } from '../state/ids.js';
import { addInterval, currentPeriod } from './periods.js';
import { isLicensed } from './proration.js';
import { updateAndEmit } from './subscription-status.js';
import type { ItemUpdate, ProrationBehavior } from './subscription-update.js';
import { updateSubscription } from './subscription-update.js';

export type PhaseParams = {
  startDate?: number;
  endDate?: number;
  duration?: Pick<Stripe.Price.Recurring, 'interval' | 'interval_count'>;
  items: { price: Stripe.Price; quantity?: number }[];
  prorationBehavior?: ProrationBehavior;
};

const OPEN: readonly Stripe.SubscriptionSchedule.Status[] = ['not_started', 'active'];

function scheduleOf(core: Core, sub: Stripe.Subscription): Stripe.SubscriptionSchedule | undefined {
  const id = typeof sub.schedule === 'string' ? sub.schedule : sub.schedule?.id;
  return id ? core.state.subscriptionSchedules[id] : undefined;
}

/** `from_subscription`: one phase holding the subscription's items for its current period. */
export function scheduleFromSubscription(core: Core, sub: Stripe.Subscription): Stripe.SubscriptionSchedule {
  if (sub.schedule)
    throw invalidRequest(
      `You cannot migrate a subscription that is already attached to a schedule: \`${String(sub.schedule)}\`.`,
      'from_subscription',
    );
  if (sub.status === 'canceled') throw invalidRequest('You cannot migrate a canceled subscription to a schedule.', 'from_subscription');
  const period = currentPeriod(sub);
  const phase = schedulePhaseObject({
    start: period.start,
    end: period.end,
    currency: sub.currency,
    items: sub.items.data.map((item) => ({ price: item.price.id, quantity: item.quantity })),
    prorationBehavior: 'create_prorations',
  });
  const schedule = scheduleObject({
    id: newId('sub_sched'),
    created: core.nowFor(String(sub.customer)),
    customer: String(sub.customer),
    subscription: sub.id,
    testClock: typeof sub.test_clock === 'string' ? sub.test_clock : null,
    phases: [phase],
  });
  core.state.subscriptionSchedules[schedule.id] = schedule;
  updateAndEmit(core, sub, (s) => {
    s.schedule = schedule.id;
  });
  core.emit('subscription_schedule.created', schedule);
  return schedule;
}

/**
 * Replaces the phases. As on Stripe, the first phase starts when the current one did (past phases
 * cannot move), each later phase starts when the one before ends, and each needs an `end_date` or a
 * `duration`. Items of the current phase that differ from the subscription's apply now.
 */
export function updatePhases(
  core: Core,
  schedule: Stripe.SubscriptionSchedule,
  phases: PhaseParams[],
  endBehavior: Stripe.SubscriptionSchedule.EndBehavior | undefined,
): Stripe.SubscriptionSchedule {
  assertOpen(schedule);
  const sub = core.state.subscriptions[String(schedule.subscription)];
  if (!sub) throw invalidRequest('This subscription schedule has no subscription to schedule.', 'subscription');
  if (phases.length === 0) throw invalidRequest('Missing required param: phases.', 'phases', 'parameter_missing');
  const currentStart = schedule.current_phase?.start_date ?? currentPeriod(sub).start;
  let start = phases[0].startDate ?? currentStart;
  if (start !== currentStart) throw invalidRequest('You can not modify the start date of the current phase.', 'phases[0][start_date]');
  const built = phases.map((phase, i) => {
    if (phase.items.length === 0)
      throw invalidRequest(`Missing required param: phases[${i}][items].`, `phases[${i}][items]`, 'parameter_missing');
    if (phase.startDate !== undefined && phase.startDate !== start)
      throw invalidRequest(`phases[${i}][start_date] must equal the end_date of the phase before it.`, `phases[${i}][start_date]`);
    const end = phase.endDate ?? (phase.duration ? addInterval(start, phase.duration) : undefined);
    if (end === undefined || end <= start)
      throw invalidRequest(`phases[${i}] needs an end_date after its start, or a duration.`, `phases[${i}][end_date]`);
    const object = schedulePhaseObject({
      start,
      end,
      currency: sub.currency,
      items: phase.items.map((item) => ({ price: item.price.id, quantity: isLicensed(item.price) ? (item.quantity ?? 1) : undefined })),
      prorationBehavior: phase.prorationBehavior ?? 'create_prorations',
    });
    start = end;
    return object;
  });
  schedule.phases = built;
  if (endBehavior !== undefined) schedule.end_behavior = endBehavior;
  schedule.current_phase = { start_date: built[0].start_date, end_date: built[0].end_date };
  const now = itemUpdates(sub, phases[0].items);
  if (now.length > 0) updateSubscription(core, sub, { items: now, prorationBehavior: phases[0].prorationBehavior ?? 'create_prorations' });
  core.emit('subscription_schedule.updated', schedule);
  return schedule;
}

/** Stops the schedule; the subscription keeps the items it has now. */
export function releaseSchedule(core: Core, schedule: Stripe.SubscriptionSchedule): Stripe.SubscriptionSchedule {
  assertOpen(schedule);
  const sub = core.state.subscriptions[String(schedule.subscription)];
  schedule.status = 'released';
  schedule.released_at = core.nowFor(String(schedule.customer));
  schedule.released_subscription = sub?.id ?? null;
  schedule.subscription = null;
  schedule.current_phase = null;
  if (sub)
    updateAndEmit(core, sub, (s) => {
      s.schedule = null;
    });
  core.emit('subscription_schedule.released', schedule);
  return schedule;
}

/**
 * At a period boundary: the item changes of the phase that starts then (null when none does). They
 * apply without proration, so the new period's licensed items are billed in advance at the new
 * prices while the ended period's metered usage is billed at the prices it was used on.
 */
export function phaseItemsAt(core: Core, sub: Stripe.Subscription, at: number): ItemUpdate[] | null {
  const schedule = scheduleOf(core, sub);
  if (!schedule || !OPEN.includes(schedule.status)) return null;
  const phase = schedule.phases.find((p) => p.start_date === at);
  if (!phase) return null;
  schedule.current_phase = { start_date: phase.start_date, end_date: phase.end_date };
  const items = phase.items.map((item) => {
    const price = core.state.prices[typeof item.price === 'string' ? item.price : item.price.id];
    if (!price) throw invalidRequest(`No such price: '${String(item.price)}'`, 'phases');
    return { price, quantity: item.quantity };
  });
  return itemUpdates(sub, items);
}

/** After a period boundary: a schedule whose last phase has ended is released (`end_behavior: release`) or cancels. */
export function endScheduleAt(core: Core, sub: Stripe.Subscription, at: number): void {
  const schedule = scheduleOf(core, sub);
  const last = schedule?.phases.at(-1);
  if (!schedule || !last || !OPEN.includes(schedule.status) || last.end_date > at) return;
  releaseSchedule(core, schedule);
  schedule.completed_at = at;
}

/** Item updates that turn the subscription's items into `items`: same prices stay, others swap or go. */
function itemUpdates(sub: Stripe.Subscription, items: { price: Stripe.Price; quantity?: number }[]): ItemUpdate[] {
  const left = [...items];
  const updates: ItemUpdate[] = [];
  const unmatched: Stripe.SubscriptionItem[] = [];
  for (const existing of sub.items.data) {
    const same = left.findIndex((item) => item.price.id === existing.price.id);
    if (same >= 0) {
      const [kept] = left.splice(same, 1);
      if (isLicensed(kept.price) && (kept.quantity ?? 1) !== (existing.quantity ?? 1))
        updates.push({ id: existing.id, quantity: kept.quantity ?? 1 });
    } else unmatched.push(existing);
  }
  for (const existing of unmatched) {
    // An item keeps its id when a price of the same usage type replaces it (base for base, metered for metered).
    const swap = left.findIndex((item) => isLicensed(item.price) === isLicensed(existing.price));
    if (swap >= 0) {
      const [next] = left.splice(swap, 1);
      updates.push({ id: existing.id, price: next.price, quantity: next.quantity });
    } else updates.push({ id: existing.id, deleted: true });
  }
  for (const item of left) updates.push({ price: item.price, quantity: item.quantity });
  return updates;
}

function assertOpen(schedule: Stripe.SubscriptionSchedule): void {
  if (!OPEN.includes(schedule.status))
    throw invalidRequest(
      `You cannot update a subscription schedule that is currently in the \`${schedule.status}\` status. It must be in \`not_started\` or \`active\` status.`,
      'schedule',
    );
}
