import Stripe from 'stripe';
import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, waitFor, WEBHOOK_SECRET, WebhookReceiver, type Harness } from '../test-harness.js';

describe('webhook delivery', () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const close of cleanup.splice(0)) await close();
  });

  async function setup(configure?: (r: WebhookReceiver) => void): Promise<{ h: Harness; receiver: WebhookReceiver }> {
    const receiver = await new WebhookReceiver().start();
    configure?.(receiver);
    const h = await startHarness({ webhookEndpoints: [{ url: receiver.url, secret: WEBHOOK_SECRET }] });
    cleanup.push(
      () => h.close(),
      () => receiver.close(),
    );
    return { h, receiver };
  }

  it('signs every delivery so stripe.webhooks.constructEvent verifies it with the endpoint secret', async () => {
    const { h, receiver } = await setup();
    const customer = await h.stripe.customers.create({ email: 'sig@example.com' }, { idempotencyKey: 'sig-1' });
    await h.emulator.idle();
    const delivery = receiver.deliveries.find((d) => d.event.type === 'customer.created');
    if (!delivery) throw new Error('no delivery');
    const event = h.stripe.webhooks.constructEvent(delivery.body, delivery.signature, WEBHOOK_SECRET);
    expect(event).toMatchObject({
      type: 'customer.created',
      data: { object: { id: customer.id } },
      request: { idempotency_key: 'sig-1' },
      pending_webhooks: 1,
    });
    expect(() => h.stripe.webhooks.constructEvent(delivery.body, delivery.signature, 'whsec_wrong')).toThrow(
      Stripe.errors.StripeSignatureVerificationError,
    );
    expect((await h.stripe.events.retrieve(event.id)).id).toBe(event.id);
  });

  it('retries a failed delivery until the endpoint answers 2xx, keeping per-endpoint order', async () => {
    const { h, receiver } = await setup((r) => {
      r.respond = (attempt) => (attempt <= 2 ? 500 : 200);
    });
    await h.stripe.customers.create({ email: 'first@example.com' });
    await h.stripe.customers.create({ email: 'second@example.com' });
    await h.emulator.idle();
    expect(receiver.attempts).toBe(4);
    expect(receiver.deliveries.map((d) => (d.event.data.object as { email?: string }).email)).toEqual([
      'first@example.com',
      'second@example.com',
    ]);
  });

  it('gives up after the last retry and idle() still resolves', async () => {
    const { h, receiver } = await setup((r) => {
      r.respond = () => 503;
    });
    await h.stripe.customers.create({});
    await h.emulator.idle();
    expect(receiver.attempts).toBe(4);
    expect(receiver.deliveries).toEqual([]);
  });

  it('delivers to endpoints created over the API with their own whsec_ secret and enabled_events filter', async () => {
    const { h } = await setup();
    const other = await new WebhookReceiver().start();
    cleanup.push(() => other.close());
    const endpoint = await h.stripe.webhookEndpoints.create({ url: other.url, enabled_events: ['product.created'] });
    expect(endpoint.secret).toMatch(/^whsec_/);
    await h.stripe.customers.create({});
    const product = await h.stripe.products.create({ name: 'Filtered' });
    await waitFor(() => other.deliveries.length > 0);
    await h.emulator.idle();
    expect(other.types()).toEqual(['product.created']);
    const first = other.deliveries[0];
    expect(h.stripe.webhooks.constructEvent(first.body, first.signature, endpoint.secret ?? '').data.object).toMatchObject({
      id: product.id,
    });
  });

  it('adds endpoints at run time with addWebhookEndpoint', async () => {
    const { h } = await setup();
    const late = await new WebhookReceiver().start();
    cleanup.push(() => late.close());
    h.emulator.addWebhookEndpoint(late.url, 'whsec_late');
    await h.stripe.customers.create({});
    await h.emulator.idle();
    expect(late.types()).toEqual(['customer.created']);
  });
});
