import Stripe from 'stripe';

export function invoiceItemObject(input: {
  id: string;
  created: number;
  customer: Stripe.Customer;
  amount: number;
  currency: string;
  description: string;
  quantity: number;
  price: Pick<Stripe.Price, 'id' | 'product' | 'unit_amount_decimal'>;
  invoice: string | null;
  metadata: Record<string, string>;
}): Stripe.InvoiceItem {
  return {
    id: input.id,
    object: 'invoiceitem',
    amount: input.amount,
    currency: input.currency,
    customer: input.customer.id,
    customer_account: null,
    date: input.created,
    description: input.description,
    discountable: true,
    discounts: [],
    invoice: input.invoice,
    livemode: false,
    metadata: input.metadata,
    net_amount: input.amount,
    parent: null,
    period: { end: input.created, start: input.created },
    pricing: {
      type: 'price_details',
      price_details: { price: input.price.id, product: String(input.price.product) },
      unit_amount_decimal: input.price.unit_amount_decimal,
    },
    proration: false,
    quantity: input.quantity,
    quantity_decimal: Stripe.Decimal.from(String(input.quantity)),
    tax_rates: [],
    test_clock: input.customer.test_clock ?? null,
  };
}

export function creditNoteLineObject(input: {
  id: string;
  amount: number;
  description: string;
  invoiceLineItem: string | null;
}): Stripe.CreditNoteLineItem {
  const line: Stripe.CreditNoteLineItem = {
    id: input.id,
    object: 'credit_note_line_item',
    amount: input.amount,
    description: input.description,
    discount_amount: 0,
    discount_amounts: [],
    livemode: false,
    metadata: null,
    pretax_credit_amounts: [],
    quantity: 1,
    tax_rates: [],
    taxes: null,
    type: input.invoiceLineItem ? 'invoice_line_item' : 'custom_line_item',
    unit_amount: input.invoiceLineItem ? null : input.amount,
    unit_amount_decimal: input.invoiceLineItem ? null : Stripe.Decimal.from(String(input.amount)),
  };
  return input.invoiceLineItem ? { ...line, invoice_line_item: input.invoiceLineItem } : line;
}

export function creditNoteObject(input: {
  id: string;
  number: string;
  created: number;
  invoice: Stripe.Invoice;
  lines: Stripe.CreditNoteLineItem[];
  reason: Stripe.CreditNote.Reason | null;
  memo: string | null;
  prePaymentAmount: number;
  postPaymentAmount: number;
  refunds: Stripe.CreditNote.Refund[];
  pdf: string;
}): Stripe.CreditNote {
  const amount = input.lines.reduce((sum, line) => sum + line.amount, 0);
  return {
    id: input.id,
    object: 'credit_note',
    amount,
    amount_shipping: 0,
    created: input.created,
    currency: input.invoice.currency,
    customer: String(input.invoice.customer),
    customer_account: null,
    customer_balance_transaction: null,
    discount_amount: 0,
    discount_amounts: [],
    effective_at: input.created,
    invoice: input.invoice.id,
    lines: { object: 'list', data: input.lines, has_more: false, url: `/v1/credit_notes/${input.id}/lines` },
    livemode: false,
    memo: input.memo,
    metadata: {},
    number: input.number,
    out_of_band_amount: null,
    pdf: input.pdf,
    post_payment_amount: input.postPaymentAmount,
    pre_payment_amount: input.prePaymentAmount,
    pretax_credit_amounts: [],
    reason: input.reason,
    refunds: input.refunds,
    shipping_cost: null,
    status: 'issued',
    subtotal: amount,
    subtotal_excluding_tax: amount,
    total: amount,
    total_excluding_tax: amount,
    total_taxes: [],
    type: input.postPaymentAmount === 0 ? 'pre_payment' : input.prePaymentAmount === 0 ? 'post_payment' : 'mixed',
    voided_at: null,
  };
}
