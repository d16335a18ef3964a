import type Stripe from 'stripe';

export type PhaseInput = {
  start: number;
  end: number;
  currency: string;
  items: { price: string; quantity: number | undefined }[];
  prorationBehavior: Stripe.SubscriptionSchedule.Phase.ProrationBehavior;
};

export function schedulePhaseObject(input: PhaseInput): Stripe.SubscriptionSchedule.Phase {
  return {
    add_invoice_items: [],
    application_fee_percent: null,
    billing_cycle_anchor: null,
    billing_thresholds: null,
    collection_method: null,
    currency: input.currency,
    default_payment_method: null,
    default_tax_rates: [],
    description: null,
    discounts: [],
    end_date: input.end,
    invoice_settings: null,
    items: input.items.map((item) => ({
      billing_thresholds: null,
      discounts: [],
      metadata: {},
      plan: item.price,
      price: item.price,
      // Metered items carry no quantity, as on the subscription.
      ...(item.quantity === undefined ? {} : { quantity: item.quantity }),
      tax_rates: [],
    })),
    metadata: {},
    on_behalf_of: null,
    proration_behavior: input.prorationBehavior,
    start_date: input.start,
    transfer_data: null,
    trial_end: null,
  };
}

export function scheduleObject(input: {
  id: string;
  created: number;
  customer: string;
  subscription: string;
  testClock: string | null;
  phases: Stripe.SubscriptionSchedule.Phase[];
}): Stripe.SubscriptionSchedule {
  const first = input.phases[0];
  return {
    id: input.id,
    object: 'subscription_schedule',
    application: null,
    billing_mode: { type: 'classic', flexible: null },
    canceled_at: null,
    completed_at: null,
    created: input.created,
    current_phase: first ? { start_date: first.start_date, end_date: first.end_date } : null,
    customer: input.customer,
    customer_account: null,
    default_settings: {
      application_fee_percent: null,
      automatic_tax: { enabled: false, disabled_reason: null, liability: null },
      billing_cycle_anchor: 'automatic',
      billing_thresholds: null,
      collection_method: 'charge_automatically',
      default_payment_method: null,
      description: null,
      invoice_settings: {
        account_tax_ids: null,
        custom_fields: null,
        days_until_due: null,
        description: null,
        footer: null,
        issuer: { type: 'self' },
      },
      on_behalf_of: null,
      transfer_data: null,
    },
    end_behavior: 'release',
    livemode: false,
    metadata: {},
    phases: input.phases,
    released_at: null,
    released_subscription: null,
    status: 'active',
    subscription: input.subscription,
    test_clock: input.testClock,
  };
}
