import type Stripe from 'stripe';
import type { Customer } from '../../domain/customers/index.js';
import { ErrorCode, appError } from '../../platform/graphql/index.js';
import type { StripeGateway } from './stripe-gateway.js';

/**
 * Copies the profile fields Stripe's customer has (name, the email invoices go to, the address)
 * onto the Stripe customer, so its invoices and receipts carry what the console shows. The tax id
 * is not copied: Stripe keeps tax ids as typed objects (eu_vat, us_ein …) that a free-text field
 * cannot fill without guessing the type.
 */
export async function pushCustomerProfile(gateway: StripeGateway, customer: Customer): Promise<void> {
  const stripeCustomerId = customer.stripeCustomerId;
  if (!stripeCustomerId) return;
  const address = customer.address;
  const params: Stripe.CustomerUpdateParams = {
    name: customer.company,
    email: customer.billingEmail ?? customer.email,
    address: address
      ? {
          line1: address.line1 ?? '',
          line2: address.line2 ?? '',
          city: address.city ?? '',
          state: address.state ?? '',
          postal_code: address.postalCode ?? '',
          country: address.country ?? '',
        }
      : '',
  };
  try {
    await gateway.call((stripe) => stripe.customers.update(stripeCustomerId, params));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw appError(ErrorCode.UNAVAILABLE, `Stripe did not take the change (${message}); nothing was saved. Try again in a minute.`);
  }
}
