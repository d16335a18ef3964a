import type Stripe from 'stripe';
import type { Core } from '../core.js';
import { invalidRequest } from '../http/stripe-error.js';
import { subscriptionItemObject } from '../objects/subscription-objects.js';
import { newId } from '../state/ids.js';
import { attemptInvoicePayment, createInvoice, finalizeInvoice } from './invoices.js';
import { currentPeriod } from './periods.js';
import { isLicensed, prorationLines, type ItemChange } from './proration.js';
import { afterPayment, updateAndEmit } from './subscription-status.js';

export type ItemUpdate = { id?: string; price?: Stripe.Price; quantity?: number; deleted?: boolean; metadata?: Record<string, string> };
export type ProrationBehavior = 'create_prorations' | 'always_invoice' | 'none';

export type UpdateInput = {
  items?: ItemUpdate[];
  prorationBehavior: ProrationBehavior;
  prorationDate?: number;
  cancelAtPeriodEnd?: boolean;
  metadata?: Record<string, string>;
  defaultPaymentMethod?: string;
  description?: string;
};

/** The subscription's items after applying `items[]` updates, and what changed (for prorations). */
export function planItems(
  sub: Stripe.Subscription,
  updates: ItemUpdate[],
  now: number,
): { items: Stripe.SubscriptionItem[]; changes: ItemChange[] } {
  const items = sub.items.data.map((item) => ({ ...item }));
  const changes: ItemChange[] = [];
  const period = currentPeriod(sub);
  for (const update of updates) {
    const existing = update.id ? items.find((i) => i.id === update.id) : undefined;
    if (update.id && !existing) throw invalidRequest(`Invalid subscription_item id: ${update.id}`, 'items');
    if (existing) {
      const before = { price: existing.price, quantity: existing.quantity ?? 1 };
      if (update.deleted) {
        items.splice(items.indexOf(existing), 1);
        changes.push({ itemId: existing.id, before, after: null });
        continue;
      }
      const price = update.price ?? existing.price;
      const next = subscriptionItemObject({
        id: existing.id,
        created: existing.created,
        subscription: sub.id,
        price,
        quantity: isLicensed(price) ? (update.quantity ?? existing.quantity ?? 1) : undefined,
        periodStart: existing.current_period_start,
        periodEnd: existing.current_period_end,
        metadata: update.metadata ?? existing.metadata,
      });
      items[items.indexOf(existing)] = next;
      if (price.id !== before.price.id || (next.quantity ?? 1) !== before.quantity)
        changes.push({ itemId: existing.id, before, after: { price, quantity: next.quantity ?? 1 } });
      continue;
    }
    if (!update.price) throw invalidRequest('Missing required param: items[price].', 'items', 'parameter_missing');
    const added = subscriptionItemObject({
      id: newId('si'),
      created: now,
      subscription: sub.id,
      price: update.price,
      quantity: isLicensed(update.price) ? (update.quantity ?? 1) : undefined,
      periodStart: period.start,
      periodEnd: period.end,
      metadata: update.metadata ?? {},
    });
    items.push(added);
    changes.push({ itemId: added.id, before: null, after: { price: update.price, quantity: added.quantity ?? 1 } });
  }
  return { items, changes };
}

export function updateSubscription(core: Core, sub: Stripe.Subscription, input: UpdateInput): Stripe.Subscription {
  if (sub.status === 'canceled')
    throw invalidRequest('A canceled subscription can only update its cancellation_details and metadata.', 'subscription');
  const customer = core.state.customers[String(sub.customer)];
  const now = core.nowFor(String(sub.customer));
  const period = currentPeriod(sub);
  const planned = input.items ? planItems(sub, input.items, now) : null;
  const prorations =
    planned && input.prorationBehavior !== 'none' && sub.status !== 'trialing'
      ? prorationLines(core, sub, planned.changes, input.prorationDate ?? now, period)
      : [];
  updateAndEmit(core, sub, (s) => {
    if (planned) s.items = { ...s.items, data: planned.items };
    if (input.cancelAtPeriodEnd !== undefined) {
      s.cancel_at_period_end = input.cancelAtPeriodEnd;
      s.cancel_at = input.cancelAtPeriodEnd ? period.end : null;
      s.canceled_at = input.cancelAtPeriodEnd ? now : null;
      s.cancellation_details = { comment: null, feedback: null, reason: input.cancelAtPeriodEnd ? 'cancellation_requested' : null };
    }
    if (input.metadata) s.metadata = input.metadata;
    if (input.defaultPaymentMethod !== undefined) s.default_payment_method = input.defaultPaymentMethod;
    if (input.description !== undefined) s.description = input.description;
  });
  if (prorations.length === 0 || !customer) return sub;
  if (input.prorationBehavior === 'create_prorations') {
    core.state.pendingLines[sub.id] = [...(core.state.pendingLines[sub.id] ?? []), ...prorations];
    return sub;
  }
  const invoice = createInvoice(core, {
    customer,
    subscription: sub.id,
    lines: prorations,
    billingReason: 'subscription_update',
    periodStart: now,
    periodEnd: now,
    currency: sub.currency,
  });
  sub.latest_invoice = invoice.id;
  finalizeInvoice(core, invoice);
  afterPayment(core, sub, invoice, attemptInvoicePayment(core, invoice, { onSession: false }));
  return sub;
}
