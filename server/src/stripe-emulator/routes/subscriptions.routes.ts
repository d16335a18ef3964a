import type Stripe from 'stripe';
import { removeSubscriptionDiscounts, setSubscriptionCoupon } from '../billing/discounts.js';
import { createSubscription } from '../billing/subscription-create.js';
import { cancelNow } from '../billing/subscription-status.js';
import { updateSubscription } from '../billing/subscription-update.js';
import { listOf, newestFirst } from '../http/list.js';
import { mergeMetadata, objects, optArr, optBool, optInt, optStr, reqStr } from '../http/params.js';
import type { ApiContext, Route } from '../http/router.js';
import { invalidRequest, StripeApiError } from '../http/stripe-error.js';
import { customerById, found } from './lookup.js';
import { itemUpdates, newItems, prorationBehavior } from './subscription-params.js';

function subscription({ core, path }: ApiContext): Stripe.Subscription {
  return found(core.state.subscriptions, path.id, 'subscription');
}

function update(ctx: ApiContext, sub: Stripe.Subscription): Stripe.Subscription {
  const { core, params } = ctx;
  const pm = optStr(params, 'default_payment_method');
  if (pm) found(core.state.paymentMethods, pm, 'PaymentMethod', 'default_payment_method');
  applyDiscountParam(ctx, sub);
  return updateSubscription(core, sub, {
    items: itemUpdates(core, params),
    prorationBehavior: prorationBehavior(params),
    prorationDate: optInt(params, 'proration_date'),
    cancelAtPeriodEnd: optBool(params, 'cancel_at_period_end'),
    metadata: params.metadata === undefined ? undefined : mergeMetadata(sub.metadata, params),
    defaultPaymentMethod: pm,
    description: optStr(params, 'description'),
  });
}

/** `discounts: [{coupon}]` replaces the subscription's discount; `discounts=''` removes it. */
function applyDiscountParam({ core, params }: ApiContext, sub: Stripe.Subscription): void {
  if (params.discounts === undefined) return;
  const [first] = objects(optArr(params, 'discounts'), 'discounts');
  if (!first) {
    removeSubscriptionDiscounts(core, sub);
    return;
  }
  setSubscriptionCoupon(core, sub, reqStr(first, 'coupon'));
}

export const subscriptionRoutes: Route[] = [
  {
    method: 'POST',
    pattern: '/v1/subscriptions',
    handler: ({ core, params }) => {
      const customer = customerById(core, reqStr(params, 'customer'));
      const pm = optStr(params, 'default_payment_method') ?? null;
      if (pm) found(core.state.paymentMethods, pm, 'PaymentMethod', 'default_payment_method');
      const trialPeriodDays = optInt(params, 'trial_period_days');
      const trialEnd = optInt(params, 'trial_end');
      const hasPaymentMethod = pm !== null || typeof customer.invoice_settings.default_payment_method === 'string';
      if (!hasPaymentMethod && !trialPeriodDays && !trialEnd && optStr(params, 'payment_behavior') !== 'default_incomplete') {
        throw new StripeApiError(
          400,
          'invalid_request_error',
          'This customer has no attached payment source or default payment method. Please consider adding a default payment method.',
          { code: 'resource_missing' },
        );
      }
      return createSubscription(core, {
        customer,
        items: newItems(core, params),
        metadata: mergeMetadata({}, params),
        trialPeriodDays,
        trialEnd,
        defaultPaymentMethod: pm,
        description: optStr(params, 'description') ?? null,
        onSession: false,
      });
    },
  },
  { method: 'GET', pattern: '/v1/subscriptions/:id', handler: subscription },
  { method: 'POST', pattern: '/v1/subscriptions/:id', handler: (ctx) => update(ctx, subscription(ctx)) },
  {
    method: 'DELETE',
    pattern: '/v1/subscriptions/:id',
    handler: (ctx) => {
      const sub = subscription(ctx);
      if (sub.status === 'canceled') throw invalidRequest(`No such subscription: '${sub.id}'`, 'id', 'resource_missing');
      return cancelNow(ctx.core, sub, 'cancellation_requested');
    },
  },
  {
    method: 'DELETE',
    pattern: '/v1/subscriptions/:id/discount',
    handler: (ctx) => {
      const sub = subscription(ctx);
      const deleted = removeSubscriptionDiscounts(ctx.core, sub);
      if (!deleted) throw invalidRequest(`Subscription ${sub.id} has no discount.`, 'id', 'resource_missing');
      ctx.core.changed();
      return deleted;
    },
  },
  {
    method: 'GET',
    pattern: '/v1/subscriptions',
    handler: ({ core, params }) => {
      const customer = optStr(params, 'customer');
      const status = optStr(params, 'status');
      const price = optStr(params, 'price');
      const data = newestFirst(Object.values(core.state.subscriptions)).filter(
        (s) =>
          (customer === undefined || s.customer === customer) &&
          (status === 'all' || (status === undefined ? s.status !== 'canceled' : s.status === status)) &&
          (price === undefined || s.items.data.some((i) => i.price.id === price)),
      );
      return listOf(data, params, '/v1/subscriptions');
    },
  },
  {
    method: 'GET',
    pattern: '/v1/subscription_items',
    handler: ({ core, params }) => {
      const sub = found(core.state.subscriptions, reqStr(params, 'subscription'), 'subscription', 'subscription');
      return listOf(sub.items.data, params, `/v1/subscription_items?subscription=${sub.id}`);
    },
  },
  {
    method: 'GET',
    pattern: '/v1/subscription_items/:id',
    handler: ({ core, path }) => {
      const item = Object.values(core.state.subscriptions)
        .flatMap((s) => s.items.data)
        .find((i) => i.id === path.id);
      if (!item) throw invalidRequest(`No such subscription_item: '${path.id}'`, 'id', 'resource_missing');
      return item;
    },
  },
  {
    method: 'POST',
    pattern: '/v1/subscription_items/:id',
    handler: ({ core, path, params }) => {
      const sub = Object.values(core.state.subscriptions).find((s) => s.items.data.some((i) => i.id === path.id));
      if (!sub) throw invalidRequest(`No such subscription_item: '${path.id}'`, 'id', 'resource_missing');
      const price = optStr(params, 'price');
      updateSubscription(core, sub, {
        items: [
          {
            id: path.id,
            price: price ? found(core.state.prices, price, 'price', 'price') : undefined,
            quantity: optInt(params, 'quantity'),
          },
        ],
        prorationBehavior: prorationBehavior(params),
        prorationDate: optInt(params, 'proration_date'),
      });
      return sub.items.data.find((i) => i.id === path.id) ?? sub;
    },
  },
];
