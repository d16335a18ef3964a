import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ForAdmin, type Context } from '../api/index.js';
import { callerAdmin } from '../domain/access/index.js';
import { AdminRole } from '../platform/staff/index.js';
import { CouponInput, CouponType, createStripeCoupon, deleteStripeCoupon, listCoupons, subscriptionCoupon } from '../billing/index.js';
import { applyCoupon, removeCoupon } from './coupon-actions.js';
import { recordAudit } from '../platform/staff/index.js';

/** Coupons are a pricing decision, so admins make and apply them; finance and support only read (docs/console.md). */
const ACTORS = [AdminRole.SUPER_ADMIN, AdminRole.ADMIN];
const READERS = [AdminRole.SUPER_ADMIN, AdminRole.ADMIN, AdminRole.FINANCE, AdminRole.SUPPORT];

@Resolver()
export class CouponResolver {
  @Query(() => [CouponType], { description: "Stripe's live coupons, newest first." })
  @ForAdmin(...READERS)
  async coupons(@Ctx() { services }: Context): Promise<CouponType[]> {
    return listCoupons(services.billing.gateway);
  }

  @Query(() => CouponType, { nullable: true, description: "The coupon on a customer's Stripe subscription, if any." })
  @ForAdmin(...READERS)
  async customerCoupon(@Arg('customerId', () => ID) customerId: string, @Ctx() { em, services }: Context): Promise<CouponType | null> {
    const subscription = await services.billing.service.latestSubscription(em, customerId);
    if (!subscription?.stripeSubscriptionId) return null;
    return subscriptionCoupon(services.billing.gateway, subscription.stripeSubscriptionId);
  }

  @Mutation(() => CouponType, { description: 'Creates a Stripe coupon; bad terms come back with the field to fix. Writes an audit row.' })
  @ForAdmin(...ACTORS)
  async createCoupon(
    @Arg('input', () => CouponInput) input: CouponInput,
    @Ctx() { em, principal, ip, requestId, services }: Context,
  ): Promise<CouponType> {
    const coupon = await createStripeCoupon(services.billing.gateway, input, requestId);
    recordAudit(
      em,
      { principal: callerAdmin(principal), ip, requestId },
      {
        action: 'coupon.create',
        targetType: 'coupon',
        targetId: coupon.id,
        after: { ...coupon, createdAt: coupon.createdAt.toISOString() },
      },
    );
    await em.flush();
    return coupon;
  }

  @Mutation(() => Boolean, {
    description: 'Deletes a coupon: no new customer can get it; those who have it keep their discount. Writes an audit row.',
  })
  @ForAdmin(...ACTORS)
  async deleteCoupon(@Arg('id', () => ID) id: string, @Ctx() { em, principal, ip, requestId, services }: Context): Promise<boolean> {
    await deleteStripeCoupon(services.billing.gateway, id);
    recordAudit(em, { principal: callerAdmin(principal), ip, requestId }, { action: 'coupon.delete', targetType: 'coupon', targetId: id });
    await em.flush();
    return true;
  }

  @Mutation(() => CouponType, {
    description: "Puts a coupon on the customer's subscription from its next invoice on, with a reason. Writes an audit row.",
  })
  @ForAdmin(...ACTORS)
  async applyCoupon(
    @Arg('customerId', () => ID) customerId: string,
    @Arg('couponId', () => ID) couponId: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() { em, principal, ip, requestId, services }: Context,
  ): Promise<CouponType> {
    return applyCoupon(em, services, { principal: callerAdmin(principal), ip, requestId }, { customerId, couponId, reason });
  }

  @Mutation(() => Boolean, { description: "Takes the coupon off the customer's subscription, with a reason. Writes an audit row." })
  @ForAdmin(...ACTORS)
  async removeCoupon(
    @Arg('customerId', () => ID) customerId: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() { em, principal, ip, requestId, services }: Context,
  ): Promise<boolean> {
    return removeCoupon(em, services, { principal: callerAdmin(principal), ip, requestId }, { customerId, reason });
  }
}
