import type Stripe from 'stripe';
import type { InvoiceLine } from './invoice.entity.js';
import { SubscriptionStatus } from '../../domain/subscriptions/index.js';

/** Stripe object -> row fields. Pure, so the mapping is tested without Stripe or a database. */
export type SubscriptionFields = {
  status: SubscriptionStatus;
  planCode: string | null;
  /** The licensed base item's Stripe price, which says which price version of the plan it pays. */
  basePriceId: string | null;
  currentPeriodStart: Date;
  currentPeriodEnd: Date;
  cancelAtPeriodEnd: boolean;
  trialEnd: Date | null;
  canceledAt: Date | null;
};

const date = (seconds: number): Date => new Date(seconds * 1000);

export function idOf(value: string | { id: string } | null | undefined): string | null {
  if (!value) return null;
  return typeof value === 'string' ? value : value.id;
}

/** The plan code of a price: its metadata, else our lookup key carlo_<plan>_base. */
export function planCodeOfPrice(price: Stripe.Price): string | null {
  if (price.metadata?.plan_code) return price.metadata.plan_code;
  const match = /^carlo_([a-z0-9_-]+)_(base|overage)$/.exec(price.lookup_key ?? '');
  return match ? match[1] : null;
}

/** Periods live on the items since API 2025-03-31 (basil); the licensed base item carries the plan. */
export function subscriptionFields(subscription: Stripe.Subscription): SubscriptionFields {
  const items = subscription.items.data;
  const base = items.find((item) => item.price.recurring?.usage_type !== 'metered') ?? items[0];
  const start = base ? base.current_period_start : subscription.start_date;
  const end = base ? base.current_period_end : subscription.start_date;
  return {
    status: subscription.status as SubscriptionStatus,
    // A downgrade waits in a subscription schedule, so the base item always carries the plan of its period.
    planCode: base ? planCodeOfPrice(base.price) : null,
    basePriceId: base ? base.price.id : null,
    currentPeriodStart: date(start),
    currentPeriodEnd: date(end),
    cancelAtPeriodEnd: subscription.cancel_at_period_end,
    trialEnd: subscription.trial_end ? date(subscription.trial_end) : null,
    canceledAt: subscription.ended_at ? date(subscription.ended_at) : subscription.canceled_at ? date(subscription.canceled_at) : null,
  };
}

export function subscriptionIdOfInvoice(invoice: Stripe.Invoice): string | null {
  return idOf(invoice.parent?.subscription_details?.subscription ?? null);
}

export function invoiceLines(invoice: Stripe.Invoice): InvoiceLine[] {
  return invoice.lines.data.map((line) => {
    const price = line.pricing?.price_details?.price ?? null;
    const priceId = typeof price === 'string' ? price : (price?.id ?? null);
    const lookupKey = price && typeof price !== 'string' ? price.lookup_key : null;
    const proration = line.parent?.subscription_item_details?.proration ?? line.parent?.invoice_item_details?.proration ?? false;
    return {
      id: line.id,
      description: line.description,
      amountCents: line.amount,
      discountCents: (line.discount_amounts ?? []).reduce((sum, d) => sum + d.amount, 0),
      quantity: line.quantity,
      priceId,
      lookupKey,
      proration,
      periodStart: date(line.period.start).toISOString(),
      periodEnd: date(line.period.end).toISOString(),
    };
  });
}
