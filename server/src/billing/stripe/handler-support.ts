import type Stripe from 'stripe';
import { Customer } from '../../domain/customers/index.js';
import { lockStripeObject } from './object-lock.js';
import type { HandlerContext } from './stripe-event.handlers.js';

/** The id of the event's object; every event Carlo handles carries one. */
export function objectId(event: Stripe.Event): string {
  const id = (event.data.object as { id?: unknown }).id;
  if (typeof id !== 'string') throw new Error(`event ${event.id} has no data.object.id`);
  return id;
}

/** Serialises every worker (in every process) that touches one Stripe object, for the transaction. */
export function lock(ctx: HandlerContext, stripeId: string): Promise<void> {
  return lockStripeObject(ctx.em, stripeId);
}

/** Our customer for a Stripe customer id; metadata only confirms, it never picks another customer. */
export async function ourCustomer(
  ctx: Pick<HandlerContext, 'em'>,
  stripeCustomerId: string | null,
  claimedId?: string | null,
): Promise<Customer | null> {
  if (!stripeCustomerId) return null;
  const customer = await ctx.em.findOne(Customer, { stripeCustomerId });
  if (!customer) return null;
  if (claimedId && claimedId !== customer.id)
    throw new Error(`Stripe customer ${stripeCustomerId} belongs to ${customer.id}, metadata says ${claimedId}`);
  return customer;
}
