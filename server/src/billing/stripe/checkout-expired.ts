import { isUuid } from '../../platform/graphql/index.js';
import { Subscription, SubscriptionStatus, expirePendingSignUp } from '../../domain/subscriptions/index.js';
import { lock, objectId, ourCustomer } from './handler-support.js';
import type { HandlerContext } from './stripe-event.handlers.js';
import { idOf } from './stripe-mapping.js';

/**
 * An abandoned subscription Checkout: its pending sign-up row becomes `incomplete_expired` (still
 * BILLING_ONLY, never paid) and waits for `createCheckoutSession` to reuse it. The row stays
 * pending while another session of the same sign-up is open or paid, whatever order the events
 * of the two sessions arrive in, because Stripe's list of sessions decides, not the event.
 */
export async function applyCheckoutExpired(ctx: HandlerContext): Promise<void> {
  const sessionId = objectId(ctx.event);
  await lock(ctx, sessionId);
  const session = await ctx.gateway.call((stripe) => stripe.checkout.sessions.retrieve(sessionId));
  const reference = session.metadata?.carlo_subscription_id;
  if (session.mode !== 'subscription' || session.status !== 'expired' || !reference || !isUuid(reference)) return;
  const stripeCustomerId = idOf(session.customer);
  const customer = await ourCustomer(ctx, stripeCustomerId, session.metadata?.carlo_customer_id ?? session.client_reference_id);
  if (!customer || !stripeCustomerId) return;
  await lock(ctx, reference);
  const row = await ctx.em.findOne(Subscription, {
    id: reference,
    customer: customer.id,
    stripeSubscriptionId: null,
    status: SubscriptionStatus.INCOMPLETE,
  });
  if (!row) return;
  const sessions = await ctx.gateway.call((stripe) => stripe.checkout.sessions.list({ customer: stripeCustomerId, limit: 100 }));
  const stillPending = sessions.data.some((other) => other.metadata?.carlo_subscription_id === reference && other.status !== 'expired');
  if (stillPending) return;
  expirePendingSignUp(row);
  ctx.touched.add(customer.id);
}
