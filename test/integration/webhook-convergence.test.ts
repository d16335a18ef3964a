import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { uniqueEmail } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { payCheckout, settle } from './billing-helpers.js';

const SignUpForOrder = graphql(
  `mutation SignUpForOrder($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl apiKey { secret } } }`,
);
const BuyPack = graphql(`mutation BuyPack($pack: String!) { buyCredits(pack: $pack) { url } }`);
const CancelForOrder = graphql(`mutation CancelForOrder { cancelSubscription { cancelAtPeriodEnd } }`);

let app: TestApp;
let stripe: Stripe;
beforeAll(async () => {
  app = await startTestApp();
  stripe = app.services.billing.gateway.stripe;
});
afterAll(async () => {
  await app?.close();
});

type State = { subscriptions: unknown[]; invoices: unknown[]; purchases: number };

async function stateOf(customerId: string): Promise<State> {
  const connection = app.services.orm.em.getConnection();
  const subscriptions = await connection.execute(
    `select s.stripe_subscription_id, s.status, p.code as plan, s.current_period_start, s.current_period_end, s.cancel_at_period_end, s.trial_end, s.past_due_since, s.canceled_at, s.last_stripe_event_at
     from subscription s join plan p on p.id = s.plan_id where s.customer_id = ? order by s.stripe_subscription_id nulls first`,
    [customerId],
  );
  const invoices = await connection.execute(
    'select stripe_invoice_id, status, total_cents, amount_paid_cents, amount_due_cents, paid_at, lines from invoice where customer_id = ? order by stripe_invoice_id',
    [customerId],
  );
  const purchases = await connection.execute<{ n: string }[]>('select count(*) as n from credit_purchase where customer_id = ?', [
    customerId,
  ]);
  return { subscriptions, invoices, purchases: Number(purchases[0].n) };
}

/** Back to the row signUp wrote: no Stripe link, incomplete, nothing mirrored, no pack bought. */
async function resetLocal(customerId: string, signupSubscriptionId: string, eventIds: string[]): Promise<void> {
  const connection = app.services.orm.em.getConnection();
  await connection.execute('delete from subscription where customer_id = ? and id <> ?', [customerId, signupSubscriptionId]);
  await connection.execute(
    `update subscription set stripe_subscription_id = null, status = 'incomplete', cancel_at_period_end = false, trial_end = null, past_due_since = null, canceled_at = null, last_stripe_event_at = null where id = ?`,
    [signupSubscriptionId],
  );
  await connection.execute('delete from invoice where customer_id = ?', [customerId]);
  await connection.execute('delete from credit_purchase where customer_id = ?', [customerId]);
  await connection.execute(`delete from stripe_event where id in (select jsonb_array_elements_text(?::jsonb))`, [JSON.stringify(eventIds)]);
}

async function deliver(body: string): Promise<number> {
  const header = Stripe.webhooks.generateTestHeaderString({ payload: body, secret: app.services.secrets.stripeWebhookSecret });
  const response = await fetch(`${app.url}/webhooks/stripe`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'stripe-signature': header },
    body,
  });
  await response.arrayBuffer();
  return response.status;
}

/** Every event of one Stripe customer, oldest first, as Stripe would send them. */
async function eventsOf(stripeCustomerId: string): Promise<Stripe.Event[]> {
  const all: Stripe.Event[] = [];
  for await (const event of stripe.events.list({ limit: 100 })) {
    const object = event.data.object as { id?: string; customer?: string | null };
    if (object.customer === stripeCustomerId || object.id === stripeCustomerId) all.push(event);
    if (all.length > 500) break;
  }
  return all.reverse();
}

describe('invariant 4: any permutation with duplicates of an event sequence ends in the same state', () => {
  it('applies sign-up, payment, a credit pack, a failed renewal and a cancellation to the same rows in any order', async () => {
    const clock = await stripe.testHelpers.testClocks.create({ frozen_time: Math.floor(Date.now() / 1000) });
    app.services.billing.service.customerExtras = () => ({ test_clock: clock.id });
    const signUp = await app.client.request(SignUpForOrder, {
      input: { company: `Order ${randomUUID().slice(0, 4)}`, email: uniqueEmail('order'), plan: 'pro' },
    });
    app.services.billing.service.customerExtras = () => ({});
    const customerId = signUp.data?.signUp.accountId ?? '';
    const key = signUp.data?.signUp.apiKey.secret ?? '';
    const connection = app.services.orm.em.getConnection();
    const [{ id: signupSubscriptionId }] = await connection.execute<{ id: string }[]>('select id from subscription where customer_id = ?', [
      customerId,
    ]);
    const [{ stripe_customer_id: stripeCustomerId }] = await connection.execute<{ stripe_customer_id: string }[]>(
      'select stripe_customer_id from customer where id = ?',
      [customerId],
    );

    expect(await payCheckout(signUp.data?.signUp.checkoutUrl ?? '', '4000 0000 0000 0341')).toBe(303);
    await settle(app);
    expect(await payCheckout((await app.client.request(BuyPack, { pack: 'small' }, { key })).data?.buyCredits.url ?? '')).toBe(303);
    await settle(app);
    const periodEnd = (
      await connection.execute<{ e: Date }[]>('select current_period_end as e from subscription where id = ?', [signupSubscriptionId])
    )[0].e;
    await stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: Math.floor(new Date(periodEnd).getTime() / 1000) + 3600 });
    await settle(app);
    expect((await app.client.request(CancelForOrder, {}, { key })).errors).toEqual([]);
    await settle(app);

    const events = await eventsOf(stripeCustomerId);
    expect(events.length).toBeGreaterThan(10);
    const bodies = events.map((event) => JSON.stringify(event));
    const ids = events.map((event) => event.id);

    // The reference: the deduplicated sequence, delivered in order.
    await resetLocal(customerId, signupSubscriptionId, ids);
    for (const body of bodies) expect(await deliver(body)).toBe(200);
    await settle(app);
    const expected = await stateOf(customerId);
    expect(expected.purchases).toBe(1);
    expect(expected.subscriptions).toHaveLength(1);
    expect(expected.subscriptions[0]).toMatchObject({ status: 'past_due', cancel_at_period_end: true });

    const orders = fc.array(fc.nat({ max: bodies.length - 1 }), { minLength: bodies.length, maxLength: bodies.length * 2 }).chain((extra) =>
      fc.shuffledSubarray([...bodies.keys(), ...extra], {
        minLength: bodies.length + extra.length,
        maxLength: bodies.length + extra.length,
      }),
    );
    await fc.assert(
      fc.asyncProperty(orders, fc.integer({ min: 1, max: 8 }), async (order, concurrency) => {
        await resetLocal(customerId, signupSubscriptionId, ids);
        for (let i = 0; i < order.length; i += concurrency) {
          const statuses = await Promise.all(order.slice(i, i + concurrency).map((index) => deliver(bodies[index])));
          expect(statuses.every((status) => status === 200)).toBe(true);
        }
        await settle(app);
        expect(await stateOf(customerId)).toEqual(expected);
      }),
      { numRuns: 12 },
    );
  });
});
