import Stripe from 'stripe';

export function productObject(input: {
  id: string;
  created: number;
  name: string;
  description: string | null;
  active: boolean;
  metadata: Record<string, string>;
}): Stripe.Product {
  return {
    id: input.id,
    object: 'product',
    active: input.active,
    created: input.created,
    default_price: null,
    description: input.description,
    images: [],
    livemode: false,
    marketing_features: [],
    metadata: input.metadata,
    name: input.name,
    package_dimensions: null,
    shippable: null,
    statement_descriptor: null,
    tax_code: null,
    type: 'service',
    unit_label: null,
    updated: input.created,
    url: null,
  };
}

export type PriceInput = {
  id: string;
  created: number;
  product: string;
  currency: string;
  unitAmount: number | null;
  unitAmountDecimal: string | null;
  lookupKey: string | null;
  nickname: string | null;
  active: boolean;
  metadata: Record<string, string>;
  recurring: {
    interval: Stripe.Price.Recurring.Interval;
    intervalCount: number;
    usageType: Stripe.Price.Recurring.UsageType;
    meter: string | null;
  } | null;
};

export function priceObject(input: PriceInput): Stripe.Price {
  const decimal = input.unitAmountDecimal ?? (input.unitAmount === null ? null : String(input.unitAmount));
  return {
    id: input.id,
    object: 'price',
    active: input.active,
    billing_scheme: 'per_unit',
    created: input.created,
    currency: input.currency,
    custom_unit_amount: null,
    livemode: false,
    lookup_key: input.lookupKey,
    metadata: input.metadata,
    nickname: input.nickname,
    product: input.product,
    recurring: input.recurring && {
      interval: input.recurring.interval,
      interval_count: input.recurring.intervalCount,
      meter: input.recurring.meter,
      trial_period_days: null,
      usage_type: input.recurring.usageType,
    },
    tax_behavior: 'unspecified',
    tiers_mode: null,
    transform_quantity: null,
    type: input.recurring ? 'recurring' : 'one_time',
    unit_amount: input.unitAmount,
    unit_amount_decimal: decimal === null ? null : Stripe.Decimal.from(decimal),
  };
}

/** The legacy `plan` twin of a recurring price that subscription items still carry. */
export function planFromPrice(price: Stripe.Price): Stripe.Plan {
  const recurring = price.recurring ?? {
    interval: 'month' as const,
    interval_count: 1,
    meter: null,
    trial_period_days: null,
    usage_type: 'licensed' as const,
  };
  return {
    id: price.id,
    object: 'plan',
    active: price.active,
    amount: price.unit_amount,
    amount_decimal: price.unit_amount_decimal,
    billing_scheme: price.billing_scheme,
    created: price.created,
    currency: price.currency,
    interval: recurring.interval,
    interval_count: recurring.interval_count,
    livemode: false,
    metadata: price.metadata,
    meter: recurring.meter,
    nickname: price.nickname,
    product: typeof price.product === 'string' ? price.product : price.product.id,
    tiers_mode: null,
    transform_usage: null,
    trial_period_days: recurring.trial_period_days,
    usage_type: recurring.usage_type,
  };
}

/** Cents per unit, honouring fractional `unit_amount_decimal` (metered prices often use it). */
export function unitAmount(price: Stripe.Price): number {
  if (price.unit_amount_decimal !== null) return Number(String(price.unit_amount_decimal));
  return price.unit_amount ?? 0;
}
