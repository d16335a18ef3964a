import type { EntityManager } from '@mikro-orm/postgresql';
import type { Services } from '../api/index.js';
import { Invoice, retryInvoicePayment, voidInvoice } from '../billing/index.js';
import { graceEndsAt } from '../domain/access/index.js';
import { Subscription, SubscriptionStatus, extendGrace } from '../domain/subscriptions/index.js';
import { ErrorCode, appError, isUuid, notFound } from '../platform/graphql/index.js';
import { type AuditActor, recordAudit } from '../platform/staff/index.js';

/**
 * The dunning queue's actions on one past-due subscription. Each names its reason and writes one
 * audit row (target: the customer, so it shows on the customer's timeline), flushed once Stripe
 * has answered, so the log never records what did not happen.
 */

const DAY_MS = 86_400_000;
export const MAX_GRACE_EXTENSION_DAYS = 30;

type Overdue = { subscription: Subscription; customerId: string };

async function overdue(em: EntityManager, subscriptionId: string): Promise<Overdue> {
  const subscription = isUuid(subscriptionId) ? await em.findOne(Subscription, subscriptionId) : null;
  if (!subscription) throw notFound('Subscription');
  if (subscription.status !== SubscriptionStatus.PAST_DUE && subscription.status !== SubscriptionStatus.UNPAID)
    throw appError(
      ErrorCode.CONFLICT,
      `This subscription is ${subscription.status}, not past due: it has left the dunning queue. Reload it.`,
    );
  return { subscription, customerId: subscription.customer.id };
}

async function openInvoice(em: EntityManager, subscription: Subscription): Promise<Invoice> {
  const invoice = subscription.stripeSubscriptionId
    ? await em.findOne(
        Invoice,
        { stripeSubscriptionId: subscription.stripeSubscriptionId, status: 'open' },
        { orderBy: { issuedAt: 'desc' } },
      )
    : null;
  if (!invoice)
    throw appError(
      ErrorCode.CONFLICT,
      'This subscription has no open invoice to collect; Stripe may have closed it meanwhile. Reload the queue.',
    );
  return invoice;
}

async function audit(em: EntityManager, actor: AuditActor, action: string, target: Overdue, after: Record<string, unknown>): Promise<void> {
  recordAudit(em, actor, {
    action,
    targetType: 'customer',
    targetId: target.customerId,
    before: { subscriptionId: target.subscription.id, status: target.subscription.status },
    after: { customerId: target.customerId, ...after },
  });
  await em.flush();
}

/** Charges the open invoice now; a decline is reported and audited like a payment. */
export async function retryNow(
  em: EntityManager,
  services: Services,
  actor: AuditActor,
  subscriptionId: string,
  reason: string,
): Promise<string> {
  const target = await overdue(em, subscriptionId);
  const invoice = await openInvoice(em, target.subscription);
  const outcome = await retryInvoicePayment(services.billing.gateway, invoice.stripeInvoiceId, actor.requestId ?? subscriptionId);
  await audit(em, actor, 'dunning.retry', target, { reason, invoiceId: invoice.id, paid: outcome.paid, outcome: outcome.message });
  return outcome.message;
}

/** Keeps the plan's full access `days` longer than the grace ends now (or than today, once it has ended). */
export async function extendPastDueGrace(
  em: EntityManager,
  services: Services,
  actor: AuditActor,
  subscriptionId: string,
  days: number,
  reason: string,
): Promise<string> {
  if (!Number.isInteger(days) || days < 1 || days > MAX_GRACE_EXTENSION_DAYS)
    throw appError(ErrorCode.BAD_USER_INPUT, `Extend the grace by 1 to ${MAX_GRACE_EXTENSION_DAYS} days.`, { field: 'days' });
  const target = await overdue(em, subscriptionId);
  const { subscription } = target;
  if (subscription.status !== SubscriptionStatus.PAST_DUE)
    throw appError(
      ErrorCode.CONFLICT,
      'Stripe has stopped collecting this unpaid subscription, so no grace runs: retry now, waive or suspend it.',
    );
  const before = graceEndsAt(subscription.pastDueSince ?? new Date(), subscription.graceExtendedUntil);
  const until = new Date(Math.max(before.getTime(), Date.now()) + days * DAY_MS);
  extendGrace(subscription, until);
  await audit(em, actor, 'dunning.extend_grace', target, {
    reason,
    days,
    graceEndedAt: before.toISOString(),
    graceUntil: until.toISOString(),
  });
  services.keyVerifier.invalidateCustomer(target.customerId);
  return `Grace extended to ${until.toISOString().slice(0, 10)}.`;
}

/** Forgives the debt: the open invoice is voided in Stripe, so it is never collected and leaves billed revenue. */
export async function waive(
  em: EntityManager,
  services: Services,
  actor: AuditActor,
  subscriptionId: string,
  reason: string,
): Promise<string> {
  const target = await overdue(em, subscriptionId);
  const invoice = await openInvoice(em, target.subscription);
  await voidInvoice(em, services.billing.gateway, invoice);
  await audit(em, actor, 'dunning.waive', target, { reason, invoiceId: invoice.id, amountDueCents: invoice.totalCents });
  return `Invoice ${invoice.number ?? invoice.stripeInvoiceId} voided.`;
}

/** Suspends the account now instead of waiting for the retries to run out; its keys keep billing fields only. */
export async function suspendOverdue(
  em: EntityManager,
  services: Services,
  actor: AuditActor,
  subscriptionId: string,
  reason: string,
): Promise<string> {
  const target = await overdue(em, subscriptionId);
  // setSuspended writes the one audit row (customer.suspend) with this reason.
  await services.customerAdmin.setSuspended(em, actor, target.customerId, true, `Unpaid: ${reason}`);
  return 'Customer suspended.';
}
