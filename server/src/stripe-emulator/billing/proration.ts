import type Stripe from 'stripe';
import type { Core } from '../core.js';
import { unitAmount } from '../objects/catalog-objects.js';
import { invoiceLineObject } from '../objects/invoice-objects.js';
import { newId } from '../state/ids.js';

export type ItemChange = {
  itemId: string;
  before: { price: Stripe.Price; quantity: number } | null;
  after: { price: Stripe.Price; quantity: number } | null;
};

/**
 * Stripe-style prorations for licensed items: a credit for the unused time on the old price and a
 * charge for the remaining time on the new one, both by the fraction of the period left
 * (seconds remaining / period length), rounded to the cent.
 */
export function prorationLines(
  _core: Core,
  sub: Stripe.Subscription,
  changes: ItemChange[],
  prorationDate: number,
  period: { start: number; end: number },
): Stripe.InvoiceLineItem[] {
  const length = Math.max(period.end - period.start, 1);
  const fraction = Math.min(Math.max((period.end - prorationDate) / length, 0), 1);
  const lines: Stripe.InvoiceLineItem[] = [];
  const line = (price: Stripe.Price, quantity: number, sign: 1 | -1, itemId: string, what: string): Stripe.InvoiceLineItem =>
    invoiceLineObject({
      id: newId('il'),
      invoice: null,
      amount: sign * Math.round(unitAmount(price) * quantity * fraction),
      currency: price.currency,
      description: `${what} on ${quantity} × ${price.nickname ?? price.lookup_key ?? price.id} after ${new Date(prorationDate * 1000).toISOString().slice(0, 10)}`,
      quantity,
      periodStart: prorationDate,
      periodEnd: period.end,
      price,
      subscription: sub.id,
      subscriptionItem: itemId,
      proration: true,
    });
  for (const change of changes) {
    if (change.before && isLicensed(change.before.price))
      lines.push(line(change.before.price, change.before.quantity, -1, change.itemId, 'Unused time'));
    if (change.after && isLicensed(change.after.price))
      lines.push(line(change.after.price, change.after.quantity, 1, change.itemId, 'Remaining time'));
  }
  return lines.filter((l) => l.amount !== 0);
}

export function isLicensed(price: Stripe.Price): boolean {
  return price.recurring?.usage_type !== 'metered';
}
