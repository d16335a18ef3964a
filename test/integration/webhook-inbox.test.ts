import { randomUUID } from 'node:crypto';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProxy } from '../support/tcp-proxy.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const OLD_SECRET = `whsec_${'o'.repeat(32)}`;

let app: TestApp;
let secret: string;
beforeAll(async () => {
  app = await startTestApp({ STRIPE_WEBHOOK_SECRETS_PREVIOUS: OLD_SECRET });
  secret = app.services.secrets.stripeWebhookSecret;
});
afterAll(async () => {
  await app?.close();
});

function fakeEvent(type = 'test_helpers.carlo_unknown', padding = ''): string {
  const id = `evt_test_${randomUUID().replaceAll('-', '')}`;
  return JSON.stringify({
    id,
    object: 'event',
    api_version: '2026-07-29.dahlia',
    type,
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    data: { object: { id: `obj_${id}`, object: 'thing', padding } },
  });
}

function sign(payload: string, options: { secret?: string; timestamp?: number; scheme?: string } = {}): string {
  return Stripe.webhooks.generateTestHeaderString({
    payload,
    secret: options.secret ?? secret,
    timestamp: options.timestamp,
    scheme: options.scheme,
  });
}

async function post(target: TestApp, body: string, signature?: string): Promise<number> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (signature !== undefined) headers['stripe-signature'] = signature;
  const response = await fetch(`${target.url}/webhooks/stripe`, { method: 'POST', headers, body });
  await response.arrayBuffer();
  return response.status;
}

async function stored(id: string): Promise<{ status: string; attempts: number }[]> {
  return app.services.orm.em.getConnection().execute('select status, attempts from stripe_event where id = ?', [id]);
}

const idOf = (payload: string): string => (JSON.parse(payload) as { id: string }).id;

describe('POST /webhooks/stripe refuses what Stripe did not sign, and writes nothing', () => {
  const now = () => Math.floor(Date.now() / 1000);
  const cases: [string, () => { body: string; header?: string }][] = [
    ['no signature', () => ({ body: fakeEvent() })],
    [
      'the wrong secret',
      () => {
        const body = fakeEvent();
        return { body, header: sign(body, { secret: 'whsec_not_ours_at_all_000000' }) };
      },
    ],
    [
      'a body re-serialised after signing',
      () => {
        const original = fakeEvent();
        return { body: JSON.stringify(JSON.parse(original), null, 2), header: sign(original) };
      },
    ],
    [
      'a timestamp 301 s old',
      () => {
        const body = fakeEvent();
        return { body, header: sign(body, { timestamp: now() - 301 }) };
      },
    ],
    [
      'a timestamp 10 minutes ahead',
      () => {
        const body = fakeEvent();
        return { body, header: sign(body, { timestamp: now() + 600 }) };
      },
    ],
    [
      'only a v0 signature',
      () => {
        const body = fakeEvent();
        return { body, header: sign(body, { scheme: 'v0' }) };
      },
    ],
    ['a garbage header', () => ({ body: fakeEvent(), header: 'nonsense' })],
  ];
  for (const [name, make] of cases) {
    it(`refuses ${name} with 400`, async () => {
      const { body, header } = make();
      expect(await post(app, body, header)).toBe(400);
      expect(await stored(idOf(body))).toEqual([]);
    });
  }

  it('refuses a 2 MB body with 413 before reading it whole', async () => {
    const body = fakeEvent('test_helpers.carlo_unknown', 'x'.repeat(2 * 1024 * 1024));
    expect(await post(app, body, sign(body))).toBe(413);
    expect(await stored(idOf(body))).toEqual([]);
  });
});

describe('POST /webhooks/stripe stores each event once', () => {
  it('acknowledges a signed event, and a replay within tolerance changes nothing', async () => {
    const body = fakeEvent();
    const header = sign(body);
    expect(await post(app, body, header)).toBe(200);
    await app.services.billing.worker.drain();
    const first = await stored(idOf(body));
    expect(first).toEqual([{ status: 'ignored', attempts: 1 }]);
    expect(await post(app, body, header)).toBe(200);
    await app.services.billing.worker.drain();
    expect(await stored(idOf(body))).toEqual(first);
  });

  it('accepts the previous secret during a rotation and a header carrying several v1 signatures', async () => {
    const body = fakeEvent();
    expect(await post(app, body, sign(body, { secret: OLD_SECRET }))).toBe(200);
    const second = fakeEvent();
    const t = Math.floor(Date.now() / 1000);
    const wrong = sign(second, { secret: 'whsec_unrelated_secret_000000', timestamp: t }).split(',')[1];
    expect(await post(app, second, `${sign(second, { timestamp: t })},${wrong}`)).toBe(200);
    expect(await stored(idOf(body))).toHaveLength(1);
    expect(await stored(idOf(second))).toHaveLength(1);
  });
});

describe('a webhook while the database is down', () => {
  it('gets a non-2xx (so Stripe retries) and is stored once the database is back', async () => {
    const proxy = await startProxy(new URL(app.database.url));
    const second = await startTestApp({ DATABASE_URL: proxy.url, DATABASE_POOL_MAX: '2', STRIPE_WEBHOOK_SECRET: secret });
    try {
      const body = fakeEvent();
      proxy.cut();
      const status = await post(second, body, sign(body));
      expect(status).toBeGreaterThanOrEqual(500);
      expect(await stored(idOf(body))).toEqual([]);
      proxy.restore();
      const deadline = Date.now() + 15_000;
      let retried = 0;
      while (retried !== 200 && Date.now() < deadline) retried = await post(second, body, sign(body));
      expect(retried).toBe(200);
      expect(await stored(idOf(body))).toHaveLength(1);
    } finally {
      await second.close().catch(() => undefined);
      await proxy.close();
    }
  });
});
