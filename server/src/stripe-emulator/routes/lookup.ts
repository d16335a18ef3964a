import type Stripe from 'stripe';
import type { Core } from '../core.js';
import { notFound } from '../http/stripe-error.js';

export function found<T>(table: Record<string, T>, id: string, kind: string, param = 'id'): T {
  const value = table[id];
  if (!value) throw notFound(kind, id, param);
  return value;
}

export function customerById(core: Core, id: string, param = 'customer'): Stripe.Customer {
  return found(core.state.customers, id, 'customer', param);
}

export function priceById(core: Core, id: string, param = 'price'): Stripe.Price {
  return found(core.state.prices, id, 'price', param);
}
