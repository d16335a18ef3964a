import type Stripe from 'stripe';
import type { Core } from '../core.js';
import { invoiceLineObject } from '../objects/invoice-objects.js';
import { newId } from '../state/ids.js';
import { createInvoice, finalizeInvoice, payInvoiceWith } from './invoices.js';

/**
 * The post-payment invoice of a payment-mode Checkout session with `invoice_creation.enabled`:
 * no subscription, `billing_reason: 'manual'`, one line per Checkout line item, paid by the
 * session's payment (listed under the invoice's `payments`). Events come in Stripe's order:
 * invoice.created, invoice.finalized, invoice.paid, invoice.payment_succeeded.
 */
export function createCheckoutInvoice(
  core: Core,
  input: {
    session: Stripe.Checkout.Session;
    customer: Stripe.Customer;
    lineItems: Stripe.LineItem[];
    paymentIntent: string;
  },
): Stripe.Invoice {
  const now = core.nowFor(input.customer.id);
  const lines = input.lineItems.flatMap((item) =>
    item.price
      ? [
          invoiceLineObject({
            id: newId('il'),
            invoice: null,
            amount: item.amount_total,
            currency: item.currency,
            description: item.description ?? item.price.id,
            quantity: item.quantity ?? 1,
            periodStart: now,
            periodEnd: now,
            price: item.price,
            subscription: null,
            subscriptionItem: null,
            proration: false,
            invoiceItem: newId('ii'),
          }),
        ]
      : [],
  );
  const invoice = createInvoice(core, {
    customer: input.customer,
    subscription: null,
    lines,
    billingReason: 'manual',
    periodStart: now,
    periodEnd: now,
    currency: input.session.currency ?? 'usd',
    metadata: input.session.invoice_creation?.invoice_data.metadata ?? {},
  });
  finalizeInvoice(core, invoice);
  payInvoiceWith(core, invoice, input.paymentIntent);
  return invoice;
}
