import Stripe from 'stripe';
import type { Core } from '../core.js';
import type { Params } from '../http/form-codec.js';
import { mergeMetadata, optBool, optInt, optStr, reqStr } from '../http/params.js';
import { invalidRequest, missingParam } from '../http/stripe-error.js';
import { invoiceItemObject } from '../objects/credit-note-objects.js';
import { invoiceLineObject } from '../objects/invoice-objects.js';
import { priceObject } from '../objects/catalog-objects.js';
import { customerById, found, priceById } from '../routes/lookup.js';
import { newId } from '../state/ids.js';
import { createInvoice, finalizeInvoice } from './invoices.js';

const DAY = 24 * 60 * 60;

function lineOf(item: Stripe.InvoiceItem, invoiceId: string): Stripe.InvoiceLineItem {
  const details = item.pricing?.price_details;
  return invoiceLineObject({
    id: newId('il'),
    invoice: invoiceId,
    amount: item.amount,
    currency: item.currency,
    description: item.description ?? '',
    quantity: item.quantity,
    periodStart: item.period.start,
    periodEnd: item.period.end,
    price: {
      id: String(details?.price ?? ''),
      product: details?.product ?? '',
      unit_amount_decimal: item.pricing?.unit_amount_decimal ?? null,
    },
    subscription: null,
    subscriptionItem: null,
    proration: false,
    invoiceItem: item.id,
  });
}

/** Replaces a draft's lines and the totals that follow from them. */
function setLines(invoice: Stripe.Invoice, lines: Stripe.InvoiceLineItem[]): void {
  const total = lines.reduce((sum, line) => sum + line.amount, 0);
  invoice.lines = { ...invoice.lines, data: lines };
  invoice.subtotal = total;
  invoice.subtotal_excluding_tax = total;
  invoice.total = total;
  invoice.total_excluding_tax = total;
  invoice.amount_due = Math.max(total, 0);
  invoice.amount_remaining = Math.max(total, 0);
}

function draftInvoice(core: Core, id: string): Stripe.Invoice {
  const invoice = found(core.state.invoices, id, 'invoice', 'invoice');
  if (invoice.status !== 'draft')
    throw invalidRequest(`Invoice ${id} is ${invoice.status}; items can only be added to drafts.`, 'invoice', 'invoice_not_editable');
  return invoice;
}

/** Stripe keeps the inline price of an amount-only item as an inactive one-time price that can be retrieved. */
function inlinePrice(core: Core, currency: string, unitAmountDecimal: string): Stripe.Price {
  const price = priceObject({
    id: newId('price'),
    created: core.wallNow(),
    product: newId('prod'),
    currency,
    unitAmount: Math.round(Number(unitAmountDecimal)),
    unitAmountDecimal,
    lookupKey: null,
    nickname: null,
    active: false,
    metadata: {},
    recurring: null,
  });
  core.state.prices[price.id] = price;
  return price;
}

/**
 * `POST /v1/invoiceitems`: a one-off charge from `amount` (an inline price is made for it) or from
 * `price` × `quantity`, or from `unit_amount_decimal` × `quantity`. Without `invoice` it waits for the customer's next invoice.
 */
export function createInvoiceItem(core: Core, params: Params): Stripe.InvoiceItem {
  const customer = customerById(core, reqStr(params, 'customer'));
  const priceId = optStr(params, 'price');
  const amountParam = optInt(params, 'amount');
  const unitDecimal = optStr(params, 'unit_amount_decimal');
  if (priceId === undefined && amountParam === undefined && unitDecimal === undefined) throw missingParam('amount');
  if (amountParam !== undefined && unitDecimal !== undefined)
    throw invalidRequest('You may only specify one of these parameters: amount, unit_amount_decimal.', 'amount');
  const quantity = optInt(params, 'quantity') ?? 1;
  if (quantity < 1) throw invalidRequest('Quantity must be at least 1.', 'quantity');
  const price = priceId === undefined ? undefined : priceById(core, priceId);
  if (price && price.type !== 'one_time') throw invalidRequest(`The price ${price.id} is recurring; use a one-time price.`, 'price');
  const unitAmount = unitDecimal === undefined ? undefined : Number(unitDecimal);
  if (unitAmount !== undefined && !(unitAmount >= 0)) throw invalidRequest(`Invalid decimal: ${unitDecimal}`, 'unit_amount_decimal');
  const amount = price
    ? (price.unit_amount ?? 0) * quantity
    : unitAmount !== undefined
      ? Math.round(unitAmount * quantity)
      : (amountParam ?? 0);
  const currency = optStr(params, 'currency') ?? price?.currency;
  if (!currency) throw missingParam('currency');
  const invoiceId = optStr(params, 'invoice');
  const invoice = invoiceId === undefined ? undefined : draftInvoice(core, invoiceId);
  const item = invoiceItemObject({
    id: newId('ii'),
    created: core.nowFor(customer.id),
    customer,
    amount,
    currency,
    description: optStr(params, 'description') ?? price?.nickname ?? 'Invoice item',
    quantity,
    price: price ?? inlinePrice(core, currency, unitDecimal ?? String(amount)),
    invoice: invoice?.id ?? null,
    metadata: mergeMetadata({}, params),
  });
  core.state.invoiceItems[item.id] = item;
  if (invoice) setLines(invoice, [...invoice.lines.data, lineOf(item, invoice.id)]);
  return item;
}

/**
 * `POST /v1/invoices`: a manual draft. `pending_invoice_items_behavior` is `exclude` unless set to
 * `include` (Stripe's default since 2022-08-01); `send_invoice` needs `days_until_due`.
 */
export function createManualInvoice(core: Core, params: Params): Stripe.Invoice {
  const customer = customerById(core, reqStr(params, 'customer'));
  const method = optStr(params, 'collection_method') ?? 'charge_automatically';
  if (method !== 'charge_automatically' && method !== 'send_invoice')
    throw invalidRequest(`Invalid collection_method: ${method}`, 'collection_method');
  const days = optInt(params, 'days_until_due');
  if (method === 'send_invoice' && days === undefined) throw missingParam('days_until_due');
  if (method === 'charge_automatically' && days !== undefined)
    throw invalidRequest('days_until_due is only for send_invoice invoices.', 'days_until_due');
  const behavior = optStr(params, 'pending_invoice_items_behavior') ?? 'exclude';
  if (behavior !== 'include' && behavior !== 'exclude')
    throw invalidRequest(`Invalid pending_invoice_items_behavior: ${behavior}`, 'pending_invoice_items_behavior');
  const pending =
    behavior === 'include' ? Object.values(core.state.invoiceItems).filter((i) => i.customer === customer.id && i.invoice === null) : [];
  const now = core.nowFor(customer.id);
  const invoice = createInvoice(core, {
    customer,
    subscription: null,
    lines: [],
    billingReason: 'manual',
    periodStart: now,
    periodEnd: now,
    currency: optStr(params, 'currency') ?? pending[0]?.currency ?? 'usd',
    metadata: mergeMetadata({}, params),
  });
  for (const item of pending) item.invoice = invoice.id;
  setLines(
    invoice,
    pending.map((item) => lineOf(item, invoice.id)),
  );
  invoice.collection_method = method;
  invoice.auto_advance = optBool(params, 'auto_advance') ?? true;
  invoice.description = optStr(params, 'description') ?? null;
  invoice.due_date = days === undefined ? null : now + days * DAY;
  return invoice;
}

/** `POST /v1/invoices/:id/send`: emails an open `send_invoice` invoice (finalizing a draft first). */
export function sendInvoice(core: Core, invoice: Stripe.Invoice): Stripe.Invoice {
  if (invoice.collection_method !== 'send_invoice')
    throw invalidRequest('Only invoices with collection_method send_invoice can be sent.', 'invoice', 'invoice_not_editable');
  if (invoice.status === 'draft') finalizeInvoice(core, invoice);
  if (invoice.status !== 'open')
    throw invalidRequest(`Invoice is ${invoice.status}; only open invoices can be sent.`, 'invoice', 'invoice_not_open');
  core.emit('invoice.sent', invoice);
  return invoice;
}
