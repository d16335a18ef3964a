import type Stripe from 'stripe';
import type { Core } from '../core.js';
import { unitAmount } from '../objects/catalog-objects.js';
import { invoiceLineObject } from '../objects/invoice-objects.js';
import { newId } from '../state/ids.js';
import { attemptInvoicePayment, createInvoice, finalizeInvoice } from './invoices.js';
import { addInterval, currentPeriod } from './periods.js';
import { isLicensed } from './proration.js';
import { periodLine } from './subscription-create.js';
import { afterPayment, cancelNow, updateAndEmit } from './subscription-status.js';
import { meteredUsage } from './usage.js';

type Due = { at: number; run: () => void };

const MAX_STEPS = 10_000;
const TRIAL_NOTICE_SECONDS = 3 * 24 * 60 * 60;
const RENEWING: readonly Stripe.Subscription.Status[] = ['active', 'trialing', 'past_due'];

/**
 * Moves a test clock to `target`, running every due renewal, cancellation and payment retry in
 * time order; the clock's frozen time steps through each one so events carry the right `created`.
 */
export function advanceClock(core: Core, clock: Stripe.TestHelpers.TestClock, target: number): void {
  for (let step = 0; step < MAX_STEPS; step += 1) {
    const next = dueWork(core, clock.id)
      .filter((d) => d.at <= target)
      .sort((a, b) => a.at - b.at)[0];
    if (!next) break;
    clock.frozen_time = Math.max(clock.frozen_time, next.at);
    next.run();
  }
  clock.frozen_time = target;
}

function dueWork(core: Core, clockId: string): Due[] {
  const customers = new Set(
    Object.values(core.state.customers)
      .filter((c) => c.test_clock === clockId)
      .map((c) => c.id),
  );
  const work: Due[] = [];
  for (const sub of Object.values(core.state.subscriptions)) {
    if (!customers.has(String(sub.customer)) || !RENEWING.includes(sub.status)) continue;
    const { end } = currentPeriod(sub);
    // Stripe sends trial_will_end three days before the trial ends.
    if (sub.status === 'trialing' && sub.trial_end !== null && !core.state.trialNotices[sub.id]) {
      work.push({
        at: Math.max(sub.trial_end - TRIAL_NOTICE_SECONDS, sub.created),
        run: () => {
          core.state.trialNotices[sub.id] = true;
          core.emit('customer.subscription.trial_will_end', sub);
        },
      });
    }
    work.push({ at: end, run: () => (sub.cancel_at_period_end ? cancelNow(core, sub, 'cancellation_requested', end) : renew(core, sub)) });
  }
  for (const invoice of Object.values(core.state.invoices)) {
    const at = invoice.next_payment_attempt;
    if (invoice.status !== 'open' || at === null || !customers.has(String(invoice.customer))) continue;
    work.push({ at, run: () => retry(core, invoice) });
  }
  return work;
}

function retry(core: Core, invoice: Stripe.Invoice): void {
  const paid = attemptInvoicePayment(core, invoice, { onSession: false });
  const subId = invoice.parent?.subscription_details?.subscription;
  const sub = typeof subId === 'string' ? core.state.subscriptions[subId] : undefined;
  if (sub && sub.status !== 'canceled') afterPayment(core, sub, invoice, paid);
}

/** A new period: licensed items in advance, metered usage of the period that ended in arrears. */
function renew(core: Core, sub: Stripe.Subscription): void {
  const customer = core.state.customers[String(sub.customer)];
  if (!customer) return;
  const old = currentPeriod(sub);
  const usageLines = sub.items.data.filter((item) => !isLicensed(item.price)).map((item) => usageLine(core, sub, item, old));
  updateAndEmit(core, sub, (s) => {
    s.items = {
      ...s.items,
      data: s.items.data.map((item) => {
        const recurring = item.price.recurring ?? { interval: 'month' as const, interval_count: 1 };
        return { ...item, current_period_start: old.end, current_period_end: addInterval(old.end, recurring) };
      }),
    };
    if (s.status === 'trialing') s.status = 'active';
  });
  const lines = [
    ...(core.state.pendingLines[sub.id] ?? []),
    ...sub.items.data.filter((item) => isLicensed(item.price)).map((item) => periodLine(sub.id, item, false)),
    ...usageLines.filter((line) => line.quantity !== 0),
  ];
  delete core.state.pendingLines[sub.id];
  const invoice = createInvoice(core, {
    customer,
    subscription: sub.id,
    lines,
    billingReason: 'subscription_cycle',
    periodStart: old.start,
    periodEnd: old.end,
    currency: sub.currency,
  });
  sub.latest_invoice = invoice.id;
  finalizeInvoice(core, invoice);
  afterPayment(core, sub, invoice, attemptInvoicePayment(core, invoice, { onSession: false }));
}

function usageLine(
  core: Core,
  sub: Stripe.Subscription,
  item: Stripe.SubscriptionItem,
  period: { start: number; end: number },
): Stripe.InvoiceLineItem {
  const meter = item.price.recurring?.meter ?? '';
  const usage = meteredUsage(core, meter, String(sub.customer), period.start, period.end);
  return invoiceLineObject({
    id: newId('il'),
    invoice: null,
    amount: Math.round(unitAmount(item.price) * usage),
    currency: item.price.currency,
    description: `${usage} × ${item.price.nickname ?? item.price.lookup_key ?? item.price.id} (metered usage)`,
    quantity: usage,
    periodStart: period.start,
    periodEnd: period.end,
    price: item.price,
    subscription: sub.id,
    subscriptionItem: item.id,
    proration: false,
  });
}
