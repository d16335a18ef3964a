import type { CouponInput } from '../../generated/graphql';
import {
  ApplyCouponDocument,
  CouponsDocument,
  CreateCouponDocument,
  CustomerCouponDocument,
  DeleteCouponDocument,
  RemoveCouponDocument,
} from '../../resources/coupons/coupons.graphql';
import { mutate, query } from '../apollo';

export type Coupon = Awaited<ReturnType<typeof coupons>>[number];

export async function coupons() {
  return (await query(CouponsDocument, {})).coupons;
}

export async function createCoupon(input: CouponInput) {
  return (await mutate(CreateCouponDocument, { input })).createCoupon;
}

export async function deleteCoupon(id: string) {
  return (await mutate(DeleteCouponDocument, { id })).deleteCoupon;
}

export async function customerCoupon(customerId: string) {
  return (await query(CustomerCouponDocument, { customerId })).customerCoupon;
}

export async function applyCoupon(couponId: string, customerId: string, reason: string) {
  return (await mutate(ApplyCouponDocument, { couponId, customerId, reason })).applyCoupon;
}

export async function removeCoupon(customerId: string, reason: string) {
  return (await mutate(RemoveCouponDocument, { customerId, reason })).removeCoupon;
}

type Terms = {
  percentOff?: number | null;
  amountOffCents?: number | null;
  currency?: string | null;
  duration: string;
  durationInMonths?: number | null;
};

/** "20% off, forever" or "$5.00 off, for 3 months": how staff and customers read a coupon's terms. */
export function couponTerms(coupon: Terms): string {
  const off =
    coupon.percentOff !== null && coupon.percentOff !== undefined
      ? `${coupon.percentOff}% off`
      : `${new Intl.NumberFormat('en-US', { style: 'currency', currency: (coupon.currency ?? 'usd').toUpperCase() }).format((coupon.amountOffCents ?? 0) / 100)} off`;
  const when =
    coupon.duration === 'forever' ? 'forever' : coupon.duration === 'repeating' ? `for ${coupon.durationInMonths ?? 0} months` : 'once';
  return `${off}, ${when}`;
}
