import { randomUUID } from 'node:crypto';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { customerWithKey, uniqueEmail } from '../support/factories.js';
import { Probe } from '../support/probe.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { payCheckout, settle, until } from './billing-helpers.js';
import { NO_THROTTLE, setOverrides } from './credits-helpers.js';
import { referenceModel } from './simulation-fixtures.js';
import { type Envelope, endpointFor, verified } from './webhook-event-helpers.js';
import { WebhookReceiver } from './webhook-receiver.js';

const Revoke = graphql(`mutation EventsRevokeKey($id: ID!) { revokeApiKey(id: $id) { id status } }`);
const SignUp = graphql(`mutation EventsSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }`);
const Start = graphql(`mutation EventsStartSimulation($input: SimulationInput!) { startSimulation(input: $input) { id } }`);

let app: TestApp;
const receiver = new WebhookReceiver();
beforeAll(async () => {
  // The worker runs simulation jobs in this process; webhook deliveries are swept by every process.
  app = await startTestApp({ RUN_WORKER: 'true' });
  await receiver.listen();
});
afterAll(async () => {
  await app?.close();
  await receiver.close();
});

const endpoint = (customerId: string, eventTypes: string[]) => endpointFor(app, receiver, customerId, eventTypes);

/** Posts a Stripe event to our Stripe webhook route, signed as Stripe would. */
async function deliverStripe(body: string): Promise<number> {
  const header = Stripe.webhooks.generateTestHeaderString({ payload: body, secret: app.services.secrets.stripeWebhookSecret });
  const response = await fetch(`${app.url}/webhooks/stripe`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'stripe-signature': header },
    body,
  });
  await response.arrayBuffer();
  return response.status;
}

async function account(eventTypes: string[]) {
  const { customer, key, keyId } = await customerWithKey(app);
  const { path, secret } = await endpoint(customer.id, eventTypes);
  return { path, key, keyId, customerId: customer.id, secret };
}

describe('event producers', () => {
  it('sends key.revoked once, signed, however often the key is revoked', async () => {
    const { path, key, keyId, customerId, secret } = await account(['key.revoked']);
    const first = await app.client.request(Revoke, { id: keyId }, { key });
    expect(first.errors).toEqual([]);
    // The revoked key cannot call again, so the repeat of the cause goes through the service.
    await app.services.apiKeys.revoke(app.services.orm.em.fork(), customerId, keyId);
    const hooks = await until(
      async () => receiver.at(path),
      (received) => received.length > 0,
      'the key.revoked event',
      30_000,
    );
    const event = verified(hooks[0], secret);
    expect(event.type).toBe('key.revoked');
    expect(event.data).toMatchObject({ keyId });
    expect(typeof event.data.revokedAt).toBe('string');
    const events = await app.services.orm.em
      .fork()
      .execute<{ id: string }[]>('select id from notification_event where cause_key = ?', [`key.revoked:${keyId}`]);
    expect(events.map((row) => row.id)).toEqual([event.id]);
  });

  it('sends key.expiring once per expiry date within 7 days of it, and again when the date moves', async () => {
    const { path, keyId, secret } = await account(['key.expiring']);
    const em = app.services.orm.em.fork();
    const setExpiry = (days: number) =>
      em.execute('update api_key set expires_at = ? where id = ?', [new Date(Date.now() + days * 86_400_000 + 60_000), keyId]);
    await setExpiry(30);
    await app.services.keyExpiry.scan();
    await setExpiry(3);
    await app.services.keyExpiry.scan();
    await app.services.keyExpiry.scan();
    const first = await until(
      async () => receiver.at(path),
      (received) => received.length > 0,
      'the key.expiring event',
      30_000,
    );
    const event = verified(first[0], secret);
    expect(event.type).toBe('key.expiring');
    expect(event.data).toMatchObject({ keyId, daysLeft: 3 });
    await setExpiry(5);
    await app.services.keyExpiry.scan();
    const both = await until(
      async () => receiver.at(path),
      (received) => received.length > 1,
      'the event for the new date',
      30_000,
    );
    expect(both.map((hook) => verified(hook, secret).data.daysLeft)).toEqual([3, 5]);
    const events = await em.execute<{ id: string }[]>('select id from notification_event where cause_key like ?', [
      `key.expiring:${keyId}:%`,
    ]);
    expect(events).toHaveLength(2);
  });

  it('sends simulation.completed with the run and its credits when a job succeeds', async () => {
    const { path, key, secret } = await account(['simulation.completed', 'simulation.failed']);
    const started = await app.client.request(Start, { input: referenceModel(20_000, 5) }, { key });
    expect(started.errors).toEqual([]);
    const jobId = started.data?.startSimulation.id ?? '';
    const hooks = await until(
      async () => receiver.at(path),
      (received) => received.length > 0,
      'the simulation.completed event',
      60_000,
    );
    const event = verified(hooks[0], secret);
    expect(event.type).toBe('simulation.completed');
    expect(event.data).toMatchObject({ jobId, iterations: 20_000 });
    expect(event.data.credits).toBeGreaterThan(0);
  });

  it('sends invoice.created, invoice.paid and subscription.updated once per cause, also when Stripe replays the event', async () => {
    const signUp = await app.client.request(SignUp, {
      input: { company: `Events ${randomUUID().slice(0, 4)}`, email: uniqueEmail('events'), plan: 'pro' },
    });
    expect(signUp.errors).toEqual([]);
    const customerId = signUp.data?.signUp.accountId ?? '';
    const { path, secret } = await endpoint(customerId, ['invoice.created', 'invoice.paid', 'subscription.updated']);
    await payCheckout(signUp.data?.signUp.checkoutUrl ?? '');
    await settle(app);
    const hooks = await until(
      async () => receiver.at(path).map((hook) => verified(hook, secret)),
      (events) => events.some((event) => event.type === 'invoice.paid') && events.some((event) => event.type === 'subscription.updated'),
      'the invoice.paid and subscription.updated events',
      30_000,
    );
    const paid = hooks.find((event) => event.type === 'invoice.paid');
    const invoiceId = String(paid?.data.invoiceId);
    expect(paid?.data).toMatchObject({ invoiceId, currency: expect.any(String), amountPaidCents: expect.any(Number) });
    expect(hooks.find((event) => event.type === 'invoice.created')?.data).toMatchObject({ invoiceId });
    // Paying the sign-up's checkout moves the subscription signUp wrote from incomplete to active.
    expect(hooks.filter((event) => event.type === 'subscription.updated').map((event) => event.data)).toEqual([
      expect.objectContaining({ plan: 'pro', status: 'active', previousPlan: 'pro', previousStatus: 'incomplete' }),
    ]);

    // Stripe delivers an event again (same id) or sends another event for the same payment (new id).
    const stripe = app.services.billing.gateway.stripe;
    const original = (await stripe.events.list({ type: 'invoice.paid', limit: 100 })).data.find(
      (event) => (event.data.object as { id?: string }).id === invoiceId,
    );
    expect(original).toBeDefined();
    const body = JSON.stringify(original);
    expect(await deliverStripe(body)).toBe(200);
    expect(await deliverStripe(JSON.stringify({ ...original, id: `evt_replay_${randomUUID()}` }))).toBe(200);
    await settle(app);
    const events = await app.services.orm.em
      .fork()
      .execute<{ id: string }[]>(`select id from notification_event where customer_id = ? and type = 'invoice.paid'`, [customerId]);
    expect(events.map((row) => row.id)).toEqual([paid?.id]);
  });

  it('fires each credits line once per period, also when 40 concurrent calls cross it', async () => {
    const { customer, key } = await customerWithKey(app, { plan: 'free' });
    await setOverrides(app, customer.id, { ...NO_THROTTLE, includedCredits: 100 });
    const { path, secret } = await endpoint(customer.id, ['credits.threshold_reached', 'credits.exhausted']);
    const calls = async (count: number) => {
      const responses = await Promise.all(Array.from({ length: count }, () => app.client.request(Probe, {}, { key })));
      expect(responses.filter((response) => response.status === 200)).toHaveLength(count);
    };
    // 60 of 100 credits crosses 50 %; then 40 at once cross 80 % and 100 % and use the credits up.
    await calls(60);
    await calls(40);
    const wanted = ['credits.exhausted', 'credits.threshold_reached:100', 'credits.threshold_reached:50', 'credits.threshold_reached:80'];
    const label = (event: Envelope) => (event.data.thresholdPercent ? `${event.type}:${event.data.thresholdPercent}` : event.type);
    const received = await until(
      async () => receiver.at(path).map((hook) => verified(hook, secret)),
      (events) => events.length >= wanted.length,
      'the four credits events',
      30_000,
    );
    expect(received.map(label).sort()).toEqual(wanted);
    expect(received.find((event) => event.data.thresholdPercent === 80)?.data).toMatchObject({ includedCredits: 100 });
    const recorded = await app.services.orm.em
      .fork()
      .execute<{ type: string }[]>(`select type from notification_event where customer_id = ? and type like 'credits.%'`, [customer.id]);
    expect(recorded).toHaveLength(wanted.length);
  });
});
