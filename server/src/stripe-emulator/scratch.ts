import Stripe from 'stripe';
export const c: Stripe.Customer = {} as Stripe.Customer;
export const s: Stripe.Subscription = {};
export const i: Stripe.Invoice = {};
export const m: Stripe.Billing.Meter = {};
export const cs: Stripe.Checkout.Session = {};
export const it: Stripe.SubscriptionItem = {};
