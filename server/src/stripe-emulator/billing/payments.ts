import type Stripe from 'stripe';
import type { Core } from '../core.js';
import { cardError, invalidRequest, notFound } from '../http/stripe-error.js';
import { cardPaymentMethodObject, chargeObject, paymentIntentObject } from '../objects/payment-objects.js';
import { newId } from '../state/ids.js';
import { attachDecline, chargeDecline, testCard, tokenCardNumber } from './cards.js';

export function createCardPaymentMethod(
  core: Core,
  input: { number: string; expMonth: number; expYear: number; customer: string | null },
): Stripe.PaymentMethod {
  const card = testCard(input.number);
  if (!card) throw new StripeCardNumberError();
  const pm = cardPaymentMethodObject({
    id: newId('pm'),
    created: core.nowFor(input.customer),
    last4: card.last4,
    expMonth: input.expMonth,
    expYear: input.expYear,
    brand: card.brand,
    customer: null,
  });
  core.state.paymentMethods[pm.id] = pm;
  core.state.cardBehaviour[pm.id] = card.behaviour;
  return pm;
}

export class StripeCardNumberError extends Error {
  constructor() {
    super(
      'Your card number is incorrect. Use a Stripe test card (4242 4242 4242 4242, 4000 0000 0000 0002, 4000 0000 0000 0341, 4000 0027 6000 3184, …).',
    );
  }
}

/** Resolves a stored payment method, materialising Stripe's `pm_card_*` test tokens on first use. */
export function paymentMethodFor(core: Core, id: string): Stripe.PaymentMethod {
  const stored = core.state.paymentMethods[id];
  if (stored) return stored;
  const number = tokenCardNumber(id);
  if (!number) throw notFound('PaymentMethod', id, 'payment_method');
  return createCardPaymentMethod(core, { number, expMonth: 12, expYear: 2034, customer: null });
}

export function attachPaymentMethod(core: Core, pm: Stripe.PaymentMethod, customerId: string): Stripe.PaymentMethod {
  if (!core.state.customers[customerId]) throw notFound('customer', customerId, 'customer');
  const behaviour = core.state.cardBehaviour[pm.id];
  const refused = behaviour ? attachDecline(behaviour) : null;
  if (refused) throw cardError(refused);
  if (pm.customer && pm.customer !== customerId)
    throw invalidRequest('This PaymentMethod is already attached to another customer.', 'payment_method');
  if (pm.customer === customerId) return pm;
  pm.customer = customerId;
  core.emit('payment_method.attached', pm);
  return pm;
}

export function setDefaultPaymentMethod(core: Core, customer: Stripe.Customer, pmId: string): void {
  const before = customer.invoice_settings.default_payment_method;
  if (before === pmId) return;
  customer.invoice_settings = { ...customer.invoice_settings, default_payment_method: pmId };
  core.emit('customer.updated', customer, { invoice_settings: { default_payment_method: before } });
}

export type ChargeResult = { ok: boolean; paymentIntent: Stripe.PaymentIntent; charge: Stripe.Charge };

/** One card payment: a PaymentIntent and its charge, with the test card's outcome and events. */
export function chargeCard(
  core: Core,
  input: {
    customer: string | null;
    paymentMethod: string | null;
    amount: number;
    currency: string;
    description: string | null;
    onSession: boolean;
  },
): ChargeResult {
  const behaviour = input.paymentMethod ? core.state.cardBehaviour[input.paymentMethod] : undefined;
  const decline = behaviour === undefined ? null : chargeDecline(behaviour, input.onSession);
  const ok = behaviour !== undefined && decline === null;
  const failure = ok
    ? null
    : (decline ?? {
        code: 'payment_method_missing',
        message: 'The customer has no default payment method.',
        declineCode: null,
        param: null,
      });
  const base = {
    paymentIntentId: newId('pi'),
    chargeId: newId('ch'),
    created: core.nowFor(input.customer),
    amount: input.amount,
    currency: input.currency,
    customer: input.customer,
    paymentMethod: input.paymentMethod,
    description: input.description,
    failure,
  };
  const paymentIntent = paymentIntentObject(base);
  const charge = chargeObject(base);
  core.state.paymentIntents[paymentIntent.id] = paymentIntent;
  core.state.charges[charge.id] = charge;
  core.emit(ok ? 'charge.succeeded' : 'charge.failed', charge);
  core.emit(ok ? 'payment_intent.succeeded' : 'payment_intent.payment_failed', paymentIntent);
  return { ok, paymentIntent, charge };
}
