import type Stripe from 'stripe';
import type { Core } from '../core.js';
import { unitAmount } from '../objects/catalog-objects.js';
import { invoiceLineObject } from '../objects/invoice-objects.js';
import { newId } from '../state/ids.js';
import { meteredUsage } from './usage.js';

/**
 * Stripe leaves a renewal invoice in draft for about an hour before finalizing it, so meter events
 * of the ended period that arrive late still land on it (docs: "usage-based billing: the invoice is
 * finalized about an hour after the period ends").
 */
export const RENEWAL_DRAFT_SECONDS = 3600;

/** Remembers the ended period's metered items; their usage is counted when the draft is finalized. */
export function holdRenewalDraft(core: Core, invoice: Stripe.Invoice, meteredItems: Stripe.SubscriptionItem[]): void {
  invoice.automatically_finalizes_at = invoice.period_end + RENEWAL_DRAFT_SECONDS;
  core.state.renewalDrafts[invoice.id] = { items: meteredItems };
}

/** Adds the usage lines of a held renewal draft (usage reported until now) and recomputes its totals. */
export function completeRenewalDraft(core: Core, invoice: Stripe.Invoice): void {
  const held = core.state.renewalDrafts[invoice.id];
  if (!held) return;
  delete core.state.renewalDrafts[invoice.id];
  const subscription = invoice.parent?.subscription_details?.subscription;
  const subId = typeof subscription === 'string' ? subscription : null;
  const usage = held.items
    .map((item) => usageLine(core, invoice, subId, item))
    .filter((line) => line.quantity !== 0)
    .map((line) => ({ ...line, invoice: invoice.id }));
  invoice.automatically_finalizes_at = null;
  if (usage.length === 0) return;
  const lines = [...invoice.lines.data, ...usage];
  const total = lines.reduce((sum, line) => sum + line.amount, 0);
  invoice.lines = { ...invoice.lines, data: lines };
  invoice.subtotal = total;
  invoice.subtotal_excluding_tax = total;
  invoice.total = total;
  invoice.total_excluding_tax = total;
  invoice.amount_due = Math.max(total, 0);
  invoice.amount_remaining = Math.max(total, 0) - invoice.amount_paid;
  core.emit('invoice.updated', invoice);
}

function usageLine(core: Core, invoice: Stripe.Invoice, subId: string | null, item: Stripe.SubscriptionItem): Stripe.InvoiceLineItem {
  const meter = item.price.recurring?.meter ?? '';
  const usage = meteredUsage(core, meter, String(invoice.customer), invoice.period_start, invoice.period_end);
  return invoiceLineObject({
    id: newId('il'),
    invoice: null,
    amount: Math.round(unitAmount(item.price) * usage),
    currency: item.price.currency,
    description: `${usage} × ${item.price.nickname ?? item.price.lookup_key ?? item.price.id} (metered usage)`,
    quantity: usage,
    periodStart: invoice.period_start,
    periodEnd: invoice.period_end,
    price: item.price,
    subscription: subId,
    subscriptionItem: item.id,
    proration: false,
  });
}
