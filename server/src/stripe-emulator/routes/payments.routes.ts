import type Stripe from 'stripe';
import { attachPaymentMethod, createCardPaymentMethod, paymentMethodFor, StripeCardNumberError } from '../billing/payments.js';
import { refundCharge } from '../billing/refunds.js';
import { listOf, newestFirst } from '../http/list.js';
import { optInt, optObj, optStr, reqStr } from '../http/params.js';
import type { Route } from '../http/router.js';
import { invalidRequest } from '../http/stripe-error.js';
import { customerById, found } from './lookup.js';

const REFUND_REASONS: readonly Stripe.Refund.Reason[] = ['duplicate', 'fraudulent', 'requested_by_customer'];

function refundReason(value: string | undefined): Stripe.Refund.Reason | null {
  if (value === undefined) return null;
  const reason = REFUND_REASONS.find((r) => r === value);
  if (!reason) throw invalidRequest(`Invalid reason: ${value}`, 'reason');
  return reason;
}

export const paymentRoutes: Route[] = [
  {
    method: 'POST',
    pattern: '/v1/payment_methods',
    handler: ({ core, params }) => {
      if ((optStr(params, 'type') ?? 'card') !== 'card') throw invalidRequest('The emulator only supports card payment methods.', 'type');
      const card = optObj(params, 'card') ?? {};
      const token = optStr(card, 'token');
      if (token) return paymentMethodFor(core, token);
      try {
        return createCardPaymentMethod(core, {
          number: reqStr(card, 'number'),
          expMonth: optInt(card, 'exp_month') ?? 12,
          expYear: optInt(card, 'exp_year') ?? 2034,
          customer: null,
        });
      } catch (error) {
        if (error instanceof StripeCardNumberError) throw invalidRequest(error.message, 'card[number]', 'incorrect_number');
        throw error;
      }
    },
  },
  {
    method: 'GET',
    pattern: '/v1/payment_methods/:id',
    handler: ({ core, path }) => found(core.state.paymentMethods, path.id, 'PaymentMethod'),
  },
  {
    method: 'POST',
    pattern: '/v1/payment_methods/:id/attach',
    handler: ({ core, path, params }) => {
      const customer = customerById(core, reqStr(params, 'customer'));
      return attachPaymentMethod(core, paymentMethodFor(core, path.id), customer.id);
    },
  },
  {
    method: 'POST',
    pattern: '/v1/payment_methods/:id/detach',
    handler: ({ core, path }) => {
      const pm = found(core.state.paymentMethods, path.id, 'PaymentMethod');
      const customer = typeof pm.customer === 'string' ? core.state.customers[pm.customer] : undefined;
      if (!customer)
        throw invalidRequest(
          'The payment method you provided is not attached to a customer so detachment is impossible.',
          'payment_method',
        );
      pm.customer = null;
      if (customer.invoice_settings.default_payment_method === pm.id) customer.invoice_settings.default_payment_method = null;
      core.emit('payment_method.detached', pm, { customer: customer.id });
      return pm;
    },
  },
  {
    method: 'GET',
    pattern: '/v1/payment_methods',
    handler: ({ core, params }) => {
      const customer = optStr(params, 'customer');
      const data = newestFirst(Object.values(core.state.paymentMethods)).filter((pm) => customer === undefined || pm.customer === customer);
      return listOf(data, params, '/v1/payment_methods');
    },
  },
  {
    method: 'GET',
    pattern: '/v1/payment_intents/:id',
    handler: ({ core, path }) => found(core.state.paymentIntents, path.id, 'payment_intent'),
  },
  { method: 'GET', pattern: '/v1/charges/:id', handler: ({ core, path }) => found(core.state.charges, path.id, 'charge') },
  {
    method: 'GET',
    pattern: '/v1/charges',
    handler: ({ core, params }) => {
      const customer = optStr(params, 'customer');
      return listOf(
        newestFirst(Object.values(core.state.charges)).filter((c) => customer === undefined || c.customer === customer),
        params,
        '/v1/charges',
      );
    },
  },
  {
    method: 'POST',
    pattern: '/v1/refunds',
    handler: ({ core, params }) => {
      const pi = optStr(params, 'payment_intent');
      const chargeId =
        optStr(params, 'charge') ??
        (pi ? String(found(core.state.paymentIntents, pi, 'payment_intent', 'payment_intent').latest_charge) : reqStr(params, 'charge'));
      const charge = found(core.state.charges, chargeId, 'charge', 'charge');
      const remaining = charge.amount_captured - charge.amount_refunded;
      const amount = optInt(params, 'amount') ?? remaining;
      if (!charge.paid || amount <= 0 || amount > remaining)
        throw invalidRequest(
          `Refund amount ($${(amount / 100).toFixed(2)}) is greater than the unrefunded amount on the charge ($${(remaining / 100).toFixed(2)}).`,
          'amount',
          'charge_already_refunded',
        );
      return refundCharge(core, charge, amount, refundReason(optStr(params, 'reason')));
    },
  },
  { method: 'GET', pattern: '/v1/refunds/:id', handler: ({ core, path }) => found(core.state.refunds, path.id, 'refund') },
];
