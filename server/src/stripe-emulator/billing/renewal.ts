import type Stripe from 'stripe';
import type { Core } from '../core.js';
import { expireSession, openSessionsOn } from './checkout-expiry.js';
import { attemptInvoicePayment, createInvoice, finalizeInvoice } from './invoices.js';
import { addInterval, currentPeriod } from './periods.js';
import { isLicensed } from './proration.js';
import { holdRenewalDraft } from './renewal-draft.js';
import { endScheduleAt, phaseItemsAt } from './schedules.js';
import { periodLine } from './subscription-create.js';
import { afterPayment, cancelNow, updateAndEmit } from './subscription-status.js';
import { planItems } from './subscription-update.js';

type Due = { at: number; run: () => void };

const MAX_STEPS = 10_000;
const TRIAL_NOTICE_SECONDS = 3 * 24 * 60 * 60;
const RENEWING: readonly Stripe.Subscription.Status[] = ['active', 'trialing', 'past_due'];

/**
 * Moves a test clock to `target`, running every due renewal, cancellation, payment retry and
 * Checkout session expiry in time order; the clock's frozen time steps through each one so events carry the right `created`.
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
    const finalizesAt = invoice.automatically_finalizes_at;
    if (invoice.status === 'draft' && finalizesAt !== null && customers.has(String(invoice.customer)))
      work.push({ at: finalizesAt, run: () => finalizeRenewal(core, invoice) });
    const at = invoice.next_payment_attempt;
    if (invoice.status !== 'open' || at === null || !customers.has(String(invoice.customer))) continue;
    work.push({ at, run: () => retry(core, invoice) });
  }
  for (const session of openSessionsOn(core, clockId)) work.push({ at: session.expires_at, run: () => expireSession(core, session) });
  return work;
}

function retry(core: Core, invoice: Stripe.Invoice): void {
  const paid = attemptInvoicePayment(core, invoice, { onSession: false });
  const subId = invoice.parent?.subscription_details?.subscription;
  const sub = typeof subId === 'string' ? core.state.subscriptions[subId] : undefined;
  if (sub && sub.status !== 'canceled') afterPayment(core, sub, invoice, paid);
}

/**
 * A new period: a subscription schedule's phase starting now swaps the items first (the ended
 * period's metered items are kept for its usage); licensed items in advance on a draft invoice (`invoice.created`); the metered usage
 * of the period that ended is added in arrears when the draft is finalized about an hour later
 * (`finalizeRenewal`), as Stripe does, so usage reported in that hour still lands on it.
 */
function renew(core: Core, sub: Stripe.Subscription): void {
  const customer = core.state.customers[String(sub.customer)];
  if (!customer) return;
  const old = currentPeriod(sub);
  const meteredItems = sub.items.data.filter((item) => !isLicensed(item.price));
  const phase = phaseItemsAt(core, sub, old.end);
  updateAndEmit(core, sub, (s) => {
    const items = phase ? planItems(s, phase, old.end).items : s.items.data;
    s.items = {
      ...s.items,
      data: items.map((item) => {
        const recurring = item.price.recurring ?? { interval: 'month' as const, interval_count: 1 };
        return { ...item, current_period_start: old.end, current_period_end: addInterval(old.end, recurring) };
      }),
    };
    if (s.status === 'trialing') s.status = 'active';
  });
  endScheduleAt(core, sub, old.end);
  const lines = [
    ...(core.state.pendingLines[sub.id] ?? []),
    ...sub.items.data.filter((item) => isLicensed(item.price)).map((item) => periodLine(sub.id, item, false)),
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
  holdRenewalDraft(core, invoice, meteredItems);
  sub.latest_invoice = invoice.id;
}

/** The held renewal draft is finalized with its usage and charged. */
function finalizeRenewal(core: Core, invoice: Stripe.Invoice): void {
  finalizeInvoice(core, invoice);
  const subId = invoice.parent?.subscription_details?.subscription;
  const sub = typeof subId === 'string' ? core.state.subscriptions[subId] : undefined;
  const paid = attemptInvoicePayment(core, invoice, { onSession: false });
  if (sub && sub.status !== 'canceled') afterPayment(core, sub, invoice, paid);
}
