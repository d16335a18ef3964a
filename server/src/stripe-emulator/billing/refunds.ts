import type Stripe from 'stripe';
import type { Core } from '../core.js';
import { refundObject } from '../objects/payment-objects.js';
import { newId } from '../state/ids.js';

/** Refunds part or all of a paid charge (the caller checks the amount), with Stripe's two events. */
export function refundCharge(core: Core, charge: Stripe.Charge, amount: number, reason: Stripe.Refund.Reason | null): Stripe.Refund {
  const refund = refundObject({
    id: newId('re'),
    created: core.nowFor(String(charge.customer ?? '')),
    charge,
    amount,
    reason,
  });
  core.state.refunds[refund.id] = refund;
  const before = { amount_refunded: charge.amount_refunded, refunded: charge.refunded };
  charge.amount_refunded += amount;
  charge.refunded = charge.amount_refunded === charge.amount_captured;
  charge.refunds = {
    object: 'list',
    data: [refund, ...(charge.refunds?.data ?? [])],
    has_more: false,
    url: `/v1/charges/${charge.id}/refunds`,
  };
  core.emit('refund.created', refund);
  core.emit('charge.refunded', charge, before);
  return refund;
}
