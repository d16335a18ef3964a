import { readFileSync } from 'node:fs';
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorEnvelopeProblems } from '../conformance/api-errors.js';
import { shapeDifferences } from '../conformance/shape-compare.js';
import { payCheckout, seedCatalog, startHarness, waitFor, WEBHOOK_SECRET, WebhookReceiver, type Harness } from '../test-harness.js';

const fixtures = (
  JSON.parse(readFileSync(new URL('../conformance/fixtures3.subset.json', import.meta.url), 'utf8')) as {
    resources: Record<string, unknown>;
  }
).resources;

/** The fixture's polymorphic event object and its expanded-only line items, as in conformance.test.ts. */
const ALLOWED = new Set(['$.line_items', '$.data.object', '$.data.previous_attributes']);
const HOUR = 3600;

describe('abandoned Checkout sessions expire at expires_at', () => {
  let h: Harness;
  let receiver: WebhookReceiver;
  let base: Stripe.Price;
  /** The emulator's wall clock, moved by the wall-clock test. */
  let wallMs = Date.now();
  beforeAll(async () => {
    receiver = await new WebhookReceiver().start();
    h = await startHarness({
      webhookEndpoints: [{ url: receiver.url, secret: WEBHOOK_SECRET }],
      now: () => wallMs,
      checkoutExpiryCheckMs: 20,
    });
    ({ base } = await seedCatalog(h.stripe));
  });
  afterAll(async () => {
    await h.close();
    await receiver.close();
  });

  async function clockedCustomer(): Promise<{ clock: Stripe.TestHelpers.TestClock; customer: Stripe.Customer }> {
    const clock = await h.stripe.testHelpers.testClocks.create({ frozen_time: Math.floor(wallMs / 1000) });
    const customer = await h.stripe.customers.create({ email: 'abandons@example.com', test_clock: clock.id });
    return { clock, customer };
  }

  function session(customer: string | undefined, expiresAt?: number): Promise<Stripe.Checkout.Session> {
    return h.stripe.checkout.sessions.create({
      mode: 'subscription',
      customer,
      line_items: [{ price: base.id, quantity: 1 }],
      success_url: 'http://app.test/ok',
      ...(expiresAt === undefined ? {} : { expires_at: expiresAt }),
    });
  }

  it('expires a session on a test clock when the clock passes expires_at (24 h by default, or as chosen), sending checkout.session.expired', async () => {
    const { clock, customer } = await clockedCustomer();
    const start = clock.frozen_time;
    const byDefault = await session(customer.id);
    const chosen = await session(customer.id, start + 2 * HOUR);
    expect(byDefault.expires_at).toBe(start + 24 * HOUR);
    expect(chosen.expires_at).toBe(start + 2 * HOUR);

    await h.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: start + 2 * HOUR - 1 });
    expect((await h.stripe.checkout.sessions.retrieve(chosen.id)).status).toBe('open');
    await h.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: start + 2 * HOUR });
    const expired = await h.stripe.checkout.sessions.retrieve(chosen.id);
    expect(expired).toMatchObject({ status: 'expired', payment_status: 'unpaid', url: null });
    expect((await h.stripe.checkout.sessions.retrieve(byDefault.id)).status).toBe('open');

    await h.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: start + 30 * HOUR });
    expect((await h.stripe.checkout.sessions.retrieve(byDefault.id)).status).toBe('expired');
    const events = await h.stripe.events.list({ type: 'checkout.session.expired', limit: 10 });
    const mine = events.data.filter((e) => [chosen.id, byDefault.id].includes((e.data.object as Stripe.Checkout.Session).id));
    // Newest first; each event is stamped with the clock's time at its session's expiry.
    expect(mine.map((e) => [(e.data.object as Stripe.Checkout.Session).id, e.created])).toEqual([
      [byDefault.id, start + 24 * HOUR],
      [chosen.id, start + 2 * HOUR],
    ]);
    await waitFor(() => receiver.deliveries.filter((d) => d.event.type === 'checkout.session.expired').length >= 2);
  });

  it('refuses to take payment on an expired session and to expire it twice', async () => {
    const { clock, customer } = await clockedCustomer();
    const open = await session(customer.id, clock.frozen_time + HOUR);
    await h.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: clock.frozen_time + HOUR });
    const page = await payCheckout(`${h.emulator.url}/checkout/${open.id}`, '4242424242424242');
    expect(await page.text()).toContain('This session is expired.');
    expect((await h.stripe.checkout.sessions.retrieve(open.id)).status).toBe('expired');
    await expect(h.stripe.checkout.sessions.expire(open.id)).rejects.toThrow('Only open sessions can be expired');
  });

  it('expires sessions of customers without a clock on the wall clock, and leaves clocked ones to their clock', async () => {
    const { customer: clocked } = await clockedCustomer();
    const wall = await h.stripe.customers.create({ email: 'wall@example.com' });
    const onWall = await session(wall.id);
    const onClock = await session(clocked.id);
    const guest = await session(undefined);
    wallMs += 24 * HOUR * 1000;
    await waitFor(async () => (await h.stripe.checkout.sessions.retrieve(onWall.id)).status === 'expired');
    expect((await h.stripe.checkout.sessions.retrieve(guest.id)).status).toBe('expired');
    expect((await h.stripe.checkout.sessions.retrieve(onClock.id)).status).toBe('open');
  });

  it('refuses an expires_at under 30 minutes or over 24 hours after creation with Stripe error envelopes', async () => {
    const { clock, customer } = await clockedCustomer();
    for (const [at, message] of [
      [clock.frozen_time + 29 * 60, 'The `expires_at` timestamp must be at least 30 minutes from Checkout Session creation.'],
      [clock.frozen_time + 24 * HOUR + 1, 'The `expires_at` timestamp must be less than 24 hours from Checkout Session creation.'],
    ] as const) {
      const response = await fetch(`${h.emulator.url}/v1/checkout/sessions`, {
        method: 'POST',
        headers: { authorization: 'Bearer sk_test_expiry', 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          mode: 'subscription',
          customer: customer.id,
          'line_items[0][price]': base.id,
          'line_items[0][quantity]': '1',
          success_url: 'http://app.test/ok',
          expires_at: String(at),
        }).toString(),
      });
      const body = (await response.json()) as { error: Record<string, unknown> };
      expect(response.status).toBe(400);
      expect(body.error).toMatchObject({ type: 'invalid_request_error', param: 'expires_at', message });
      expect(errorEnvelopeProblems(body)).toEqual([]);
    }
  });

  it("gives the expired session and its event the fields of Stripe's fixtures", async () => {
    const { clock, customer } = await clockedCustomer();
    const open = await session(customer.id, clock.frozen_time + HOUR);
    await h.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: clock.frozen_time + HOUR });
    const expired = await h.stripe.checkout.sessions.retrieve(open.id);
    expect(shapeDifferences(fixtures['checkout.session'], expired, '$', ALLOWED)).toEqual([]);
    const event = (await h.stripe.events.list({ type: 'checkout.session.expired', limit: 1 })).data[0];
    expect((event.data.object as Stripe.Checkout.Session).id).toBe(open.id);
    expect(shapeDifferences(fixtures.event, event, '$', ALLOWED)).toEqual([]);
    expect(shapeDifferences(fixtures['checkout.session'], event.data.object, '$', ALLOWED)).toEqual([]);
  });
});
