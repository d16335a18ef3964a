import { listOf, newestFirst } from '../http/list.js';
import type { Params } from '../http/form-codec.js';
import { mergeMetadata, optBool, optInt, optObj, optStr, reqStr } from '../http/params.js';
import type { Route } from '../http/router.js';
import { invalidRequest, missingParam } from '../http/stripe-error.js';
import { DEFAULT_PORTAL_CONFIGURATION } from './portal-configurations.routes.js';
import { CHECKOUT_MAX_LIFETIME_SECONDS, CHECKOUT_MIN_LIFETIME_SECONDS, expireSession } from '../billing/checkout-expiry.js';
import { checkoutLineItemObject, checkoutSessionObject, portalSessionObject } from '../objects/checkout-objects.js';
import { newId } from '../state/ids.js';
import { customerById, found } from './lookup.js';
import { newItems, stringRecord } from './subscription-params.js';

export const checkoutRoutes: Route[] = [
  {
    method: 'POST',
    pattern: '/v1/checkout/sessions',
    handler: ({ core, params }) => {
      const mode = reqStr(params, 'mode');
      if (mode !== 'subscription' && mode !== 'payment')
        throw invalidRequest(`The emulator supports mode=subscription and mode=payment, not ${mode}.`, 'mode');
      const customer = optStr(params, 'customer') ?? null;
      if (customer) customerById(core, customer);
      const items = newItems(core, params, 'line_items');
      if (items.length === 0) throw invalidRequest('Missing required param: line_items.', 'line_items', 'parameter_missing');
      for (const item of items) {
        if (mode === 'payment' && item.price.recurring)
          throw invalidRequest('You must use mode=subscription for recurring prices.', 'line_items');
        if (mode === 'subscription' && !item.price.recurring)
          throw invalidRequest('mode=subscription needs at least one recurring price.', 'line_items');
      }
      const invoiceCreation = invoiceCreationOf(params, mode);
      const id = newId('cs_test', 58);
      const lineItems = items.map((item) => {
        const product = core.state.products[String(item.price.product)];
        return checkoutLineItemObject({
          id: newId('li'),
          price: item.price,
          quantity: item.quantity ?? 1,
          description: product?.name ?? item.price.nickname ?? item.price.id,
        });
      });
      const created = core.nowFor(customer);
      const session = checkoutSessionObject({
        id,
        created,
        expiresAt: expiresAtOf(params, created),
        mode,
        customer,
        customerEmail: optStr(params, 'customer_email') ?? null,
        successUrl: reqStr(params, 'success_url'),
        cancelUrl: optStr(params, 'cancel_url') ?? null,
        url: `${core.settings.publicUrl}/checkout/${id}`,
        metadata: mergeMetadata({}, params),
        clientReferenceId: optStr(params, 'client_reference_id') ?? null,
        currency: items[0]?.price.currency ?? 'usd',
        amountTotal: lineItems.reduce((sum, li) => sum + li.amount_total, 0),
        invoiceCreation,
      });
      const subscriptionData = optObj(params, 'subscription_data') ?? {};
      core.state.checkoutSessions[id] = session;
      core.state.checkoutLineItems[id] = lineItems;
      core.state.checkoutSubscriptionData[id] = {
        metadata: stringRecord(optObj(subscriptionData, 'metadata')) ?? {},
        trialPeriodDays: optInt(subscriptionData, 'trial_period_days'),
      };
      return session;
    },
  },
  {
    method: 'GET',
    pattern: '/v1/checkout/sessions/:id',
    handler: ({ core, path }) => found(core.state.checkoutSessions, path.id, 'checkout.session'),
  },
  {
    method: 'GET',
    pattern: '/v1/checkout/sessions/:id/line_items',
    handler: ({ core, path, params }) => {
      found(core.state.checkoutSessions, path.id, 'checkout.session');
      return listOf(core.state.checkoutLineItems[path.id] ?? [], params, `/v1/checkout/sessions/${path.id}/line_items`);
    },
  },
  {
    method: 'POST',
    pattern: '/v1/checkout/sessions/:id/expire',
    handler: ({ core, path }) => {
      const session = found(core.state.checkoutSessions, path.id, 'checkout.session');
      if (session.status !== 'open') throw invalidRequest(`Only open sessions can be expired (this one is ${session.status}).`, 'session');
      expireSession(core, session);
      return session;
    },
  },
  {
    method: 'GET',
    pattern: '/v1/checkout/sessions',
    handler: ({ core, params }) => {
      const customer = optStr(params, 'customer');
      const subscription = optStr(params, 'subscription');
      const paymentIntent = optStr(params, 'payment_intent');
      const data = newestFirst(Object.values(core.state.checkoutSessions)).filter(
        (s) =>
          (customer === undefined || s.customer === customer) &&
          (subscription === undefined || s.subscription === subscription) &&
          (paymentIntent === undefined || s.payment_intent === paymentIntent),
      );
      return listOf(data, params, '/v1/checkout/sessions');
    },
  },
  {
    method: 'POST',
    pattern: '/v1/billing_portal/sessions',
    handler: ({ core, params }) => {
      const customer = customerById(core, reqStr(params, 'customer'));
      const id = newId('bps');
      const named = optStr(params, 'configuration');
      const configuration = named
        ? found(core.state.portalConfigurations, named, 'billing_portal.configuration', 'configuration').id
        : null;
      const session = portalSessionObject({
        configuration: configuration ?? DEFAULT_PORTAL_CONFIGURATION,
        id,
        created: core.nowFor(customer.id),
        customer: customer.id,
        returnUrl: optStr(params, 'return_url') ?? null,
        url: `${core.settings.publicUrl}/portal/${id}`,
      });
      core.state.portalSessions[id] = session;
      return session;
    },
  },
];

/** Stripe's default is 24 hours after creation; a chosen time must lie 30 minutes to 24 hours after it. */
function expiresAtOf(params: Params, created: number): number {
  const chosen = optInt(params, 'expires_at');
  if (chosen === undefined) return created + CHECKOUT_MAX_LIFETIME_SECONDS;
  if (chosen < created + CHECKOUT_MIN_LIFETIME_SECONDS)
    throw invalidRequest('The `expires_at` timestamp must be at least 30 minutes from Checkout Session creation.', 'expires_at');
  if (chosen > created + CHECKOUT_MAX_LIFETIME_SECONDS)
    throw invalidRequest('The `expires_at` timestamp must be less than 24 hours from Checkout Session creation.', 'expires_at');
  return chosen;
}

/** `invoice_creation` asks for a paid invoice after a one-off payment; Stripe refuses it outside payment mode. */
function invoiceCreationOf(
  params: Params,
  mode: 'subscription' | 'payment',
): { enabled: boolean; metadata: Record<string, string> | null } {
  const raw = optObj(params, 'invoice_creation');
  if (!raw) return { enabled: false, metadata: null };
  if (mode !== 'payment') throw invalidRequest('You can only set `invoice_creation` in `payment` mode.', 'invoice_creation');
  const enabled = optBool(raw, 'enabled');
  if (enabled === undefined) throw missingParam('invoice_creation[enabled]');
  const data = optObj(raw, 'invoice_data') ?? {};
  return { enabled, metadata: stringRecord(optObj(data, 'metadata')) ?? null };
}
