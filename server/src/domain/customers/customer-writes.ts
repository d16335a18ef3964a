import type { Customer, CustomerOverrides } from './customer.entity.js';

/** Links the customer to its Stripe customer, created by billing. */
export function linkStripeCustomer(customer: Customer, stripeCustomerId: string): void {
  customer.stripeCustomerId = stripeCustomerId;
}

/** Replaces the customer's per-customer limits (the console's overrides). */
export function setOverrides(customer: Customer, overrides: CustomerOverrides): void {
  customer.overrides = overrides;
}
