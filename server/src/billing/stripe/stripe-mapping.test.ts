import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { planCodeOfPrice, subscriptionFields } from './stripe-mapping.js';

function subscription(overrides: Partial<Stripe.Subscription> = {}, lookupKey = 'carlo_pro_base'): Stripe.Subscription {
  const item = (usage: 'licensed' | 'metered', key: string) => ({
    current_period_start: 1_000,
    current_period_end: 2_000,
    price: { id: `price_${key}`, lookup_key: key, metadata: {}, recurring: { usage_type: usage } },
  });
  return {
    id: 'sub_1',
    status: 'active',
    start_date: 900,
    created: 900,
    cancel_at_period_end: false,
    trial_end: null,
    canceled_at: null,
    ended_at: null,
    metadata: {},
    items: { data: [item('metered', 'carlo_pro_overage'), item('licensed', lookupKey)] },
    ...overrides,
  } as unknown as Stripe.Subscription;
}

describe('subscriptionFields', () => {
  it('takes periods and the plan from the licensed item (periods moved to items in API 2025-03-31)', () => {
    expect(subscriptionFields(subscription())).toEqual({
      status: 'active',
      planCode: 'pro',
      basePriceId: 'price_carlo_pro_base',
      currentPeriodStart: new Date(1_000_000),
      currentPeriodEnd: new Date(2_000_000),
      cancelAtPeriodEnd: false,
      trialEnd: null,
      canceledAt: null,
    });
  });

  it('reads the plan code from price metadata first, then from our lookup key', () => {
    expect(planCodeOfPrice({ metadata: { plan_code: 'team' }, lookup_key: 'carlo_pro_base' } as unknown as Stripe.Price)).toBe('team');
    expect(planCodeOfPrice({ metadata: {}, lookup_key: 'someone_else' } as unknown as Stripe.Price)).toBeNull();
  });
});
