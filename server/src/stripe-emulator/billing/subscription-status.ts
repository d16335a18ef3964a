import type Stripe from 'stripe';
import type { Core } from '../core.js';
import { changedFields } from './periods.js';

/** Applies a change to a subscription and emits `customer.subscription.updated` if anything moved. */
export function updateAndEmit(core: Core, sub: Stripe.Subscription, change: (sub: Stripe.Subscription) => void): void {
  const before = JSON.parse(JSON.stringify(sub)) as Stripe.Subscription;
  change(sub);
  const previous = changedFields(before, sub);
  if (Object.keys(previous).length > 0) core.emit('customer.subscription.updated', sub, previous);
}

/** Moves the subscription after a payment attempt on one of its invoices (Stripe's dunning states). */
export function afterPayment(core: Core, sub: Stripe.Subscription, invoice: Stripe.Invoice, paid: boolean): void {
  if (paid) {
    const stillOpen = Object.values(core.state.invoices).some(
      (i) => i.status === 'open' && i.parent?.subscription_details?.subscription === sub.id,
    );
    if (!stillOpen && ['past_due', 'unpaid', 'incomplete'].includes(sub.status))
      updateAndEmit(core, sub, (s) => {
        s.status = 'active';
      });
    return;
  }
  if (sub.status === 'incomplete') return;
  if (invoice.next_payment_attempt === null) {
    if (core.settings.afterRetries === 'canceled') cancelNow(core, sub, 'payment_failed');
    else
      updateAndEmit(core, sub, (s) => {
        s.status = 'unpaid';
      });
    return;
  }
  if (sub.status === 'active' || sub.status === 'trialing')
    updateAndEmit(core, sub, (s) => {
      s.status = 'past_due';
    });
}

export function cancelNow(
  core: Core,
  sub: Stripe.Subscription,
  reason: Stripe.Subscription.CancellationDetails.Reason,
  at?: number,
): Stripe.Subscription {
  const now = at ?? core.nowFor(String(sub.customer));
  sub.status = 'canceled';
  sub.canceled_at = sub.canceled_at ?? now;
  sub.ended_at = now;
  sub.cancellation_details = {
    comment: sub.cancellation_details?.comment ?? null,
    feedback: sub.cancellation_details?.feedback ?? null,
    reason,
  };
  delete core.state.pendingLines[sub.id];
  core.emit('customer.subscription.deleted', sub);
  return sub;
}
