import type Stripe from 'stripe';
import type { Core } from '../core.js';
import { attemptInvoicePayment, finalizeInvoice, voidInvoice } from '../billing/invoices.js';
import { createManualInvoice, sendInvoice } from '../billing/manual-invoices.js';
import { addInterval, currentPeriod } from '../billing/periods.js';
import { isLicensed, prorationLines } from '../billing/proration.js';
import { periodLine } from '../billing/subscription-create.js';
import { afterPayment } from '../billing/subscription-status.js';
import { planItems } from '../billing/subscription-update.js';
import type { Params } from '../http/form-codec.js';
import { listOf, newestFirst } from '../http/list.js';
import { optBool, optInt, optObj, optStr } from '../http/params.js';
import type { ApiContext, Route } from '../http/router.js';
import { cardDeclined, cardError, invalidRequest, missingParam, type StripeApiError } from '../http/stripe-error.js';
import { invoiceObject } from '../objects/invoice-objects.js';
import { subscriptionItemObject } from '../objects/subscription-objects.js';
import { newId } from '../state/ids.js';
import { customerById, found } from './lookup.js';
import { itemUpdates, newItems, prorationBehavior } from './subscription-params.js';

function invoice({ core, path }: ApiContext): Stripe.Invoice {
  return found(core.state.invoices, path.id, 'invoice');
}

function subscriptionOf(core: Core, inv: Stripe.Invoice): Stripe.Subscription | undefined {
  const id = inv.parent?.subscription_details?.subscription;
  return typeof id === 'string' ? core.state.subscriptions[id] : undefined;
}

/**
 * An unsaved invoice showing what a subscription change would bill: prorations (by time left in
 * the period) and, unless `always_invoice`, the next period's in-advance lines.
 */
function preview(core: Core, params: Params): Stripe.Invoice {
  const customerId = optStr(params, 'customer');
  const subId = optStr(params, 'subscription');
  const sub = subId ? found(core.state.subscriptions, subId, 'subscription', 'subscription') : undefined;
  const customer = customerById(core, customerId ?? String(sub?.customer ?? ''), 'customer');
  if (!sub && !customerId) throw missingParam('customer');
  const details = optObj(params, 'subscription_details') ?? {};
  const now = core.nowFor(customer.id);
  const id = `upcoming_${newId('in')}`;
  if (!sub) {
    const fresh = newItems(core, details);
    const first = fresh[0];
    if (!first?.price.recurring) throw missingParam('subscription_details[items]');
    const end = addInterval(now, first.price.recurring);
    const lines = fresh
      .filter((i) => isLicensed(i.price))
      .map((i) =>
        periodLine(
          'sub_preview',
          subscriptionItemObject({
            id: newId('si'),
            created: now,
            subscription: 'sub_preview',
            price: i.price,
            quantity: i.quantity ?? 1,
            periodStart: now,
            periodEnd: end,
            metadata: {},
          }),
          false,
        ),
      );
    return invoiceObject({
      id,
      created: now,
      customer,
      subscription: null,
      lines,
      billingReason: 'subscription_create',
      periodStart: now,
      periodEnd: now,
      currency: first.price.currency,
    });
  }
  const behavior = prorationBehavior(details);
  const prorationDate = optInt(details, 'proration_date') ?? now;
  const period = currentPeriod(sub);
  const planned = planItems(sub, itemUpdates(core, details) ?? [], now);
  const prorations = behavior === 'none' ? [] : prorationLines(core, sub, planned.changes, prorationDate, period);
  if (behavior === 'always_invoice') {
    return invoiceObject({
      id,
      created: now,
      customer,
      subscription: sub.id,
      lines: prorations,
      billingReason: 'subscription_update',
      periodStart: now,
      periodEnd: now,
      currency: sub.currency,
    });
  }
  const nextItems = planned.items
    .filter((i) => isLicensed(i.price))
    .map((i) => {
      const recurring = i.price.recurring ?? { interval: 'month' as const, interval_count: 1 };
      return { ...i, current_period_start: period.end, current_period_end: addInterval(period.end, recurring) };
    });
  const lines = [...(core.state.pendingLines[sub.id] ?? []), ...prorations, ...nextItems.map((i) => periodLine(sub.id, i, false))];
  return invoiceObject({
    id,
    created: now,
    customer,
    subscription: sub.id,
    lines,
    billingReason: 'upcoming',
    periodStart: period.start,
    periodEnd: period.end,
    currency: sub.currency,
  });
}

/** The error of the charge the payment attempt just made (the newest charge), as Stripe answers it. */
function declineOfLastCharge(core: Core): StripeApiError {
  const charge = Object.values(core.state.charges).at(-1);
  if (!charge?.failure_code) return cardDeclined('Your card was declined.', 'generic_decline');
  const reason = charge.outcome?.reason;
  return cardError({
    code: charge.failure_code,
    declineCode: charge.failure_code === 'card_declined' || charge.failure_code === 'authentication_required' ? (reason ?? null) : null,
    message: charge.failure_message ?? 'Your card was declined.',
    param: null,
  });
}

export const invoiceRoutes: Route[] = [
  { method: 'POST', pattern: '/v1/invoices/create_preview', handler: ({ core, params }) => preview(core, params) },
  { method: 'GET', pattern: '/v1/invoices/:id', handler: invoice },
  {
    method: 'GET',
    pattern: '/v1/invoices/:id/lines',
    handler: (ctx) => listOf(invoice(ctx).lines.data, ctx.params, `/v1/invoices/${ctx.path.id}/lines`),
  },
  { method: 'POST', pattern: '/v1/invoices/:id/finalize', handler: (ctx) => finalizeInvoice(ctx.core, invoice(ctx)) },
  { method: 'POST', pattern: '/v1/invoices', handler: ({ core, params }) => createManualInvoice(core, params) },
  { method: 'POST', pattern: '/v1/invoices/:id/send', handler: (ctx) => sendInvoice(ctx.core, invoice(ctx)) },
  { method: 'POST', pattern: '/v1/invoices/:id/void', handler: (ctx) => voidInvoice(ctx.core, invoice(ctx)) },
  {
    method: 'POST',
    pattern: '/v1/invoices/:id/pay',
    handler: (ctx) => {
      const inv = invoice(ctx);
      if (inv.status === 'draft') finalizeInvoice(ctx.core, inv);
      const pm = optStr(ctx.params, 'payment_method');
      if (pm) found(ctx.core.state.paymentMethods, pm, 'PaymentMethod', 'payment_method');
      const paid = attemptInvoicePayment(ctx.core, inv, { onSession: optBool(ctx.params, 'off_session') === false, paymentMethod: pm });
      const sub = subscriptionOf(ctx.core, inv);
      if (sub && sub.status !== 'canceled') afterPayment(ctx.core, sub, inv, paid);
      if (!paid) throw declineOfLastCharge(ctx.core);
      return inv;
    },
  },
  {
    method: 'POST',
    pattern: '/v1/invoices/:id/mark_uncollectible',
    handler: (ctx) => {
      const inv = invoice(ctx);
      if (inv.status !== 'open') throw invalidRequest('Only open invoices can be marked uncollectible.', 'invoice', 'invoice_not_open');
      inv.status = 'uncollectible';
      inv.next_payment_attempt = null;
      inv.status_transitions = { ...inv.status_transitions, marked_uncollectible_at: ctx.core.nowFor(String(inv.customer)) };
      ctx.core.emit('invoice.marked_uncollectible', inv);
      return inv;
    },
  },
  {
    method: 'GET',
    pattern: '/v1/invoices',
    handler: ({ core, params }) => {
      const customer = optStr(params, 'customer');
      const subscription = optStr(params, 'subscription');
      const status = optStr(params, 'status');
      const data = newestFirst(Object.values(core.state.invoices)).filter(
        (i) =>
          (customer === undefined || i.customer === customer) &&
          (subscription === undefined || i.parent?.subscription_details?.subscription === subscription) &&
          (status === undefined || i.status === status),
      );
      return listOf(data, params, '/v1/invoices');
    },
  },
];
