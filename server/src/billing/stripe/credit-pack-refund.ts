import { LockMode } from '@mikro-orm/core';
import type Stripe from 'stripe';
import { revokePrepaid } from '../../metering/index.js';
import { CreditPurchase } from './credit-purchase.entity.js';
import type { HandlerContext } from './stripe-event.handlers.js';

/**
 * Revokes the share of a pack's credits that the refunded share of its price bought, counting
 * what earlier refunds revoked, so duplicates and partial refunds converge. Only credits still
 * unused can be taken back; the ledger entry says how many were already spent.
 */
export async function revokeRefundedPack(ctx: HandlerContext, paymentIntent: string, charge: Stripe.Charge): Promise<void> {
  const purchase = await packPurchaseOf(ctx, paymentIntent);
  if (!purchase) return;
  await ctx.em.refresh(purchase, { lockMode: LockMode.PESSIMISTIC_WRITE });
  const refundedShare = Math.min(1, charge.amount_refunded / Math.max(1, charge.amount_captured));
  const revoke = Math.floor(purchase.credits * refundedShare) - purchase.creditsRevoked;
  if (revoke <= 0) return;
  purchase.creditsRevoked += revoke;
  await revokePrepaid(ctx.em, purchase.customerId, revoke, `credit pack ${purchase.pack} refunded (${purchase.stripeCheckoutSessionId})`);
  ctx.touched.add(purchase.customerId);
}

/** The pack bought with this payment; purchases kept before the payment id was stored are found through Checkout. */
async function packPurchaseOf(ctx: HandlerContext, paymentIntent: string): Promise<CreditPurchase | null> {
  const byPayment = await ctx.em.findOne(CreditPurchase, { stripePaymentIntentId: paymentIntent });
  if (byPayment) return byPayment;
  const sessions = await ctx.gateway.call((stripe) => stripe.checkout.sessions.list({ payment_intent: paymentIntent, limit: 1 }));
  const sessionId = sessions.data[0]?.id;
  const bySession = sessionId ? await ctx.em.findOne(CreditPurchase, { stripeCheckoutSessionId: sessionId }) : null;
  if (bySession) bySession.stripePaymentIntentId = paymentIntent;
  return bySession;
}
