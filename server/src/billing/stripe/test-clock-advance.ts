import type Stripe from 'stripe';
import { RehearsalInputError, clockTarget } from './clock-target.js';

export type ClockAdvance = { customerId: string; clockId: string; from: number; to: number; events: { id: string; type: string }[] };

/** The Stripe customer named by a Stripe id (cus_…), an e-mail address or a Carlo customer id. */
export async function findCustomer(stripe: Stripe, reference: string): Promise<Stripe.Customer> {
  if (reference.startsWith('cus_')) {
    const customer = await stripe.customers.retrieve(reference);
    if (!customer.deleted) return customer;
  } else if (reference.includes('@')) {
    const found = await stripe.customers.search({ query: `email:'${reference.replaceAll("'", "\\'")}'`, limit: 1 });
    if (found.data[0]) return found.data[0];
  } else {
    for await (const customer of stripe.customers.list({ limit: 100 }))
      if (customer.metadata.carlo_customer_id === reference) return customer;
  }
  throw new RehearsalInputError(`--customer ${reference}: no Stripe customer has that id (cus_…), e-mail address or Carlo customer id.`);
}

/**
 * Moves the test clock of one customer to `to` (see clockTarget). Stripe renews, invoices, retries
 * and cancels on the way and sends the webhooks in order; the answer lists the events it created.
 */
export async function advanceCustomerClock(stripe: Stripe, reference: string, to: string): Promise<ClockAdvance> {
  const customer = await findCustomer(stripe, reference);
  const clockId = typeof customer.test_clock === 'string' ? customer.test_clock : customer.test_clock?.id;
  if (!clockId)
    throw new RehearsalInputError(
      `Customer ${customer.id} has no test clock (Stripe attaches one only at creation): create the customer with STRIPE_TEST_CLOCKS=per_customer.`,
    );
  const clock = await stripe.testHelpers.testClocks.retrieve(clockId);
  const target = clockTarget(to, clock.frozen_time);
  const [newest] = (await stripe.events.list({ limit: 1 })).data;
  await stripe.testHelpers.testClocks.advance(clockId, { frozen_time: target });
  for (let polls = 0; polls < 600; polls += 1) {
    const state = await stripe.testHelpers.testClocks.retrieve(clockId);
    if (state.status === 'ready') break;
    if (state.status === 'internal_failure') throw new Error(`Stripe could not advance test clock ${clockId}.`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const events: { id: string; type: string }[] = [];
  for await (const event of stripe.events.list({ limit: 100 })) {
    if (event.id === newest?.id) break;
    events.push({ id: event.id, type: event.type });
  }
  return { customerId: customer.id, clockId, from: clock.frozen_time, to: target, events: events.reverse() };
}
