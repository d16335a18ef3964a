import type { EntityManager } from '@mikro-orm/postgresql';
import type Stripe from 'stripe';
import { Invoice } from './invoice.entity.js';

export type InvoiceEventType = 'invoice.created' | 'invoice.paid' | 'invoice.payment_failed';

/** An invoice change worth telling the customer, reported inside the Stripe event's transaction. */
export type BillingEvent = {
  customerId: string;
  type: InvoiceEventType | 'subscription.updated';
  /** One per invoice, and for failures one per attempt: a replayed Stripe event repeats its key. */
  causeKey: string;
  data: Record<string, unknown>;
};

/** Billing's port to notifications (which sit above billing): the app wires it in. */
export type BillingEventListener = (em: EntityManager, event: BillingEvent) => Promise<void>;

/**
 * Reports an invoice event from our synced row; the attempt count and next retry of a failure
 * come from the Stripe event's own snapshot, which is the attempt the event is about.
 */
export async function announceInvoice(
  em: EntityManager,
  notify: BillingEventListener,
  type: InvoiceEventType,
  snapshot: Stripe.Invoice,
): Promise<void> {
  const invoice = await em.findOne(Invoice, { stripeInvoiceId: snapshot.id ?? '' });
  if (!invoice?.customerId) return;
  const base = { customerId: invoice.customerId, type };
  if (type === 'invoice.created') {
    await notify(em, {
      ...base,
      causeKey: `invoice.created:${invoice.stripeInvoiceId}`,
      data: {
        invoiceId: invoice.stripeInvoiceId,
        amountDueCents: invoice.amountDueCents,
        currency: invoice.currency,
        periodStart: invoice.periodStart.toISOString(),
        periodEnd: invoice.periodEnd.toISOString(),
      },
    });
  } else if (type === 'invoice.paid') {
    await notify(em, {
      ...base,
      causeKey: `invoice.paid:${invoice.stripeInvoiceId}`,
      data: {
        invoiceId: invoice.stripeInvoiceId,
        amountPaidCents: invoice.amountPaidCents,
        currency: invoice.currency,
        paidAt: (invoice.paidAt ?? new Date()).toISOString(),
      },
    });
  } else {
    const attemptCount = snapshot.attempt_count ?? 0;
    await notify(em, {
      ...base,
      causeKey: `invoice.payment_failed:${invoice.stripeInvoiceId}:${attemptCount}`,
      data: {
        invoiceId: invoice.stripeInvoiceId,
        amountDueCents: invoice.amountDueCents,
        currency: invoice.currency,
        attemptCount,
        nextPaymentAttempt: snapshot.next_payment_attempt ? new Date(snapshot.next_payment_attempt * 1000).toISOString() : null,
      },
    });
  }
}
