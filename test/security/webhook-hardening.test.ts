import { randomUUID } from 'node:crypto';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
let secret: string;
beforeAll(async () => {
  app = await startTestApp();
  secret = app.services.secrets.stripeWebhookSecret;
});
afterAll(async () => {
  await app?.close();
});

function event(id = `evt_test_${randomUUID().replaceAll('-', '')}`): string {
  return JSON.stringify({
    id,
    object: 'event',
    api_version: '2026-07-29.dahlia',
    type: 'test_helpers.carlo_unknown',
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    data: { object: { id: `obj_${randomUUID()}`, object: 'thing' } },
  });
}

async function post(body: string, signature: string): Promise<number> {
  const response = await fetch(`${app.url}/webhooks/stripe`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'stripe-signature': signature },
    body,
  });
  await response.arrayBuffer();
  return response.status;
}

async function storedCount(ids: string[]): Promise<number> {
  const rows = await app.services.orm.em
    .fork()
    .getConnection()
    .execute<{ count: string }[]>('select count(*) as count from stripe_event where id = any(?::text[])', [`{${ids.join(',')}}`]);
  return Number(rows[0]?.count ?? 0);
}

const idOf = (payload: string): string => (JSON.parse(payload) as { id: string }).id;

describe('Stripe webhooks', () => {
  it('refuses a Stripe-Signature with two timestamps, even when the last one signs the body', async () => {
    const body = event();
    const future = Math.floor(Date.now() / 1000) + 600;
    const signedForTheFuture = Stripe.webhooks.generateTestHeaderString({ payload: body, secret, timestamp: future });
    const header = `t=${Math.floor(Date.now() / 1000)},${signedForTheFuture}`;
    expect(await post(body, header)).toBe(400);
    expect(await storedCount([idOf(body)])).toBe(0);
  });

  it('stores 25 concurrent good deliveries and answers 400 to the one event no database can hold', async () => {
    const good = Array.from({ length: 25 }, () => event());
    const bad = event(`evt_${'x'.repeat(300)}`);
    const deliveries = [...good, bad];
    const statuses = await Promise.all(
      deliveries.map((body) => post(body, Stripe.webhooks.generateTestHeaderString({ payload: body, secret }))),
    );
    expect(statuses.slice(0, good.length)).toEqual(good.map(() => 200));
    expect(statuses[good.length]).toBe(400);
    expect(await storedCount(good.map(idOf))).toBe(good.length);
  });

  it('answers 400 to an event whose payload holds a NUL character', async () => {
    const body = event().replace('"thing"', '"thi\\u0000ng"');
    expect(await post(body, Stripe.webhooks.generateTestHeaderString({ payload: body, secret }))).toBe(400);
  });
});
