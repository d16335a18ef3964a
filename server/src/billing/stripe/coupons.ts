import Stripe from 'stripe';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ErrorCode, appError } from '../../platform/graphql/index.js';
import { StripeGateway } from './stripe-gateway.js';
import { subscriptionDiscountWithCoupon } from './subscription-discount.js';

/**
 * Coupons live in Stripe alone: Stripe applies them to invoices, so Carlo keeps no copy that could
 * drift. These calls are the console's only way to them.
 */

@ObjectType('Coupon', { description: 'A Stripe coupon: percent or amount off, for one invoice, some months or forever.' })
export class CouponType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => Float, { nullable: true, description: 'Percent off each discountable line (0–100], or null for an amount off.' })
  percentOff!: number | null;

  @Field(() => Int, { nullable: true, description: 'Amount off each invoice in cents, or null for a percent off.' })
  amountOffCents!: number | null;

  @Field(() => String, { nullable: true })
  currency!: string | null;

  @Field(() => String, { description: 'once, repeating or forever.' })
  duration!: string;

  @Field(() => Int, { nullable: true })
  durationInMonths!: number | null;

  @Field(() => Int)
  timesRedeemed!: number;

  @Field(() => Date)
  createdAt!: Date;
}

@InputType('CouponInput')
export class CouponInput {
  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => Float, { nullable: true })
  percentOff?: number;

  @Field(() => Int, { nullable: true })
  amountOffCents?: number;

  @Field(() => String, { nullable: true, description: 'once (default), repeating or forever.' })
  duration?: string;

  @Field(() => Int, { nullable: true, description: 'Required with duration repeating.' })
  durationInMonths?: number;
}

export function couponView(c: Stripe.Coupon): CouponType {
  return {
    id: c.id,
    name: c.name,
    percentOff: c.percent_off,
    amountOffCents: c.amount_off,
    currency: c.currency,
    duration: c.duration,
    durationInMonths: c.duration_in_months,
    timesRedeemed: c.times_redeemed,
    createdAt: new Date(c.created * 1000),
  };
}

/** Stripe's refusal of a coupon request becomes a field error the console can show beside the input. */
function refused(error: unknown): never {
  if (error instanceof Stripe.errors.StripeInvalidRequestError) {
    const field = { percent_off: 'percentOff', amount_off: 'amountOffCents', duration_in_months: 'durationInMonths' }[error.param ?? ''];
    throw appError(
      error.statusCode === 404 ? ErrorCode.NOT_FOUND : ErrorCode.BAD_USER_INPUT,
      `Stripe refused: ${error.message}`,
      field ? { field } : {},
    );
  }
  throw error;
}

export function validateCoupon(input: CouponInput): void {
  const bad = (message: string, field: string): never => {
    throw appError(ErrorCode.BAD_USER_INPUT, message, { field });
  };
  if ((input.percentOff === undefined) === (input.amountOffCents === undefined))
    bad('Give either a percent off or an amount off, not both.', 'percentOff');
  if (input.percentOff !== undefined && !(input.percentOff > 0 && input.percentOff <= 100))
    bad('Percent off must be more than 0 and at most 100.', 'percentOff');
  if (input.amountOffCents !== undefined && !(Number.isInteger(input.amountOffCents) && input.amountOffCents > 0))
    bad('Amount off must be a positive whole number of cents.', 'amountOffCents');
  const duration = input.duration ?? 'once';
  if (!['once', 'repeating', 'forever'].includes(duration)) bad('Duration is once, repeating or forever.', 'duration');
  if (duration === 'repeating' && !(input.durationInMonths !== undefined && input.durationInMonths >= 1 && input.durationInMonths <= 36))
    bad('A repeating coupon needs 1 to 36 months.', 'durationInMonths');
  if (duration !== 'repeating' && input.durationInMonths !== undefined)
    bad('Months apply only to a repeating coupon; leave them empty.', 'durationInMonths');
}

function durationOf(value: string | undefined): Stripe.CouponCreateParams.Duration {
  return value === 'repeating' || value === 'forever' ? value : 'once';
}

export async function listCoupons(gateway: StripeGateway): Promise<CouponType[]> {
  const page = await gateway.call((stripe) => stripe.coupons.list({ limit: 100 }));
  return page.data.map(couponView);
}

export async function createStripeCoupon(gateway: StripeGateway, input: CouponInput, requestId: string): Promise<CouponType> {
  validateCoupon(input);
  try {
    const coupon = await gateway.call((stripe) =>
      stripe.coupons.create(
        {
          ...(input.name ? { name: input.name } : {}),
          ...(input.percentOff === undefined ? { amount_off: input.amountOffCents, currency: 'usd' } : { percent_off: input.percentOff }),
          duration: durationOf(input.duration),
          ...(input.durationInMonths === undefined ? {} : { duration_in_months: input.durationInMonths }),
        },
        { idempotencyKey: StripeGateway.key('coupon', requestId) },
      ),
    );
    return couponView(coupon);
  } catch (error) {
    return refused(error);
  }
}

export async function deleteStripeCoupon(gateway: StripeGateway, id: string): Promise<void> {
  try {
    await gateway.call((stripe) => stripe.coupons.del(id));
  } catch (error) {
    refused(error);
  }
}

export async function retrieveCoupon(gateway: StripeGateway, id: string): Promise<CouponType> {
  try {
    return couponView(await gateway.call((stripe) => stripe.coupons.retrieve(id)));
  } catch (error) {
    return refused(error);
  }
}

/** Puts the coupon on the subscription; Stripe takes it off the invoices it finalizes from now on. */
export async function applySubscriptionCoupon(gateway: StripeGateway, stripeSubscriptionId: string, couponId: string): Promise<void> {
  try {
    await gateway.call((stripe) => stripe.subscriptions.update(stripeSubscriptionId, { discounts: [{ coupon: couponId }] }));
  } catch (error) {
    refused(error);
  }
}

export async function removeSubscriptionCoupon(gateway: StripeGateway, stripeSubscriptionId: string): Promise<void> {
  try {
    await gateway.call((stripe) => stripe.subscriptions.update(stripeSubscriptionId, { discounts: '' }));
  } catch (error) {
    refused(error);
  }
}

/** The coupon in effect on a subscription, read from Stripe. */
export async function subscriptionCoupon(gateway: StripeGateway, stripeSubscriptionId: string): Promise<CouponType | null> {
  const found = await subscriptionDiscountWithCoupon(gateway, stripeSubscriptionId);
  return found ? couponView(found.coupon) : null;
}
