import type Stripe from 'stripe';
import type { Core } from '../core.js';
import { invalidRequest } from '../http/stripe-error.js';
import { discountObject } from '../objects/coupon-objects.js';
import { newId } from '../state/ids.js';
import { liveCoupon } from './coupons.js';

const MONTH = 30 * 24 * 60 * 60;

function discountIds(sub: Stripe.Subscription): string[] {
  return sub.discounts.map((d) => (typeof d === 'string' ? d : d.id));
}

/** Replaces a subscription's discounts with one made from the coupon (`discounts: [{coupon}]` on update). */
export function setSubscriptionCoupon(core: Core, sub: Stripe.Subscription, couponId: string): void {
  const coupon = liveCoupon(core, couponId, 'discounts[0][coupon]');
  if (coupon.redeem_by !== null && coupon.redeem_by < core.nowFor(String(sub.customer)))
    throw invalidRequest(`Coupon ${coupon.id} can no longer be redeemed.`, 'discounts[0][coupon]', 'coupon_expired');
  if (coupon.max_redemptions !== null && coupon.times_redeemed >= coupon.max_redemptions)
    throw invalidRequest(`Coupon ${coupon.id} has been fully redeemed.`, 'discounts[0][coupon]', 'coupon_expired');
  removeSubscriptionDiscounts(core, sub);
  const start = core.nowFor(String(sub.customer));
  const discount = discountObject({
    id: newId('di'),
    coupon,
    customer: String(sub.customer),
    subscription: sub.id,
    start,
    end: coupon.duration === 'repeating' ? start + (coupon.duration_in_months ?? 0) * MONTH : null,
  });
  core.state.discounts[discount.id] = discount;
  coupon.times_redeemed += 1;
  sub.discounts = [discount.id];
  core.emit('customer.discount.created', discount);
}

/** `DELETE /v1/subscriptions/:id/discount` and the end of a discount's duration. */
export function removeSubscriptionDiscounts(core: Core, sub: Stripe.Subscription): Stripe.DeletedDiscount | null {
  let deleted: Stripe.DeletedDiscount | null = null;
  for (const id of discountIds(sub)) {
    const discount = core.state.discounts[id];
    if (!discount) continue;
    // A deleted discount carries no `end` on Stripe (DeletedDiscount has none).
    const { end: _end, ...rest } = discount;
    deleted = { ...rest, deleted: true };
    core.emit('customer.discount.deleted', discount);
  }
  sub.discounts = [];
  return deleted;
}

/** What a discount takes off each discountable line: a percentage per line, or a fixed amount spread in line order. */
function lineDiscounts(coupon: Stripe.Coupon, lines: Stripe.InvoiceLineItem[]): number[] {
  let left = coupon.amount_off ?? 0;
  return lines.map((line) => {
    if (!line.discountable || line.amount <= 0) return 0;
    if (coupon.percent_off !== null) return Math.round((line.amount * coupon.percent_off) / 100);
    const taken = Math.min(left, line.amount);
    left -= taken;
    return taken;
  });
}

/**
 * Applies the subscription's discount to one of its invoices as it is finalized: per-line
 * `discount_amounts`, the invoice's `discounts` and `total_discount_amounts`, and a total reduced
 * by the sum. A `once` discount is used up by this invoice; a `repeating` one ends after its months.
 */
export function applySubscriptionDiscount(core: Core, invoice: Stripe.Invoice): void {
  const subId = invoice.parent?.subscription_details?.subscription;
  const sub = typeof subId === 'string' ? core.state.subscriptions[subId] : undefined;
  if (!sub) return;
  const discount = discountIds(sub)
    .map((id) => core.state.discounts[id])
    .find((d) => d !== undefined);
  if (!discount) return;
  if (discount.end !== null && discount.end <= invoice.created) {
    removeSubscriptionDiscounts(core, sub);
    return;
  }
  const coupon = core.state.coupons[String(discount.source.coupon)];
  if (!coupon || (coupon.currency !== null && coupon.currency !== invoice.currency)) return;
  const amounts = lineDiscounts(coupon, invoice.lines.data);
  const off = amounts.reduce((sum, a) => sum + a, 0);
  invoice.lines = {
    ...invoice.lines,
    data: invoice.lines.data.map((line, i) =>
      amounts[i] > 0 ? { ...line, discounts: [discount.id], discount_amounts: [{ amount: amounts[i], discount: discount.id }] } : line,
    ),
  };
  invoice.discounts = [discount.id];
  invoice.total_discount_amounts = [{ amount: off, discount: discount.id }];
  invoice.total = invoice.subtotal - off;
  invoice.total_excluding_tax = invoice.total;
  invoice.amount_due = Math.max(invoice.amount_due - off, 0);
  invoice.amount_remaining = Math.max(invoice.amount_due - invoice.amount_paid, 0);
  if (coupon.duration === 'once') removeSubscriptionDiscounts(core, sub);
}
