import { ErrorCode, appError } from '../../platform/graphql/index.js';
import type { Customer, CustomerOverrides } from './customer.entity.js';

/** The highest warning line a customer can set: far above any plan's credits, below int overflow. */
export const MAX_LOW_BALANCE_THRESHOLD_CREDITS = 1_000_000_000;

/** Links the customer to its Stripe customer, created by billing. */
export function linkStripeCustomer(customer: Customer, stripeCustomerId: string): void {
  customer.stripeCustomerId = stripeCustomerId;
}

/** Replaces the customer's per-customer limits (the console's overrides). */
export function setOverrides(customer: Customer, overrides: CustomerOverrides): void {
  customer.overrides = overrides;
}

/**
 * Sets (or, with null, clears) the credits-left line below which the customer is told once per
 * period and top-up; refused outside 1 to MAX_LOW_BALANCE_THRESHOLD_CREDITS with field `credits`.
 */
export function setLowBalanceThreshold(customer: Customer, credits: number | null): void {
  if (credits !== null && (!Number.isInteger(credits) || credits < 1 || credits > MAX_LOW_BALANCE_THRESHOLD_CREDITS)) {
    throw appError(
      ErrorCode.BAD_USER_INPUT,
      `Set the warning line to a whole number of credits from 1 to ${MAX_LOW_BALANCE_THRESHOLD_CREDITS}, or null to turn it off.`,
      { field: 'credits' },
    );
  }
  customer.lowBalanceThresholdCredits = credits;
}
