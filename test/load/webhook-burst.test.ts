import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerWithKey } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { settle } from '../integration/billing-helpers.js';
import { sql } from '../integration/credits-helpers.js';

const DISTINCT = 400;
const DUPLICATES = 100; // 20% of the 500 deliveries
const MOVED = 50; // 10% delivered out of order
const AT_ONCE = 50;
const CUSTOMERS = 10;

let app: TestApp;
let stripe: Stripe;
beforeAll(async () => {
  app = await startTestApp();
  stripe = app.services.billing.gateway.stripe;
});
afterAll(async () => {
  await app?.close();
});

/** A small seeded generator, so a failing order can be replayed from the logged seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
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

/** The rows Stripe events write for these customers: subscriptions and invoices, without our own ids. */
async function stateOf(customerIds: string[]): Promise<unknown[]> {
  const ids = `{${customerIds.join(',')}}`;
  const subscriptions = await sql(
    app,
    `select s.customer_id, s.stripe_subscription_id, s.status, p.code as plan, s.current_period_start, s.current_period_end, s.cancel_at_period_end, s.trial_end, s.past_due_since, s.canceled_at, s.last_stripe_event_at
     from subscription s join plan p on p.id = s.plan_id where s.customer_id = any(?::uuid[]) order by s.customer_id, s.stripe_subscription_id nulls first`,
    [ids],
  );
  const invoices = await sql(
    app,
    'select customer_id, stripe_invoice_id, status, total_cents, amount_paid_cents, amount_due_cents, paid_at, lines from invoice where customer_id = any(?::uuid[]) order by stripe_invoice_id',
    [ids],
  );
  return [subscriptions, invoices];
}

/** Back to before any event: no Stripe-written rows, and the inbox forgets these events. */
async function reset(customerIds: string[], eventIds: string[]): Promise<void> {
  const ids = `{${customerIds.join(',')}}`;
  await sql(app, 'delete from subscription where customer_id = any(?::uuid[]) and stripe_subscription_id is not null', [ids]);
  await sql(app, 'delete from invoice where customer_id = any(?::uuid[])', [ids]);
  await sql(app, 'delete from stripe_event where id = any(?::text[])', [`{${eventIds.join(',')}}`]);
}

/** Every event about these Stripe customers, oldest first, as Stripe would have sent them. */
async function eventsOf(stripeCustomerIds: Set<string>): Promise<Stripe.Event[]> {
  const all: Stripe.Event[] = [];
  for await (const event of stripe.events.list({ limit: 100 })) {
    const object = event.data.object as { id?: string; customer?: string | null };
    if (stripeCustomerIds.has(object.customer ?? '') || stripeCustomerIds.has(object.id ?? '')) all.push(event);
    if (all.length > 5 * DISTINCT) break;
  }
  return all.reverse();
}

describe('webhook burst (load tier; invariant 4)', () => {
  it('acknowledges 500 signed deliveries (20% duplicates, 10% out of order, 50 at a time) and ends in the state of the in-order deduplicated sequence', async () => {
    const [{ price }] = await sql<{ price: string | null }>(app, "select stripe_base_price_id as price from plan where code = 'pro'");
    if (!price) throw new Error('the pro plan has no Stripe price; plans were not synced to the emulator');
    const customers = await Promise.all(Array.from({ length: CUSTOMERS }, () => customerWithKey(app, { plan: 'pro' })));
    const stripeIds = new Set<string>();
    const subscriptions: string[] = [];
    for (const { customer } of customers) {
      const remote = await stripe.customers.create({ email: customer.email, metadata: { carlo_customer_id: customer.id } });
      await sql(app, 'update customer set stripe_customer_id = ? where id = ?', [remote.id, customer.id]);
      stripeIds.add(remote.id);
      subscriptions.push((await stripe.subscriptions.create({ customer: remote.id, items: [{ price }], trial_period_days: 14 })).id);
    }
    // Changes until Stripe has sent at least DISTINCT events about these customers (bounded).
    for (let round = 0; round < 5; round += 1) {
      const missing = DISTINCT - (await eventsOf(stripeIds)).length;
      if (missing <= 0) break;
      for (let i = 0; i < missing; i += 1) {
        const id = subscriptions[i % subscriptions.length];
        await stripe.subscriptions.update(
          id,
          i % 7 === 3 ? { cancel_at_period_end: i % 2 === 0 } : { metadata: { step: String(round * 1000 + i) } },
        );
      }
    }
    await settle(app);
    const events = (await eventsOf(stripeIds)).slice(0, DISTINCT);
    expect(events).toHaveLength(DISTINCT);
    const bodies = events.map((event) => JSON.stringify(event));
    const eventIds = events.map((event) => event.id);
    const customerIds = customers.map((c) => c.customer.id);

    // The reference: the deduplicated sequence in order, one at a time.
    await reset(customerIds, eventIds);
    for (const body of bodies) expect(await deliver(body)).toBe(200);
    await settle(app);
    const expected = await stateOf(customerIds);
    expect((expected[0] as unknown[]).length).toBeGreaterThanOrEqual(CUSTOMERS * 2);

    // The burst: each duplicate after its original, then 10% moved earlier than they belong.
    const seed = Date.now() % 1_000_000;
    const next = random(seed);
    const order = [...bodies.keys()];
    for (let i = 0; i < DUPLICATES; i += 1) {
      const original = Math.floor(next() * DISTINCT);
      const after = order.indexOf(original);
      order.splice(after + 1 + Math.floor(next() * (order.length - after)), 0, original);
    }
    for (let i = 0; i < MOVED; i += 1) {
      const from = 1 + Math.floor(next() * (order.length - 1));
      const [moved] = order.splice(from, 1);
      order.splice(Math.floor(next() * from), 0, moved);
    }
    expect(order).toHaveLength(DISTINCT + DUPLICATES);
    await reset(customerIds, eventIds);
    const statuses: number[] = [];
    for (let i = 0; i < order.length; i += AT_ONCE)
      statuses.push(...(await Promise.all(order.slice(i, i + AT_ONCE).map((index) => deliver(bodies[index])))));
    await settle(app);

    console.info(`webhook burst: seed ${seed}, ${statuses.length} deliveries of ${DISTINCT} events`);
    expect(statuses.filter((status) => status < 200 || status > 299)).toEqual([]);
    expect(await stateOf(customerIds)).toEqual(expected);
    const inbox = await sql<{ status: string; n: number }>(
      app,
      'select status, count(*)::int as n from stripe_event where id = any(?::text[]) group by status order by status',
      [`{${eventIds.join(',')}}`],
    );
    expect(inbox.reduce((sum, row) => sum + row.n, 0)).toBe(DISTINCT);
    expect(inbox.filter((row) => row.status !== 'processed' && row.status !== 'ignored')).toEqual([]);
  });
});
