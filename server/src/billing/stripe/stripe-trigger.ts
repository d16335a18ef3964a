import type Stripe from 'stripe';
import { RehearsalInputError } from './clock-target.js';
import { subscriptionFields } from './stripe-mapping.js';
import { advanceCustomerClock, type ClockAdvance, findCustomer } from './test-clock-advance.js';

/** The events `npm run stripe:trigger` can bring about, each through the API calls that cause it on Stripe. */
export const TRIGGERS = ['invoice.paid', 'invoice.payment_failed', 'customer.subscription.deleted'] as const;
export type Trigger = (typeof TRIGGERS)[number];

export function isTrigger(name: string): name is Trigger {
  return (TRIGGERS as readonly string[]).includes(name);
}

/** The customer's live subscription, which every trigger acts on. */
async function liveSubscription(stripe: Stripe, customer: Stripe.Customer): Promise<Stripe.Subscription> {
  const [subscription] = (await stripe.subscriptions.list({ customer: customer.id, status: 'all', limit: 10 })).data.filter(
    (candidate) => !['canceled', 'incomplete_expired'].includes(candidate.status),
  );
  if (!subscription) throw new RehearsalInputError(`Customer ${customer.id} has no live subscription: pay a Checkout first.`);
  return subscription;
}

/**
 * Past the hour after the subscription's period end: Stripe renews at the end with a draft
 * invoice and finalizes and charges it about an hour later.
 */
function pastPeriodEnd(subscription: Stripe.Subscription): string {
  return new Date(subscriptionFields(subscription).currentPeriodEnd.getTime() + 3_660_000).toISOString();
}

/**
 * Causes `event` for one customer as Stripe would, in the spirit of the Stripe CLI's `trigger`:
 * invoice.paid renews the subscription (its clock moves past the period end), invoice.payment_failed
 * does the same after making the subscription pay with a card that fails off-session (0341), and
 * customer.subscription.deleted cancels it now. The webhooks follow in order.
 */
export async function triggerEvent(stripe: Stripe, event: Trigger, reference: string): Promise<ClockAdvance | { canceled: string }> {
  const customer = await findCustomer(stripe, reference);
  const subscription = await liveSubscription(stripe, customer);
  switch (event) {
    case 'invoice.paid':
      return advanceCustomerClock(stripe, customer.id, pastPeriodEnd(subscription));
    case 'invoice.payment_failed': {
      const failing = await stripe.paymentMethods.attach('pm_card_chargeCustomerFail', { customer: customer.id });
      await stripe.subscriptions.update(subscription.id, { default_payment_method: failing.id });
      return advanceCustomerClock(stripe, customer.id, pastPeriodEnd(subscription));
    }
    case 'customer.subscription.deleted':
      await stripe.subscriptions.cancel(subscription.id);
      return { canceled: subscription.id };
  }
}
