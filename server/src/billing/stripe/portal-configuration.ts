import type Stripe from 'stripe';

/** Marks the configuration Carlo made, so it is found again instead of created twice. */
const MARKER = { carlo: 'portal-without-plan-changes-v1' };

/**
 * The Stripe billing portal configuration Carlo's portal sessions use: cards, invoices and
 * cancellation at period end, but no plan switching. A plan change made in Stripe's portal would
 * bypass Carlo's plan-change path (only the base item changes, the metered price and the included
 * credits do not follow, and a downgrade is not kept until the period ends), so customers change
 * plans in Carlo's own portal, which previews and applies them (docs/billing.md).
 */
export async function portalConfigurationId(stripe: Stripe): Promise<string> {
  const existing = await stripe.billingPortal.configurations.list({ active: true, limit: 100 });
  const found = existing.data.find((config) => config.metadata?.carlo === MARKER.carlo);
  if (found) return found.id;
  const created = await stripe.billingPortal.configurations.create(
    {
      features: {
        subscription_update: { enabled: false },
        subscription_cancel: { enabled: true, mode: 'at_period_end' },
        payment_method_update: { enabled: true },
        invoice_history: { enabled: true },
      },
      metadata: MARKER,
    },
    { idempotencyKey: `carlo-${MARKER.carlo}` },
  );
  return created.id;
}
