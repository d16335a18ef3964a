import type { EntityManager } from '@mikro-orm/postgresql';
import type Stripe from 'stripe';
import type { Invoice } from './invoice.entity.js';
import { InvoiceRefund } from './invoice-refund.entity.js';

/**
 * Keeps one row per succeeded or pending Stripe refund of the invoice's payment, dated by Stripe's `created`.
 * Both the console's refund and the `charge.refunded` webhook call it; the unique refund id makes
 * the second call a no-op.
 */
export async function recordInvoiceRefunds(em: EntityManager, invoice: Invoice, refunds: readonly Stripe.Refund[]): Promise<void> {
  // A pending refund already counts in the charge's amount_refunded, so it counts here too.
  const counted = refunds.filter((refund) => refund.status === 'succeeded' || refund.status === 'pending');
  if (counted.length === 0) return;
  const known = await em.find(InvoiceRefund, { stripeRefundId: { $in: counted.map((refund) => refund.id) } });
  const seen = new Set(known.map((row) => row.stripeRefundId));
  for (const refund of counted) {
    if (seen.has(refund.id)) continue;
    em.persist(
      em.create(InvoiceRefund, {
        stripeRefundId: refund.id,
        invoiceId: invoice.id,
        amountCents: refund.amount,
        refundedAt: new Date(refund.created * 1000),
      }),
    );
  }
}
