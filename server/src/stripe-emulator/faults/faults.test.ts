import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, WEBHOOK_SECRET, WebhookReceiver, type Harness } from '../test-harness.js';

describe('fault switch', () => {
  let h: Harness;
  let receiver: WebhookReceiver;
  beforeAll(async () => {
    receiver = await new WebhookReceiver().start();
    h = await startHarness({ webhookEndpoints: [{ url: receiver.url, secret: WEBHOOK_SECRET }] });
  });
  afterAll(async () => {
    await h.close();
    await receiver.close();
  });

  it('answers the next N matching requests with 500, then recovers', async () => {
    h.emulator.faults.failNext(2, { pathPrefix: '/v1/customers' });
    const errors = [];
    for (let i = 0; i < 2; i += 1) errors.push(await h.stripe.customers.create({}).catch((e: unknown) => e));
    expect(errors.every((e) => e instanceof Stripe.errors.StripeAPIError && e.statusCode === 500)).toBe(true);
    expect((await h.stripe.customers.create({})).id).toMatch(/^cus_/);
  });

  it('answers 429 with Retry-After, set over HTTP', async () => {
    const set = await fetch(`${h.emulator.url}/_emulator/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'rateLimit', count: 1, retryAfterSeconds: 2 }),
    });
    expect(set.status).toBe(200);
    const res = await fetch(`${h.emulator.url}/v1/customers`, { headers: { authorization: 'Bearer sk_test_x' } });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('2');
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('rate_limit');
  });

  it('hangs requests until reset, without blocking other clients', async () => {
    h.emulator.faults.hangNext(1, { pathPrefix: '/v1/billing/meter_events' });
    const impatient = new Stripe('sk_test_emulator', {
      host: '127.0.0.1',
      port: h.emulator.port,
      protocol: 'http',
      maxNetworkRetries: 0,
      timeout: 200,
    });
    const hung = await impatient.billing.meterEvents
      .create({ event_name: 'x', payload: { stripe_customer_id: 'cus_x', value: '1' } })
      .catch((e: unknown) => e);
    expect(hung).toBeInstanceOf(Stripe.errors.StripeConnectionError);
    expect((await h.stripe.customers.create({})).id).toMatch(/^cus_/);
    h.emulator.faults.reset();
  });

  it('drops webhook deliveries while asked to, then delivers again', async () => {
    h.emulator.faults.dropWebhooks(1);
    const dropped = await h.stripe.products.create({ name: 'dropped' });
    const kept = await h.stripe.products.create({ name: 'kept' });
    await h.emulator.idle();
    const ids = receiver.deliveries.filter((d) => d.event.type === 'product.created').map((d) => d.event.data.object.id);
    expect(ids).toContain(kept.id);
    expect(ids).not.toContain(dropped.id);
  });

  it('logs API requests with path, idempotency key and parameters, in process and over HTTP', async () => {
    await h.stripe.billing.meterEvents.create(
      { event_name: 'logged', payload: { stripe_customer_id: 'cus_log', value: '5' }, identifier: 'log-1' },
      { idempotencyKey: 'meter-log-1' },
    );
    const mine = h.emulator.requests().filter((r) => r.path === '/v1/billing/meter_events' && r.idempotencyKey === 'meter-log-1');
    expect(mine).toEqual([
      expect.objectContaining({
        method: 'POST',
        status: 200,
        params: { event_name: 'logged', payload: { stripe_customer_id: 'cus_log', value: '5' }, identifier: 'log-1' },
      }),
    ]);
    const overHttp = (await (await fetch(`${h.emulator.url}/_emulator/requests`)).json()) as { data: { idempotencyKey: string | null }[] };
    expect(overHttp.data.filter((r) => r.idempotencyKey === 'meter-log-1')).toHaveLength(1);
  });
});
