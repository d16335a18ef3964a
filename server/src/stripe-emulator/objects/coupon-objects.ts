import type Stripe from 'stripe';

export type CouponInput = {
  id: string;
  created: number;
  name: string | null;
  percentOff: number | null;
  amountOff: number | null;
  currency: string | null;
  duration: Stripe.Coupon.Duration;
  durationInMonths: number | null;
  maxRedemptions: number | null;
  redeemBy: number | null;
  metadata: Record<string, string>;
};

export function couponObject(input: CouponInput): Stripe.Coupon {
  return {
    id: input.id,
    object: 'coupon',
    amount_off: input.amountOff,
    created: input.created,
    currency: input.currency,
    duration: input.duration,
    duration_in_months: input.durationInMonths,
    livemode: false,
    max_redemptions: input.maxRedemptions,
    metadata: input.metadata,
    name: input.name,
    percent_off: input.percentOff,
    redeem_by: input.redeemBy,
    times_redeemed: 0,
    valid: true,
  };
}

/** A coupon applied to a subscription; Stripe embeds the coupon in `source.coupon` when expanded, its id otherwise. */
export function discountObject(input: {
  id: string;
  coupon: Stripe.Coupon;
  customer: string;
  subscription: string | null;
  start: number;
  end: number | null;
}): Stripe.Discount {
  return {
    id: input.id,
    object: 'discount',
    checkout_session: null,
    customer: input.customer,
    customer_account: null,
    end: input.end,
    invoice: null,
    invoice_item: null,
    promotion_code: null,
    source: { coupon: input.coupon.id, type: 'coupon' },
    start: input.start,
    subscription: input.subscription,
    subscription_item: null,
  };
}
