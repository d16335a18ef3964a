import type Stripe from 'stripe';
import type { Core } from '../core.js';
import type { Params } from '../http/form-codec.js';
import { mergeMetadata, optInt, optStr } from '../http/params.js';
import { invalidRequest, notFound } from '../http/stripe-error.js';
import { couponObject } from '../objects/coupon-objects.js';
import { newId } from '../state/ids.js';

const DURATIONS: readonly Stripe.Coupon.Duration[] = ['once', 'repeating', 'forever'];

function percentOff(params: Params): number | null {
  const raw = optStr(params, 'percent_off');
  if (raw === undefined || raw === '') return null;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0 || value > 100)
    throw invalidRequest('Invalid percent_off: must be greater than 0 and at most 100.', 'percent_off');
  return value;
}

function duration(params: Params): { duration: Stripe.Coupon.Duration; months: number | null } {
  const raw = optStr(params, 'duration') ?? 'once';
  const found = DURATIONS.find((d) => d === raw);
  if (!found) throw invalidRequest(`Invalid duration: must be one of once, repeating, or forever.`, 'duration');
  const months = optInt(params, 'duration_in_months') ?? null;
  if (found === 'repeating' && (months === null || months < 1))
    throw invalidRequest('duration_in_months must be a positive integer when duration is repeating.', 'duration_in_months');
  if (found !== 'repeating' && months !== null)
    throw invalidRequest('duration_in_months can only be set when duration is repeating.', 'duration_in_months');
  return { duration: found, months };
}

/** `POST /v1/coupons`: exactly one of `percent_off` or `amount_off` (with `currency`), as Stripe requires. */
export function createCoupon(core: Core, params: Params): Stripe.Coupon {
  const percent = percentOff(params);
  const amountOff = optInt(params, 'amount_off') ?? null;
  const currency = optStr(params, 'currency')?.toLowerCase() ?? null;
  if ((percent === null) === (amountOff === null))
    throw invalidRequest('You must provide exactly one of amount_off or percent_off.', percent === null ? 'amount_off' : 'percent_off');
  if (amountOff !== null && amountOff <= 0) throw invalidRequest('Invalid amount_off: must be a positive integer.', 'amount_off');
  if (amountOff !== null && currency === null) throw invalidRequest('You must provide a currency when using amount_off.', 'currency');
  const id = optStr(params, 'id') ?? newId('', 8).slice(1);
  if (core.state.coupons[id]) throw invalidRequest('Coupon already exists.', 'id', 'resource_already_exists');
  const { duration: d, months } = duration(params);
  const coupon = couponObject({
    id,
    created: core.wallNow(),
    name: optStr(params, 'name') ?? null,
    percentOff: percent,
    amountOff,
    currency: amountOff === null ? null : currency,
    duration: d,
    durationInMonths: months,
    maxRedemptions: optInt(params, 'max_redemptions') ?? null,
    redeemBy: optInt(params, 'redeem_by') ?? null,
    metadata: mergeMetadata({}, params),
  });
  core.state.coupons[id] = coupon;
  core.emit('coupon.created', coupon);
  return coupon;
}

/** A live coupon; deleted ones answer 404 as on Stripe, while discounts already made from them keep applying. */
export function liveCoupon(core: Core, id: string, param = 'id'): Stripe.Coupon {
  const coupon = core.state.coupons[id];
  if (!coupon || core.state.deletedCoupons[id]) throw notFound('coupon', id, param);
  return coupon;
}

export function deleteCoupon(core: Core, id: string): Stripe.DeletedCoupon {
  const coupon = liveCoupon(core, id);
  core.state.deletedCoupons[id] = true;
  core.emit('coupon.deleted', coupon);
  return { id, object: 'coupon', deleted: true };
}

export function liveCoupons(core: Core): Stripe.Coupon[] {
  return Object.values(core.state.coupons).filter((c) => !core.state.deletedCoupons[c.id]);
}
