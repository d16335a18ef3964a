import { LockMode } from '@mikro-orm/core';
import type Stripe from 'stripe';
import { type BalanceRow, insertLedger, viewOf } from '../../metering/credits/credit-ledger.service.js';
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
  const connection = ctx.em.getConnection();
  const trx = ctx.em.getTransactionContext();
  // The customer's latest period holds its prepaid credits (each new period carries them over).
  const [balance] = await connection.execute<(BalanceRow & { period_start: Date | string })[]>(
    'select * from credit_balance where customer_id = ? order by period_start desc limit 1 for update', [purchase.customerId], 'all', trx,
  );
  if (!balance) return;
  const taken = Math.min(revoke, viewOf(balance).prepaidRemaining);
  if (taken > 0) {
    await connection.execute(
      'update credit_balance set prepaid_credits = prepaid_credits - ?, balance_credits = balance_credits - ?, updated_at = now() where id = ?',
      [taken, taken, balance.id], 'run', trx,
    );
    const spent = revoke - taken;
    await insertLedger(connection, trx, [[purchase.customerId, new Date(balance.period_start), 'revoke', taken,
      `credit pack ${purchase.pack} refunded (${purchase.stripeCheckoutSessionId})${spent > 0 ? `: ${spent} of its credits were already used` : ''}`]]);
  }
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
