import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode, appError, isUuid, notFound } from '../platform/graphql/index.js';
import type { Services } from '../api/index.js';
import { recordAudit, type AuditActor } from '../platform/staff/index.js';
import { Customer } from '../domain/customers/index.js';
import { Plan } from '../domain/plans/index.js';
import { StripeOutboxEntry, type PlanChangePreview } from '../billing/index.js';
import { Subscription, SubscriptionStatus, cancelNow, movePlan } from '../domain/subscriptions/index.js';

/**
 * What admins do to a customer's billing from the console. A Stripe-backed subscription goes
 * through the integrator's own BillingService code (same proration, same idempotency keys, the row
 * follows from the webhook); a subscription Carlo manages itself (free, or a plan an admin granted
 * without Stripe billing) has no Stripe object, so its row is changed here directly. Each action
 * adds exactly one audit row, flushed with the change it describes (for Stripe-backed changes,
 * once Stripe has accepted the call).
 */

type Target = { customer: Customer; subscription: Subscription };

async function targetOf(em: EntityManager, services: Services, customerId: string): Promise<Target> {
  const customer = isUuid(customerId) ? await em.findOne(Customer, customerId) : null;
  if (!customer) throw notFound('Customer');
  const subscription = await services.billing.service.latestSubscription(em, customerId);
  if (!subscription)
    throw appError(ErrorCode.CONFLICT, 'This customer has no subscription yet. It starts one at sign-up or through Checkout.');
  return { customer, subscription };
}

function snapshot(row: Subscription): Record<string, unknown> {
  return {
    subscriptionId: row.id,
    planCode: row.plan.getEntity().code,
    status: row.status,
    cancelAtPeriodEnd: row.cancelAtPeriodEnd,
    stripeSubscriptionId: row.stripeSubscriptionId,
  };
}

/** A Carlo-managed plan switch applies now: Carlo does not invoice it, so there is nothing to prorate. */
async function managedChange(em: EntityManager, row: Subscription, planCode: string): Promise<PlanChangePreview> {
  if (row.status !== SubscriptionStatus.ACTIVE && row.status !== SubscriptionStatus.TRIALING) {
    throw appError(
      ErrorCode.CONFLICT,
      `This subscription is ${row.status}; only a live subscription changes plan. A pending sign-up picks its plan in Checkout.`,
    );
  }
  const to = await em.findOne(Plan, { code: planCode, active: true });
  if (!to) throw appError(ErrorCode.BAD_USER_INPUT, `Unknown plan ${planCode}. The console lists the plans on sale.`, { field: 'plan' });
  const from = row.plan.getEntity();
  if (from.id === to.id) throw appError(ErrorCode.CONFLICT, `This customer is on ${to.code} already.`, { field: 'plan' });
  return {
    from,
    to,
    immediate: true,
    prorationCents: 0,
    nextInvoiceCents: 0,
    currency: 'usd',
    effectiveAt: new Date(),
    releasedPlanCode: null,
    overageCredits: null,
    overageCents: null,
  };
}

export async function previewAdminPlanChange(
  em: EntityManager,
  services: Services,
  customerId: string,
  planCode: string,
): Promise<PlanChangePreview> {
  const { subscription } = await targetOf(em, services, customerId);
  if (subscription.stripeSubscriptionId) return services.billing.service.previewPlanChange(em, customerId, planCode);
  return managedChange(em, subscription, planCode);
}

export async function adminChangePlan(
  em: EntityManager,
  services: Services,
  actor: AuditActor,
  customerId: string,
  planCode: string,
): Promise<PlanChangePreview> {
  const { customer, subscription } = await targetOf(em, services, customerId);
  const before = snapshot(subscription);
  const audit = (tx: EntityManager, preview: PlanChangePreview, billedBy: string) =>
    recordAudit(tx, actor, {
      action: 'subscription.change_plan',
      targetType: 'customer',
      targetId: customerId,
      before,
      after: {
        planCode: preview.to.code,
        immediate: preview.immediate,
        effectiveAt: preview.effectiveAt.toISOString(),
        prorationCents: preview.prorationCents,
        billedBy,
      },
    });
  if (subscription.stripeSubscriptionId) {
    const preview = await services.billing.service.changePlan(em, customerId, planCode, actor.requestId ?? randomUUID());
    audit(em, preview, 'stripe');
    await em.flush();
    return preview;
  }
  const preview = await managedChange(em, subscription, planCode);
  await em.transactional(async (tx) => {
    const row = await tx.findOneOrFail(Subscription, subscription.id, { lockMode: LockMode.PESSIMISTIC_WRITE });
    // Another admin (or a Checkout webhook) may have moved the row since it was read.
    if (row.plan.id !== preview.from.id || row.stripeSubscriptionId)
      throw appError(ErrorCode.CONFLICT, 'This subscription changed meanwhile. Reload the customer and try again.');
    movePlan(row, tx.getReference(Plan, preview.to.id));
    audit(tx, preview, 'carlo');
    await tx.flush();
    // The open credit period follows at once, as it does when Stripe's webhook moves a plan.
    await services.monetization.credits.adjustIncluded(tx, customerId, customer.overrides.includedCredits ?? preview.to.includedCredits);
  });
  await forgetCaches(services, customerId);
  return preview;
}

export async function adminCancelSubscription(
  em: EntityManager,
  services: Services,
  actor: AuditActor,
  customerId: string,
  atPeriodEnd: boolean,
): Promise<Subscription> {
  const { subscription } = await targetOf(em, services, customerId);
  const before = snapshot(subscription);
  const action = atPeriodEnd ? 'subscription.cancel_at_period_end' : 'subscription.cancel_now';
  if (subscription.stripeSubscriptionId) {
    await services.billing.service.cancelSubscription(em, customerId, actor.requestId ?? randomUUID(), atPeriodEnd);
    recordAudit(em, actor, { action, targetType: 'customer', targetId: customerId, before, after: { atPeriodEnd, billedBy: 'stripe' } });
    await em.flush();
    return subscription;
  }
  // Nothing would end a Carlo-managed subscription at its period end, so promising it would be a lie.
  if (atPeriodEnd)
    throw appError(
      ErrorCode.BAD_USER_INPUT,
      'This subscription is managed by Carlo, not billed by Stripe, so no period runs out: cancel it now, or change its plan to free.',
      { field: 'atPeriodEnd' },
    );
  if (subscription.status === SubscriptionStatus.CANCELED) throw appError(ErrorCode.CONFLICT, 'This subscription has ended already.');
  cancelNow(subscription);
  recordAudit(em, actor, {
    action,
    targetType: 'customer',
    targetId: customerId,
    before,
    after: { ...snapshot(subscription), billedBy: 'carlo' },
  });
  await em.flush();
  await forgetCaches(services, customerId);
  return subscription;
}

/** Keys carry the plan's limits and access in the verifier's cache: drop them so the change shows now. */
async function forgetCaches(services: Services, customerId: string): Promise<void> {
  services.keyVerifier.invalidateCustomer(customerId);
  services.monetization.credits.forget(customerId);
  await services.monetization.rateLimiter.reset(customerId);
}

/**
 * A dead letter goes back to pending with its attempts reset, under the same identifier (Stripe's
 * deduplication key). A row Stripe acknowledged is refused: sending it again could count it twice.
 */
export async function retryOutboxRow(em: EntityManager, actor: AuditActor, id: string): Promise<StripeOutboxEntry> {
  if (!/^\d{1,18}$/.test(id)) throw notFound('Outbox row');
  return em.transactional(async (tx) => {
    // The lock keeps two retries, or a retry and the sender, from interleaving on one row.
    const row = await tx.findOne(StripeOutboxEntry, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!row) throw notFound('Outbox row');
    if (row.sentAt)
      throw appError(
        ErrorCode.CONFLICT,
        `Stripe acknowledged ${row.identifier} on ${row.sentAt.toISOString()}; it is never sent again, or the overage would count twice.`,
      );
    if (!row.deadAt)
      throw appError(ErrorCode.CONFLICT, `${row.identifier} is not a dead letter: it is pending and the sender retries it on its own.`);
    const before = { deadAt: row.deadAt.toISOString(), attempts: row.attempts, lastError: row.lastError };
    row.deadAt = null;
    row.attempts = 0;
    row.lastError = null;
    row.nextAttemptAt = new Date();
    recordAudit(tx, actor, {
      action: 'outbox.retry',
      targetType: 'stripe_outbox',
      targetId: row.id,
      before,
      after: { state: 'pending', attempts: 0, identifier: row.identifier },
    });
    return row;
  });
}
