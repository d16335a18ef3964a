import type Stripe from 'stripe';
import { type PhaseParams, releaseSchedule, scheduleFromSubscription, updatePhases } from '../billing/schedules.js';
import type { Core } from '../core.js';
import type { Params } from '../http/form-codec.js';
import { listOf, newestFirst } from '../http/list.js';
import { objects, optArr, optInt, optObj, optStr } from '../http/params.js';
import type { ApiContext, Route } from '../http/router.js';
import { invalidRequest } from '../http/stripe-error.js';
import { found, priceById } from './lookup.js';
import { prorationBehavior } from './subscription-params.js';

function schedule({ core, path }: ApiContext): Stripe.SubscriptionSchedule {
  return found(core.state.subscriptionSchedules, path.id, 'subscription_schedule');
}

/** Only `release` is emulated: the schedule lets go of the subscription, which renews on its last phase's items. */
function endBehavior(params: Params): Stripe.SubscriptionSchedule.EndBehavior | undefined {
  const value = optStr(params, 'end_behavior');
  if (value !== undefined && value !== 'release')
    throw invalidRequest(`The emulator supports end_behavior release only, not ${value}.`, 'end_behavior');
  return value;
}

function phases(core: Core, params: Params): PhaseParams[] {
  return objects(optArr(params, 'phases'), 'phases').map((phase, i) => {
    const duration = optObj(phase, 'duration');
    const interval = duration ? optStr(duration, 'interval') : undefined;
    if (duration && interval !== 'day' && interval !== 'week' && interval !== 'month' && interval !== 'year')
      throw invalidRequest(`Invalid phases[${i}][duration][interval]: ${String(interval)}`, `phases[${i}][duration][interval]`);
    return {
      startDate: optInt(phase, 'start_date'),
      endDate: optInt(phase, 'end_date'),
      duration: duration && interval ? { interval, interval_count: optInt(duration, 'interval_count') ?? 1 } : undefined,
      items: objects(optArr(phase, 'items'), `phases[${i}][items]`).map((item, j) => ({
        price: priceById(core, optStr(item, 'price') ?? '', `phases[${i}][items][${j}][price]`),
        quantity: optInt(item, 'quantity'),
      })),
      prorationBehavior: optStr(phase, 'proration_behavior') === undefined ? undefined : prorationBehavior(phase),
    };
  });
}

export const scheduleRoutes: Route[] = [
  {
    method: 'POST',
    pattern: '/v1/subscription_schedules',
    handler: ({ core, params }) => {
      const from = optStr(params, 'from_subscription');
      if (!from)
        throw invalidRequest(
          'The emulator creates subscription schedules from_subscription only.',
          'from_subscription',
          'parameter_missing',
        );
      if (params.phases !== undefined) throw invalidRequest('You cannot set `phases` if `from_subscription` is set.', 'phases');
      return scheduleFromSubscription(core, found(core.state.subscriptions, from, 'subscription', 'from_subscription'));
    },
  },
  { method: 'GET', pattern: '/v1/subscription_schedules/:id', handler: schedule },
  {
    method: 'POST',
    pattern: '/v1/subscription_schedules/:id',
    handler: (ctx) => updatePhases(ctx.core, schedule(ctx), phases(ctx.core, ctx.params), endBehavior(ctx.params)),
  },
  { method: 'POST', pattern: '/v1/subscription_schedules/:id/release', handler: (ctx) => releaseSchedule(ctx.core, schedule(ctx)) },
  {
    method: 'GET',
    pattern: '/v1/subscription_schedules',
    handler: ({ core, params }) => {
      const customer = optStr(params, 'customer');
      const data = newestFirst(Object.values(core.state.subscriptionSchedules)).filter(
        (s) => customer === undefined || s.customer === customer,
      );
      return listOf(data, params, '/v1/subscription_schedules');
    },
  },
];
