import type Stripe from 'stripe';
import type { Core } from '../core.js';
import type { Params } from '../http/form-codec.js';
import { objects, optArr, optInt, optStr, reqStr } from '../http/params.js';
import { invalidRequest } from '../http/stripe-error.js';
import { creditNoteLineObject, creditNoteObject } from '../objects/credit-note-objects.js';
import { found } from '../routes/lookup.js';
import { newId } from '../state/ids.js';
import { attemptInvoicePayment } from './invoices.js';
import { refundCharge } from './refunds.js';

const REASONS: readonly Stripe.CreditNote.Reason[] = ['duplicate', 'fraudulent', 'order_change', 'product_unsatisfactory'];

function reasonOf(value: string | undefined): Stripe.CreditNote.Reason | null {
  if (value === undefined) return null;
  const reason = REASONS.find((r) => r === value);
  if (!reason) throw invalidRequest(`Invalid reason: ${value}`, 'reason');
  return reason;
}

/** The lines credited: `lines[]` (invoice lines or custom ones) or one custom line of `amount`. */
function linesOf(invoice: Stripe.Invoice, params: Params): Stripe.CreditNoteLineItem[] {
  const given = objects(optArr(params, 'lines'), 'lines');
  if (given.length === 0) {
    const amount = optInt(params, 'amount');
    if (amount === undefined) throw invalidRequest('Pass either lines or amount.', 'amount', 'parameter_missing');
    return [creditNoteLineObject({ id: newId('cnli'), amount, description: 'Credit', invoiceLineItem: null })];
  }
  return given.map((line, index) => {
    const type = reqStr(line, 'type');
    const lineId = type === 'invoice_line_item' ? reqStr(line, 'invoice_line_item') : null;
    const invoiceLine = lineId === null ? undefined : invoice.lines.data.find((l) => l.id === lineId);
    if (lineId !== null && !invoiceLine)
      throw invalidRequest(`No line ${lineId} on invoice ${invoice.id}.`, `lines[${index}][invoice_line_item]`);
    const amount = optInt(line, 'amount') ?? optInt(line, 'unit_amount') ?? invoiceLine?.amount;
    if (amount === undefined) throw invalidRequest('A custom line needs amount or unit_amount.', `lines[${index}][unit_amount]`);
    const description = optStr(line, 'description') ?? invoiceLine?.description ?? 'Credit';
    return creditNoteLineObject({ id: newId('cnli'), amount, description, invoiceLineItem: lineId });
  });
}

/** The charge that paid the invoice (its first recorded payment), for refunds. */
function paidCharge(core: Core, invoice: Stripe.Invoice): Stripe.Charge {
  const payment = core.state.invoicePayments[invoice.id]?.[0]?.payment;
  const intent = payment?.payment_intent ? core.state.paymentIntents[String(payment.payment_intent)] : undefined;
  const charge = intent?.latest_charge ? core.state.charges[String(intent.latest_charge)] : undefined;
  if (!charge) throw invalidRequest(`Invoice ${invoice.id} has no card payment to refund.`, 'refund_amount');
  return charge;
}

/**
 * `POST /v1/credit_notes`. On an open invoice the amount lowers `amount_due` (an invoice credited
 * down to zero is paid). On a paid one it is split into `refund_amount` (refunded on the paying
 * charge), `out_of_band_amount` and `credit_amount` (the customer's balance, applied to the next
 * invoice); whatever the three leave over goes to the balance.
 */
export function createCreditNote(core: Core, params: Params): Stripe.CreditNote {
  const invoice = found(core.state.invoices, reqStr(params, 'invoice'), 'invoice', 'invoice');
  if (invoice.status !== 'open' && invoice.status !== 'paid')
    throw invalidRequest(`Invoice is ${invoice.status}; credit notes need an open or paid invoice.`, 'invoice', 'invoice_not_open');
  const lines = linesOf(invoice, params);
  const amount = lines.reduce((sum, line) => sum + line.amount, 0);
  if (amount <= 0) throw invalidRequest('The credit note amount must be positive.', 'amount');
  const customer = core.state.customers[String(invoice.customer)];
  const now = core.nowFor(String(invoice.customer));
  const id = newId('cn');
  const refunds: Stripe.CreditNote.Refund[] = [];
  let prePayment = 0;
  let postPayment = 0;
  if (invoice.status === 'open') {
    if (amount > invoice.amount_remaining)
      throw invalidRequest(`The credit note amount (${amount}) exceeds the amount due (${invoice.amount_remaining}).`, 'amount');
    prePayment = amount;
  } else {
    const creditable = invoice.amount_paid - invoice.post_payment_credit_notes_amount;
    if (amount > creditable)
      throw invalidRequest(`The credit note amount (${amount}) exceeds what is left to credit (${creditable}).`, 'amount');
    postPayment = amount;
  }
  const refundAmount = optInt(params, 'refund_amount') ?? 0;
  const outOfBand = optInt(params, 'out_of_band_amount') ?? 0;
  const creditAmount = optInt(params, 'credit_amount') ?? postPayment - refundAmount - outOfBand;
  if (postPayment > 0 && (refundAmount < 0 || creditAmount < 0 || refundAmount + outOfBand + creditAmount !== postPayment))
    throw invalidRequest('refund_amount, credit_amount and out_of_band_amount must add up to the credit note amount.', 'refund_amount');
  if (prePayment > 0 && refundAmount + outOfBand > 0)
    throw invalidRequest('An open invoice cannot be refunded; the credit lowers its amount due.', 'refund_amount');
  const before = { amount_due: invoice.amount_due, amount_remaining: invoice.amount_remaining };
  if (prePayment > 0) {
    invoice.amount_due -= prePayment;
    invoice.amount_remaining -= prePayment;
    invoice.pre_payment_credit_notes_amount += prePayment;
  }
  if (postPayment > 0) {
    invoice.post_payment_credit_notes_amount += postPayment;
    if (refundAmount > 0) {
      const refund = refundCharge(core, paidCharge(core, invoice), refundAmount, null);
      refunds.push({ amount_refunded: refundAmount, refund: refund.id, payment_record_refund: null, type: 'refund' });
    }
    if (creditAmount > 0 && customer) {
      const balance = customer.balance;
      customer.balance -= creditAmount;
      core.emit('customer.updated', customer, { balance });
    }
  }
  const sequence = Object.values(core.state.creditNotes).filter((n) => n.invoice === invoice.id).length + 1;
  const note = creditNoteObject({
    id,
    number: `${invoice.number ?? invoice.id}-CN-${String(sequence).padStart(2, '0')}`,
    created: now,
    invoice,
    lines,
    reason: reasonOf(optStr(params, 'reason')),
    memo: optStr(params, 'memo') ?? null,
    prePaymentAmount: prePayment,
    postPaymentAmount: postPayment,
    refunds,
    pdf: `${core.settings.publicUrl}/credit_notes/${id}/pdf`,
  });
  core.state.creditNotes[id] = note;
  core.emit('credit_note.created', note);
  core.emit('invoice.updated', invoice, before);
  if (invoice.status === 'open' && invoice.amount_remaining === 0) attemptInvoicePayment(core, invoice, { onSession: false });
  return note;
}

/**
 * `POST /v1/credit_notes/:id/void`: takes the credit back. On an open invoice its amount is due
 * again; a balance credit leaves the customer's balance. A note that refunded a card is refused:
 * the money has left and voiding the note would not bring it back.
 */
export function voidCreditNote(core: Core, note: Stripe.CreditNote): Stripe.CreditNote {
  if (note.status === 'void') throw invalidRequest('This credit note is already void.', 'credit_note', 'credit_note_already_voided');
  if (note.refunds.length > 0)
    throw invalidRequest('A credit note that refunded a payment cannot be voided.', 'credit_note', 'credit_note_has_refunds');
  const invoice = found(core.state.invoices, String(note.invoice), 'invoice', 'invoice');
  if (note.pre_payment_amount > 0) {
    if (invoice.status !== 'open')
      throw invalidRequest(`Invoice is ${invoice.status}; only a credit note on an open invoice can be voided.`, 'credit_note');
    const before = { amount_due: invoice.amount_due, amount_remaining: invoice.amount_remaining };
    invoice.amount_due += note.pre_payment_amount;
    invoice.amount_remaining += note.pre_payment_amount;
    invoice.pre_payment_credit_notes_amount -= note.pre_payment_amount;
    core.emit('invoice.updated', invoice, before);
  }
  if (note.post_payment_amount > 0) {
    invoice.post_payment_credit_notes_amount -= note.post_payment_amount;
    const customer = core.state.customers[String(note.customer)];
    const credited = note.post_payment_amount - (note.out_of_band_amount ?? 0);
    if (customer && credited > 0) {
      const balance = customer.balance;
      customer.balance += credited;
      core.emit('customer.updated', customer, { balance });
    }
  }
  const before = { status: note.status, voided_at: note.voided_at };
  note.status = 'void';
  note.voided_at = core.nowFor(String(note.customer));
  core.emit('credit_note.voided', note, before);
  return note;
}
