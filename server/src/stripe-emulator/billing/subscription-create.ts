import type Stripe from 'stripe';
import type { Core } from '../core.js';
import { invalidRequest } from '../http/stripe-error.js';
import { unitAmount } from '../objects/catalog-objects.js';
import { invoiceLineObject } from '../objects/invoice-objects.js';
import { subscriptionItemObject, subscriptionObject } from '../objects/subscription-objects.js';
import { newId } from '../state/ids.js';
import { attemptInvoicePayment, createInvoice, finalizeInvoice } from './invoices.js';
import { addInterval } from './periods.js';
import { isLicensed } from './proration.js';
import { afterPayment } from './subscription-status.js';

export type NewItem = { price: Stripe.Price; quantity?: number; metadata?: Record<string, string> };

export type CreateSubscriptionInput = {
  customer: Stripe.Customer;
  items: NewItem[];
  metadata: Record<string, string>;
  trialPeriodDays?: number;
  trialEnd?: number;
  defaultPaymentMethod: string | null;
  description: string | null;
  onSession: boolean;
};

export function createSubscription(core: Core, input: CreateSubscriptionInput): Stripe.Subscription {
  const first = input.items[0];
  if (!first) throw invalidRequest('Missing required param: items.', 'items', 'parameter_missing');
  const recurring = first.price.recurring;
  if (!recurring)
    throw invalidRequest(
      'The price specified is set to `type=one_time` but this field only accepts prices with `type=recurring`.',
      'items[0][price]',
    );
  const now = core.nowFor(input.customer.id);
  const trialEnd = input.trialEnd ?? (input.trialPeriodDays ? now + input.trialPeriodDays * 86_400 : null);
  const periodEnd = trialEnd ?? addInterval(now, recurring);
  const id = newId('sub');
  const items = input.items.map((item) =>
    subscriptionItemObject({
      id: newId('si'),
      created: now,
      subscription: id,
      price: item.price,
      quantity: isLicensed(item.price) ? (item.quantity ?? 1) : undefined,
      periodStart: now,
      periodEnd,
      metadata: item.metadata ?? {},
    }),
  );
  const sub = subscriptionObject({
    id,
    created: now,
    customer: input.customer.id,
    currency: first.price.currency,
    items,
    metadata: input.metadata,
    status: trialEnd ? 'trialing' : 'incomplete',
    testClock: typeof input.customer.test_clock === 'string' ? input.customer.test_clock : null,
    trialStart: trialEnd ? now : null,
    trialEnd,
    defaultPaymentMethod: input.defaultPaymentMethod,
    description: input.description,
  });
  core.state.subscriptions[id] = sub;
  // A trial's first invoice is for zero; otherwise licensed items are billed in advance for the period.
  const lines = sub.items.data.filter((item) => isLicensed(item.price)).map((item) => periodLine(id, item, trialEnd !== null));
  const invoice = createInvoice(core, {
    customer: input.customer,
    subscription: id,
    lines,
    billingReason: 'subscription_create',
    periodStart: now,
    periodEnd: now,
    currency: sub.currency,
  });
  sub.latest_invoice = invoice.id;
  finalizeInvoice(core, invoice);
  const paid = attemptInvoicePayment(core, invoice, { onSession: input.onSession });
  if (paid && sub.status === 'incomplete') sub.status = 'active';
  // Stripe does not retry the first invoice of an incomplete subscription; it waits for the customer.
  if (!paid && sub.status === 'incomplete') invoice.next_payment_attempt = null;
  core.emit('customer.subscription.created', sub);
  afterPayment(core, sub, invoice, paid);
  return sub;
}

/** The in-advance line for one licensed item over its current period (zero during a trial). */
export function periodLine(subscriptionId: string, item: Stripe.SubscriptionItem, trial: boolean): Stripe.InvoiceLineItem {
  const quantity = item.quantity ?? 1;
  const label = item.price.nickname ?? item.price.lookup_key ?? item.price.id;
  return invoiceLineObject({
    id: newId('il'),
    invoice: null,
    amount: trial ? 0 : Math.round(unitAmount(item.price) * quantity),
    currency: item.price.currency,
    description: trial ? `Trial period for ${label}` : `${quantity} × ${label}`,
    quantity,
    periodStart: item.current_period_start,
    periodEnd: item.current_period_end,
    price: item.price,
    subscription: subscriptionId,
    subscriptionItem: item.id,
    proration: false,
  });
}
