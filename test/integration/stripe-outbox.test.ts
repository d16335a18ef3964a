import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { METER_EVENT_NAME } from '../../server/src/billing/stripe/credit-packs.js';
import type { MeterOutbox } from '../../server/src/billing/stripe/meter-outbox.js';
import { customerWithKey } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { emulatorOf } from './billing-helpers.js';

const HOUR = 3_600_000;

let app: TestApp;
let outbox: MeterOutbox;
beforeAll(async () => {
  app = await startTestApp();
  outbox = app.services.billing.outbox;
  outbox.sendTimeoutMs = 300;
});
afterAll(async () => {
  emulatorOf(app).faults.reset();
  await app?.close();
});
beforeEach(() => {
  emulatorOf(app).faults.reset();
  outbox.afterAcknowledged = null;
});

/** A customer with a Stripe customer and `credits` of overage spread over usage events in one past hour. */
async function overage(credits: number[], hoursAgo = 2): Promise<{ customerId: string; stripeCustomerId: string; hourStart: Date }> {
  const { customer, keyId } = await customerWithKey(app, { plan: 'pro' });
  const stripeCustomer = await app.services.billing.gateway.stripe.customers.create({ email: customer.email });
  const connection = app.services.orm.em.getConnection();
  await connection.execute('update customer set stripe_customer_id = ? where id = ?', [stripeCustomer.id, customer.id]);
  const hourStart = new Date(Math.floor((Date.now() - hoursAgo * HOUR) / HOUR) * HOUR);
  for (const [index, value] of credits.entries()) {
    await connection.execute(
      `insert into usage_event (request_id, customer_id, api_key_id, period_start, operation_name, requested_credits, actual_credits, charged_credits, overage_credits, status, latency_ms, occurred_at, stripe_report_state)
       values (?, ?, ?, ?, 'runSimulation', ?, ?, ?, ?, 'ok', 5, ?, 'pending')`,
      [randomUUID(), customer.id, keyId, hourStart, value, value, value, value, new Date(hourStart.getTime() + (index + 1) * 60_000)],
    );
  }
  return { customerId: customer.id, stripeCustomerId: stripeCustomer.id, hourStart };
}

type Row = {
  identifier: string;
  credits: number;
  attempts: number;
  sent_at: Date | null;
  dead_at: Date | null;
  last_error: string | null;
  next_attempt_at: Date;
};
async function rowsOf(customerId: string): Promise<Row[]> {
  return app.services.orm.em
    .getConnection()
    .execute<Row[]>(
      'select identifier, credits, attempts, sent_at, dead_at, last_error, next_attempt_at from stripe_outbox where customer_id = ? order by id',
      [customerId],
    );
}

async function makeDue(customerId: string): Promise<void> {
  await app.services.orm.em.getConnection().execute('update stripe_outbox set next_attempt_at = now() where customer_id = ?', [customerId]);
}

function meterPosts(identifier: string) {
  return emulatorOf(app)
    .requests()
    .filter((request) => request.path === '/v1/billing/meter_events' && request.params.identifier === identifier);
}

async function meterTotal(stripeCustomerId: string, hourStart: Date): Promise<number> {
  const stripe = app.services.billing.gateway.stripe;
  const meter = (await stripe.billing.meters.list({ limit: 100 })).data.find((candidate) => candidate.event_name === METER_EVENT_NAME);
  if (!meter) throw new Error('meter not synced');
  const start = Math.floor(hourStart.getTime() / 1000);
  const summaries = await stripe.billing.meters.listEventSummaries(meter.id, {
    customer: stripeCustomerId,
    start_time: start,
    end_time: start + 3600,
  });
  return summaries.data.reduce((sum, summary) => sum + summary.aggregated_value, 0);
}

describe('meter outbox', () => {
  it('aggregates overage per customer and hour under a deterministic identifier and reports it once', async () => {
    const { customerId, stripeCustomerId, hourStart } = await overage([5, 7, 30]);
    await outbox.aggregate(new Date(), [customerId]);
    const [row] = await rowsOf(customerId);
    const hour = hourStart.toISOString().slice(0, 13).replace(/[-T]/g, '');
    expect(row).toMatchObject({ identifier: `carlo-${customerId}-${hour}-0`, credits: 42, sent_at: null });
    expect(await outbox.aggregate(new Date(), [customerId])).toBe(0);

    await outbox.send(100, [customerId]);
    expect((await rowsOf(customerId))[0].sent_at).not.toBeNull();
    await outbox.send(100, [customerId]);
    expect(meterPosts(row.identifier)).toHaveLength(1);
    expect(meterPosts(row.identifier)[0].idempotencyKey).toBe(row.identifier);
    expect(await meterTotal(stripeCustomerId, hourStart)).toBe(42);
    expect(
      (await outbox.reconcile(new Date(hourStart.getTime() - HOUR), new Date(hourStart.getTime() + 2 * HOUR))).filter(
        (d) => d.customerId === customerId,
      ),
    ).toEqual([]);
  });

  it('counts once when the process dies between Stripe acknowledging and the mark (invariant 3)', async () => {
    const { customerId, stripeCustomerId, hourStart } = await overage([11, 9]);
    await outbox.aggregate(new Date(), [customerId]);
    outbox.afterAcknowledged = () => {
      throw new Error('crash after acknowledgement');
    };
    await outbox.send(100, [customerId]);
    outbox.afterAcknowledged = null;
    const [crashed] = await rowsOf(customerId);
    expect(crashed.sent_at).toBeNull();
    await makeDue(customerId);
    await outbox.send(100, [customerId]);
    const [row] = await rowsOf(customerId);
    expect(row.sent_at).not.toBeNull();
    expect(meterPosts(row.identifier).map((request) => request.params.identifier)).toEqual([row.identifier, row.identifier]);
    expect(await meterTotal(stripeCustomerId, hourStart)).toBe(20);
    await makeDue(customerId);
    await outbox.send(100, [customerId]);
    expect(meterPosts(row.identifier)).toHaveLength(2);
  });

  it('backs off on 500, 429 and a hung Stripe with the same identifier, then sends', async () => {
    const { customerId, stripeCustomerId, hourStart } = await overage([3]);
    await outbox.aggregate(new Date(), [customerId]);
    const faults = emulatorOf(app).faults;
    const gaps: number[] = [];
    for (const inject of [() => faults.failNext(1), () => faults.rateLimitNext(1, { retryAfterSeconds: 7 }), () => faults.hangNext(1)]) {
      inject();
      const before = Date.now();
      expect(await outbox.send(100, [customerId])).toMatchObject({ retried: 1, sent: 0 });
      const [row] = await rowsOf(customerId);
      expect(row.sent_at).toBeNull();
      gaps.push(new Date(row.next_attempt_at).getTime() - before);
      faults.reset();
      await makeDue(customerId);
    }
    expect(gaps[0]).toBeGreaterThanOrEqual(900);
    expect(gaps[1]).toBeGreaterThanOrEqual(6_500);
    expect(gaps[2]).toBeGreaterThan(gaps[0]);
    expect(await outbox.send(100, [customerId])).toMatchObject({ sent: 1 });
    const [row] = await rowsOf(customerId);
    expect(row.attempts).toBe(4);
    const posts = meterPosts(row.identifier);
    expect(posts.length).toBeGreaterThanOrEqual(3);
    expect(new Set(posts.map((post) => post.idempotencyKey))).toEqual(new Set([row.identifier]));
    expect(await meterTotal(stripeCustomerId, hourStart)).toBe(3);
  });

  it("moves a permanent 400 to the dead letter with Stripe's reason and never sends it again", async () => {
    const { customerId } = await overage([8], 24 * 40);
    await outbox.aggregate(new Date(), [customerId]);
    expect(await outbox.send(100, [customerId])).toMatchObject({ dead: 1 });
    const [row] = await rowsOf(customerId);
    expect(row.dead_at).not.toBeNull();
    expect(row.last_error).toMatch(/^400 /);
    await makeDue(customerId);
    await outbox.send(100, [customerId]);
    expect(meterPosts(row.identifier)).toHaveLength(1);
  });
});
