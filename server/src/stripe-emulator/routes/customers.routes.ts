import type Stripe from 'stripe';
import { setDefaultPaymentMethod } from '../billing/payments.js';
import { changedFields } from '../billing/periods.js';
import { cancelNow } from '../billing/subscription-status.js';
import { listOf, newestFirst } from '../http/list.js';
import type { Params } from '../http/form-codec.js';
import { mergeMetadata, optObj, optStr } from '../http/params.js';
import type { Route } from '../http/router.js';
import { invalidRequest } from '../http/stripe-error.js';
import { customerObject, deletedCustomer } from '../objects/customer-object.js';
import { newId } from '../state/ids.js';
import { customerById, found } from './lookup.js';

export const customerRoutes: Route[] = [
  {
    method: 'POST',
    pattern: '/v1/customers',
    handler: ({ core, params }) => {
      const testClock = optStr(params, 'test_clock') ?? null;
      const clock = testClock ? found(core.state.testClocks, testClock, 'test_clock', 'test_clock') : null;
      const customer = customerObject({
        id: newId('cus', 14),
        created: clock ? clock.frozen_time : core.wallNow(),
        email: optStr(params, 'email') ?? null,
        name: optStr(params, 'name') ?? null,
        description: optStr(params, 'description') ?? null,
        phone: optStr(params, 'phone') ?? null,
        metadata: mergeMetadata({}, params),
        testClock,
      });
      core.state.customers[customer.id] = customer;
      const pm = optStr(optObj(params, 'invoice_settings') ?? {}, 'default_payment_method');
      if (pm) customer.invoice_settings.default_payment_method = pm;
      core.emit('customer.created', customer);
      return customer;
    },
  },
  {
    method: 'GET',
    pattern: '/v1/customers/search',
    handler: ({ core, params }) => {
      const query = optStr(params, 'query') ?? '';
      const email = /email\s*:\s*['"]([^'"]*)['"]/.exec(query)?.[1];
      const data = newestFirst(Object.values(core.state.customers)).filter((c) => email === undefined || c.email === email);
      return { object: 'search_result', data, has_more: false, next_page: null, url: '/v1/customers/search' };
    },
  },
  { method: 'GET', pattern: '/v1/customers/:id', handler: ({ core, path }) => customerById(core, path.id, 'id') },
  {
    method: 'POST',
    pattern: '/v1/customers/:id',
    handler: ({ core, path, params }) => {
      const customer = customerById(core, path.id, 'id');
      const before = JSON.parse(JSON.stringify(customer)) as Stripe.Customer;
      for (const key of ['email', 'name', 'description', 'phone'] as const) {
        const value = optStr(params, key);
        if (value !== undefined) customer[key] = value === '' ? null : value;
      }
      customer.metadata = mergeMetadata(customer.metadata, params);
      updateAddress(customer, params);
      const previous = changedFields(before, customer);
      const pm = optStr(optObj(params, 'invoice_settings') ?? {}, 'default_payment_method');
      if (Object.keys(previous).length > 0) core.emit('customer.updated', customer, previous);
      if (pm !== undefined) {
        if (
          pm &&
          found(core.state.paymentMethods, pm, 'PaymentMethod', 'invoice_settings[default_payment_method]').customer !== customer.id
        ) {
          throw invalidRequest(
            `The customer does not have a payment method with the ID ${pm}.`,
            'invoice_settings[default_payment_method]',
          );
        }
        setDefaultPaymentMethod(core, customer, pm);
      }
      return customer;
    },
  },
  {
    method: 'DELETE',
    pattern: '/v1/customers/:id',
    handler: ({ core, path }) => {
      const customer = customerById(core, path.id, 'id');
      for (const sub of Object.values(core.state.subscriptions)) {
        if (sub.customer === customer.id && sub.status !== 'canceled') cancelNow(core, sub, 'cancellation_requested');
      }
      // Emitted before removal so the event still carries the customer's (test clock) time.
      core.emit('customer.deleted', customer);
      delete core.state.customers[customer.id];
      return deletedCustomer(customer.id);
    },
  },
  {
    method: 'GET',
    pattern: '/v1/customers',
    handler: ({ core, params }) => {
      const email = optStr(params, 'email');
      const clock = optStr(params, 'test_clock');
      const data = newestFirst(Object.values(core.state.customers)).filter(
        (c) => (email === undefined || c.email === email) && (clock === undefined || c.test_clock === clock),
      );
      return listOf(data, params, '/v1/customers');
    },
  },
  {
    method: 'GET',
    pattern: '/v1/customers/:id/payment_methods',
    handler: ({ core, path, params }) => {
      customerById(core, path.id, 'customer');
      const data = newestFirst(Object.values(core.state.paymentMethods)).filter((pm) => pm.customer === path.id);
      return listOf(data, params, `/v1/customers/${path.id}/payment_methods`);
    },
  },
];

const ADDRESS_FIELDS = ['line1', 'line2', 'city', 'state', 'postal_code', 'country'] as const;

/** `address=''` clears the address; `address[field]` sets each field given, an empty string clearing it. */
function updateAddress(customer: Stripe.Customer, params: Params): void {
  if (params.address === '') {
    customer.address = null;
    return;
  }
  const address = optObj(params, 'address');
  if (!address) return;
  const next: Stripe.Address = {
    ...(customer.address ?? { city: null, country: null, line1: null, line2: null, postal_code: null, state: null }),
  };
  for (const key of ADDRESS_FIELDS) {
    const value = optStr(address, key);
    if (value !== undefined) next[key] = value === '' ? null : value;
  }
  customer.address = next;
}
