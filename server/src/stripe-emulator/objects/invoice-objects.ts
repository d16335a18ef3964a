import Stripe from 'stripe';

export type LineInput = {
  id: string;
  invoice: string | null;
  amount: number;
  currency: string;
  description: string;
  quantity: number;
  periodStart: number;
  periodEnd: number;
  /** One-off lines from an amount carry an inline price: only its id, product and unit amount are shown. */
  price: Pick<Stripe.Price, 'id' | 'product' | 'unit_amount_decimal'>;
  subscription: string | null;
  subscriptionItem: string | null;
  proration: boolean;
  /** Set for one-off lines (a Checkout payment's invoice): Stripe bills those through an invoice item. */
  invoiceItem?: string;
};

function lineParent(input: LineInput): Stripe.InvoiceLineItem.Parent {
  if (input.invoiceItem) {
    return {
      type: 'invoice_item_details',
      invoice_item_details: {
        invoice_item: input.invoiceItem,
        proration: input.proration,
        proration_details: { credited_items: null },
        subscription: input.subscription,
      },
      subscription_item_details: null,
    };
  }
  return {
    type: 'subscription_item_details',
    invoice_item_details: null,
    subscription_item_details: {
      invoice_item: null,
      proration: input.proration,
      proration_details: { credited_items: null },
      subscription: input.subscription,
      subscription_item: input.subscriptionItem ?? '',
    },
  };
}

export function invoiceLineObject(input: LineInput): Stripe.InvoiceLineItem {
  return {
    id: input.id,
    object: 'line_item',
    amount: input.amount,
    currency: input.currency,
    description: input.description,
    discount_amounts: [],
    discountable: !input.proration,
    discounts: [],
    invoice: input.invoice,
    livemode: false,
    metadata: {},
    parent: lineParent(input),
    period: { end: input.periodEnd, start: input.periodStart },
    pretax_credit_amounts: [],
    pricing: {
      type: 'price_details',
      price_details: { price: input.price.id, product: String(input.price.product) },
      unit_amount_decimal: input.price.unit_amount_decimal,
    },
    quantity: input.quantity,
    quantity_decimal: Stripe.Decimal.from(String(input.quantity)),
    subscription: input.subscription,
    subtotal: input.amount,
    taxes: [],
  };
}

export type InvoiceInput = {
  id: string;
  created: number;
  customer: Stripe.Customer;
  subscription: string | null;
  lines: Stripe.InvoiceLineItem[];
  billingReason: Stripe.Invoice.BillingReason;
  periodStart: number;
  periodEnd: number;
  currency: string;
  metadata?: Record<string, string>;
};

export function invoiceObject(input: InvoiceInput): Stripe.Invoice {
  const total = input.lines.reduce((sum, line) => sum + line.amount, 0);
  const c = input.customer;
  return {
    id: input.id,
    object: 'invoice',
    account_country: 'US',
    account_name: 'Carlo (Stripe emulator)',
    account_tax_ids: null,
    amount_due: Math.max(total, 0),
    amount_overpaid: 0,
    amount_paid: 0,
    amount_remaining: Math.max(total, 0),
    amount_shipping: 0,
    application: null,
    attempt_count: 0,
    attempted: false,
    auto_advance: true,
    automatic_tax: { disabled_reason: null, enabled: false, liability: null, provider: null, status: null },
    automatically_finalizes_at: null,
    billing_reason: input.billingReason,
    collection_method: 'charge_automatically',
    created: input.created,
    currency: input.currency,
    custom_fields: null,
    customer: c.id,
    customer_account: null,
    customer_address: null,
    customer_email: c.email,
    customer_name: c.name ?? null,
    customer_phone: c.phone ?? null,
    customer_shipping: null,
    customer_tax_exempt: 'none',
    customer_tax_ids: [],
    default_payment_method: null,
    default_source: null,
    default_tax_rates: [],
    description: null,
    discounts: [],
    due_date: null,
    effective_at: null,
    ending_balance: null,
    footer: null,
    from_invoice: null,
    hosted_invoice_url: null,
    invoice_pdf: null,
    issuer: { type: 'self' },
    last_finalization_error: null,
    latest_revision: null,
    lines: { object: 'list', data: input.lines, has_more: false, url: `/v1/invoices/${input.id}/lines` },
    livemode: false,
    metadata: { ...input.metadata },
    next_payment_attempt: null,
    number: null,
    on_behalf_of: null,
    parent: input.subscription
      ? { type: 'subscription_details', quote_details: null, subscription_details: { metadata: null, subscription: input.subscription } }
      : null,
    payment_settings: { default_mandate: null, payment_method_options: null, payment_method_types: null },
    period_end: input.periodEnd,
    period_start: input.periodStart,
    post_payment_credit_notes_amount: 0,
    pre_payment_credit_notes_amount: 0,
    receipt_number: null,
    rendering: null,
    shipping_cost: null,
    shipping_details: null,
    starting_balance: 0,
    statement_descriptor: null,
    status: 'draft',
    status_transitions: { finalized_at: null, marked_uncollectible_at: null, paid_at: null, voided_at: null },
    subtotal: total,
    subtotal_excluding_tax: total,
    test_clock: c.test_clock ?? null,
    total,
    total_discount_amounts: [],
    total_excluding_tax: total,
    total_pretax_credit_amounts: [],
    total_taxes: [],
    webhooks_delivered_at: input.created,
  };
}

/** One payment toward an invoice; Stripe lists them under the invoice's includable `payments`. */
export function invoicePaymentObject(input: {
  id: string;
  created: number;
  invoice: Stripe.Invoice;
  paymentIntent: string;
  amount: number;
}): Stripe.InvoicePayment {
  return {
    id: input.id,
    object: 'invoice_payment',
    amount_paid: input.amount,
    amount_requested: input.amount,
    created: input.created,
    currency: input.invoice.currency,
    invoice: input.invoice.id,
    is_default: true,
    livemode: false,
    payment: { type: 'payment_intent', payment_intent: input.paymentIntent },
    status: 'paid',
    status_transitions: { canceled_at: null, paid_at: input.created },
  };
}
