import type Stripe from 'stripe';
import type { Core } from '../core.js';
import { invalidRequest } from '../http/stripe-error.js';
import { invoiceObject, invoicePaymentObject } from '../objects/invoice-objects.js';
import { newId } from '../state/ids.js';
import { applySubscriptionDiscount } from './discounts.js';
import { chargeCard } from './payments.js';
import { completeRenewalDraft } from './renewal-draft.js';

const DAY = 24 * 60 * 60;

export function createInvoice(
  core: Core,
  input: {
    customer: Stripe.Customer;
    subscription: string | null;
    lines: Stripe.InvoiceLineItem[];
    billingReason: Stripe.Invoice.BillingReason;
    periodStart: number;
    periodEnd: number;
    currency: string;
    metadata?: Record<string, string>;
  },
): Stripe.Invoice {
  const id = newId('in');
  const lines = input.lines.map((line) => ({ ...line, invoice: id }));
  const invoice = invoiceObject({ ...input, id, lines, created: core.nowFor(input.customer.id) });
  core.state.invoices[id] = invoice;
  core.emit('invoice.created', invoice);
  return invoice;
}

/** Where Stripe would host a finalized invoice and its PDF; the emulator's pages serve both. */
export function invoiceLinks(core: Core, invoiceId: string): { hosted: string; pdf: string } {
  const hosted = `${core.settings.publicUrl}/invoice/${invoiceId}`;
  return { hosted, pdf: `${hosted}/pdf` };
}

export function finalizeInvoice(core: Core, invoice: Stripe.Invoice): Stripe.Invoice {
  if (invoice.status !== 'draft')
    throw invalidRequest(`This invoice is already finalized (status ${invoice.status}).`, 'invoice', 'invoice_not_editable');
  completeRenewalDraft(core, invoice);
  applySubscriptionDiscount(core, invoice);
  const customer = core.state.customers[String(invoice.customer)];
  const now = core.nowFor(String(invoice.customer));
  const sequence = customer ? (customer.next_invoice_sequence ?? 1) : 1;
  if (customer) customer.next_invoice_sequence = sequence + 1;
  invoice.status = 'open';
  invoice.number = `${customer?.invoice_prefix ?? 'EMU'}-${String(sequence).padStart(4, '0')}`;
  invoice.effective_at = now;
  invoice.status_transitions = { ...invoice.status_transitions, finalized_at: now };
  const links = invoiceLinks(core, invoice.id);
  invoice.hosted_invoice_url = links.hosted;
  invoice.invoice_pdf = links.pdf;
  core.emit('invoice.finalized', invoice);
  return invoice;
}

/** The payment method Stripe would charge: the subscription's default, else the customer's. */
function paymentMethodFor(core: Core, invoice: Stripe.Invoice): string | null {
  const subId = invoice.parent?.subscription_details?.subscription;
  const sub = typeof subId === 'string' ? core.state.subscriptions[subId] : undefined;
  const fromSub = typeof sub?.default_payment_method === 'string' ? sub.default_payment_method : null;
  const fromCustomer = core.state.customers[String(invoice.customer)]?.invoice_settings.default_payment_method;
  return fromSub ?? (typeof fromCustomer === 'string' ? fromCustomer : null);
}

/**
 * Charges an open invoice. A failure schedules the next retry per the documented schedule
 * (`retryScheduleDays` after each failed attempt), or none once the retries are spent.
 */
export function attemptInvoicePayment(
  core: Core,
  invoice: Stripe.Invoice,
  options: { onSession: boolean; paymentMethod?: string },
): boolean {
  if (invoice.status !== 'open')
    throw invalidRequest(`Invoice is ${invoice.status}; only open invoices can be paid.`, 'invoice', 'invoice_not_open');
  const customerId = String(invoice.customer);
  const now = core.nowFor(customerId);
  invoice.attempted = true;
  invoice.attempt_count += 1;
  if (invoice.amount_remaining <= 0) return markPaid(core, invoice, now, null);
  const result = chargeCard(core, {
    customer: customerId,
    paymentMethod: options.paymentMethod ?? paymentMethodFor(core, invoice),
    amount: invoice.amount_remaining,
    currency: invoice.currency,
    description: `Payment for Invoice ${invoice.number ?? invoice.id}`,
    onSession: options.onSession,
  });
  if (result.ok) return markPaid(core, invoice, now, result.paymentIntent.id);
  const delay = core.settings.retryScheduleDays[invoice.attempt_count - 1];
  invoice.next_payment_attempt = delay === undefined ? null : now + delay * DAY;
  core.emit('invoice.payment_failed', invoice);
  return false;
}

/**
 * Settles an open invoice with a payment already taken (a Checkout payment's invoice): the
 * payment is recorded, nothing is charged again.
 */
export function payInvoiceWith(core: Core, invoice: Stripe.Invoice, paymentIntent: string): void {
  if (invoice.status !== 'open')
    throw invalidRequest(`Invoice is ${invoice.status}; only open invoices can be paid.`, 'invoice', 'invoice_not_open');
  invoice.attempted = true;
  invoice.attempt_count += 1;
  markPaid(core, invoice, core.nowFor(String(invoice.customer)), paymentIntent);
}

function markPaid(core: Core, invoice: Stripe.Invoice, now: number, paymentIntent: string | null): true {
  if (paymentIntent) {
    const payment = invoicePaymentObject({ id: newId('inpay'), created: now, invoice, paymentIntent, amount: invoice.amount_remaining });
    core.state.invoicePayments[invoice.id] = [...(core.state.invoicePayments[invoice.id] ?? []), payment];
  }
  invoice.status = 'paid';
  invoice.amount_paid = invoice.amount_due;
  invoice.amount_remaining = 0;
  invoice.next_payment_attempt = null;
  invoice.status_transitions = { ...invoice.status_transitions, paid_at: now };
  core.emit('invoice.paid', invoice);
  core.emit('invoice.payment_succeeded', invoice);
  return true;
}

export function voidInvoice(core: Core, invoice: Stripe.Invoice): Stripe.Invoice {
  if (invoice.status !== 'open') throw invalidRequest('Only open invoices can be voided.', 'invoice', 'invoice_not_open');
  invoice.status = 'void';
  invoice.next_payment_attempt = null;
  invoice.status_transitions = { ...invoice.status_transitions, voided_at: core.nowFor(String(invoice.customer)) };
  core.emit('invoice.voided', invoice);
  return invoice;
}
