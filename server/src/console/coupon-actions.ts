import type { EntityManager } from '@mikro-orm/postgresql';
import type { Services } from '../api/index.js';
import { applySubscriptionCoupon, removeSubscriptionCoupon, retrieveCoupon, type CouponType } from '../billing/index.js';
import { ErrorCode, appError, isUuid, notFound } from '../platform/graphql/index.js';
import { type AuditActor, recordAudit } from '../platform/staff/index.js';
import { auditReason } from './audit-reason.js';

/**
 * Applying and removing a customer's coupon: Stripe holds the discount and applies it to the
 * invoices it finalizes; Carlo writes one audit row per change on the customer, flushed once
 * Stripe has accepted it.
 */

async function stripeSubscriptionOf(em: EntityManager, services: Services, customerId: string): Promise<string> {
  if (!isUuid(customerId)) throw notFound('Customer');
  const subscription = await services.billing.service.latestSubscription(em, customerId);
  if (!subscription) throw notFound('Customer');
  if (!subscription.stripeSubscriptionId)
    throw appError(ErrorCode.CONFLICT, 'This subscription is managed by Carlo, not billed by Stripe, so there is no invoice to discount.');
  return subscription.stripeSubscriptionId;
}

export async function applyCoupon(
  em: EntityManager,
  services: Services,
  actor: AuditActor,
  input: { customerId: string; couponId: string; reason: string },
): Promise<CouponType> {
  const reason = auditReason(input.reason);
  const stripeSubscriptionId = await stripeSubscriptionOf(em, services, input.customerId);
  const coupon = await retrieveCoupon(services.billing.gateway, input.couponId).catch(() => {
    throw appError(ErrorCode.BAD_USER_INPUT, 'No such coupon: pick one from the Coupons page.', { field: 'couponId' });
  });
  await applySubscriptionCoupon(services.billing.gateway, stripeSubscriptionId, coupon.id);
  recordAudit(em, actor, {
    action: 'subscription.coupon_apply',
    targetType: 'customer',
    targetId: input.customerId,
    before: null,
    after: { reason, couponId: coupon.id, stripeSubscriptionId },
  });
  await em.flush();
  return coupon;
}

export async function removeCoupon(
  em: EntityManager,
  services: Services,
  actor: AuditActor,
  input: { customerId: string; reason: string },
): Promise<boolean> {
  const reason = auditReason(input.reason);
  const stripeSubscriptionId = await stripeSubscriptionOf(em, services, input.customerId);
  await removeSubscriptionCoupon(services.billing.gateway, stripeSubscriptionId);
  recordAudit(em, actor, {
    action: 'subscription.coupon_remove',
    targetType: 'customer',
    targetId: input.customerId,
    before: null,
    after: { reason, stripeSubscriptionId },
  });
  await em.flush();
  return true;
}
