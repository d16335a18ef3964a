import type Stripe from 'stripe';
import type { Core } from '../core.js';
import { customerObject } from '../objects/customer-object.js';
import { newId } from '../state/ids.js';
import { chargeDecline, needsAuthentication, testCard } from './cards.js';
import { createCheckoutInvoice } from './checkout-invoice.js';
import { attachPaymentMethod, chargeCard, createCardPaymentMethod, setDefaultPaymentMethod } from './payments.js';
import { createSubscription } from './subscription-create.js';

export type CardForm = { number: string; expMonth: number; expYear: number; email: string | null };
export type CheckoutOutcome = { ok: true; redirect: string } | { ok: false; message: string } | { ok: false; challenge: true };

/**
 * Pays an open Checkout session from the hosted page, the way Stripe completes it: customer,
 * saved card (subscription mode), subscription with its first invoice paid or a one-off payment
 * (with its paid invoice when `invoice_creation` asks for one), then `checkout.session.completed`.
 * A declined card leaves the session open; a card that asks for 3-D Secure gets the challenge
 * first (`authenticated` is the customer's answer to it).
 */
export function completeCheckout(core: Core, session: Stripe.Checkout.Session, form: CardForm, authenticated = false): CheckoutOutcome {
  if (session.status !== 'open') return { ok: false, message: `This Checkout session is ${session.status}.` };
  const card = testCard(form.number);
  if (!card) return { ok: false, message: 'Your card number is incorrect. Use a Stripe test card.' };
  const decline = chargeDecline(card.behaviour, true);
  if (decline) return { ok: false, message: decline.message };
  if (needsAuthentication(card.behaviour) && !authenticated) return { ok: false, challenge: true };
  const customer = ensureCustomer(core, session, form.email);
  const pm = createCardPaymentMethod(core, { number: form.number, expMonth: form.expMonth, expYear: form.expYear, customer: customer.id });
  const lineItems = core.state.checkoutLineItems[session.id] ?? [];
  if (session.mode === 'subscription') {
    attachPaymentMethod(core, pm, customer.id);
    setDefaultPaymentMethod(core, customer, pm.id);
    const metadata = core.state.checkoutSubscriptionData[session.id] ?? { metadata: {}, trialPeriodDays: undefined };
    const sub = createSubscription(core, {
      customer,
      items: lineItems.flatMap((li) => (li.price ? [{ price: li.price, quantity: li.quantity ?? 1 }] : [])),
      metadata: metadata.metadata,
      trialPeriodDays: metadata.trialPeriodDays,
      defaultPaymentMethod: null,
      description: null,
      onSession: true,
    });
    session.subscription = sub.id;
    session.invoice = typeof sub.latest_invoice === 'string' ? sub.latest_invoice : null;
  } else {
    const result = chargeCard(core, {
      customer: customer.id,
      paymentMethod: pm.id,
      amount: session.amount_total ?? 0,
      currency: session.currency ?? 'usd',
      description: 'Checkout payment',
      onSession: true,
    });
    session.payment_intent = result.paymentIntent.id;
    if (session.invoice_creation?.enabled) {
      session.invoice = createCheckoutInvoice(core, { session, customer, lineItems, paymentIntent: result.paymentIntent.id }).id;
    }
  }
  session.customer = customer.id;
  session.customer_details = {
    address: null,
    business_name: null,
    email: customer.email,
    individual_name: null,
    name: customer.name ?? null,
    phone: null,
    tax_exempt: 'none',
    tax_ids: [],
  };
  session.status = 'complete';
  session.payment_status = 'paid';
  core.emit('checkout.session.completed', session);
  const redirect = (session.success_url ?? core.settings.publicUrl).replaceAll('{CHECKOUT_SESSION_ID}', session.id);
  return { ok: true, redirect };
}

function ensureCustomer(core: Core, session: Stripe.Checkout.Session, email: string | null): Stripe.Customer {
  const existing = typeof session.customer === 'string' ? core.state.customers[session.customer] : undefined;
  if (existing) return existing;
  const customer = customerObject({
    id: newId('cus', 14),
    created: core.wallNow(),
    email: session.customer_email ?? email,
    name: null,
    description: null,
    metadata: {},
    testClock: null,
    phone: null,
  });
  core.state.customers[customer.id] = customer;
  core.emit('customer.created', customer);
  return customer;
}
