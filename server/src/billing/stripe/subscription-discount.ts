import type Stripe from 'stripe';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { StripeGateway } from './stripe-gateway.js';

@ObjectType('SubscriptionDiscount', {
  description: "A discount on your subscription's invoices: its terms and how long it lasts.",
})
export class SubscriptionDiscountType {
  @Field(() => String, { nullable: true, description: 'The name staff gave the discount, if any.' })
  name!: string | null;

  @Field(() => Float, { nullable: true, description: 'Percent off each invoice line, or null for an amount off.' })
  percentOff!: number | null;

  @Field(() => Int, { nullable: true, description: 'Amount off each invoice in cents, or null for a percent off.' })
  amountOffCents!: number | null;

  @Field(() => String, { nullable: true })
  currency!: string | null;

  @Field(() => String, { description: 'once (the next invoice only), repeating (until endsAt) or forever.' })
  duration!: string;

  @Field(() => Date)
  startedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When a repeating discount stops applying; null for once and forever.' })
  endsAt!: Date | null;
}

/** The subscription's discount with its coupon, read from Stripe: Carlo keeps no copy that could drift. */
export async function subscriptionDiscountWithCoupon(
  gateway: StripeGateway,
  stripeSubscriptionId: string,
): Promise<{ discount: Stripe.Discount; coupon: Stripe.Coupon } | null> {
  const sub = await gateway.call((stripe) => stripe.subscriptions.retrieve(stripeSubscriptionId, { expand: ['discounts'] }));
  const discount = sub.discounts.find((d): d is Stripe.Discount => typeof d !== 'string');
  const source = discount?.source.coupon;
  if (!discount || !source) return null;
  const coupon = typeof source === 'string' ? await gateway.call((stripe) => stripe.coupons.retrieve(source)) : source;
  return { discount, coupon };
}

export function discountView({ discount, coupon }: { discount: Stripe.Discount; coupon: Stripe.Coupon }): SubscriptionDiscountType {
  return {
    name: coupon.name,
    percentOff: coupon.percent_off,
    amountOffCents: coupon.amount_off,
    currency: coupon.currency,
    duration: coupon.duration,
    startedAt: new Date(discount.start * 1000),
    endsAt: discount.end === null ? null : new Date(discount.end * 1000),
  };
}
