import type { HandlerContext } from './stripe-event.handlers.js';
import { Invoice } from './invoice.entity.js';
import { enqueueOverage } from './overage-enqueue.js';

/**
 * Stripe creates a renewal invoice as a draft at the period end and finalizes it about an hour
 * later, counting meter events whose timestamps lie in the period that arrive before then. The
 * hourly flush only reports closed hours, so the open hour's overage would miss that invoice (or
 * land on the next one). On `invoice.created` for a renewal, this queues every pending overage of
 * the customer, open hour included, in the webhook's transaction; the worker sends it right after
 * the commit (`HandlerContext.overageQueued`).
 */
export async function flushRenewalOverage(ctx: HandlerContext, stripeInvoiceId: string): Promise<void> {
  const invoice = await ctx.em.findOne(Invoice, { stripeInvoiceId });
  if (!invoice?.customerId || invoice.billingReason !== 'subscription_cycle') return;
  const queued = await enqueueOverage(ctx.em, null, [invoice.customerId]);
  if (queued > 0) ctx.overageQueued.add(invoice.customerId);
}
