import Stripe from 'stripe';
import type { Customer } from '../../domain/customers/index.js';
import type { Plan } from '../../domain/plans/index.js';
import { StripeGateway } from './stripe-gateway.js';

type StripeCall = <T>(run: (stripe: Stripe) => Promise<T>) => Promise<T>;

/** Marks the lookup key of a metered price made for one customer's overage override. */
const CUSTOMER_PRICE_MARK = '_overage_for_';

/** Whether a price is one customer's own overage price (plan-wide changes leave it in place). */
export function isCustomerOveragePrice(price: { lookup_key: string | null }): boolean {
  return (price.lookup_key ?? '').includes(CUSTOMER_PRICE_MARK);
}

/**
 * The metered price a customer's overage is billed at on a plan. An admin's per-customer overage
 * rate gets the customer its own Stripe price (same product and meter as the plan's, the override's
 * unit amount), found again by its lookup key, so Stripe's invoice bills the rate Carlo quotes.
 */
export class CustomerOveragePrices {
  constructor(private readonly stripe: StripeCall) {}

  async priceFor(customer: Customer, plan: Plan): Promise<string | null> {
    const cents = customer.overrides.overageCentsPer1000Credits;
    const planPrice = plan.stripeMeteredPriceId;
    // No override, or a hard stop (no overage is reported at all): the plan's own price.
    if (typeof cents !== 'number' || !planPrice || cents === plan.overageCentsPer1000Credits) return planPrice;
    const lookupKey = `carlo_${plan.code}${CUSTOMER_PRICE_MARK}${customer.id}_${cents}`;
    const found = await this.stripe((stripe) => stripe.prices.list({ lookup_keys: [lookupKey], limit: 1 }));
    if (found.data[0]) return found.data[0].id;
    const template = await this.stripe((stripe) => stripe.prices.retrieve(planPrice));
    const meter = template.recurring?.meter;
    const created = await this.stripe((stripe) =>
      stripe.prices.create(
        {
          product: typeof template.product === 'string' ? template.product : template.product.id,
          currency: template.currency,
          unit_amount_decimal: Stripe.Decimal.from((cents / 1000).toString()),
          // Carlo's plans bill monthly (plans-sync.ts), and so does their overage.
          recurring: { interval: 'month', usage_type: 'metered', ...(meter ? { meter } : {}) },
          lookup_key: lookupKey,
          nickname: `${plan.code} overage for ${customer.id}`,
          metadata: { plan_code: plan.code, kind: 'overage', carlo_customer_id: customer.id },
        },
        { idempotencyKey: StripeGateway.key('customer-overage-price', customer.id, plan.code, cents) },
      ),
    );
    return created.id;
  }
}
