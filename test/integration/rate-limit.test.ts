import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { errorCodes } from '../support/graphql-client.js';
import { customerWithKey } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { setOverrides, sql } from './credits-helpers.js';

const MeId = graphql(`query MeId { me { id } }`);
const CreateKey = graphql(`mutation LimitedCreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }`);

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ STRIPE_EMULATOR_PORT: '0' });
});

afterAll(async () => {
  await app?.close();
});

describe('rate limits in credits per second', () => {
  it('admits exactly N of 10N concurrent calls on a bucket of N; the rest get 429 with Retry-After and no usage row', async () => {
    const n = 20;
    const { customer, key } = await customerWithKey(app, { plan: 'pro' });
    await setOverrides(app, customer.id, { rateLimitCreditsPerSecond: 1, burstCredits: n });
    // A frozen clock: refill cannot add a token while the calls are counted.
    const frozen = Date.now();
    app.services.monetization.rateLimiter.useClock(() => frozen);
    try {
      const responses = await Promise.all(Array.from({ length: 10 * n }, () => app.client.request(MeId, {}, { key })));
      const passed = responses.filter((response) => response.status === 200);
      const limited = responses.filter((response) => response.status === 429);
      expect(passed).toHaveLength(n);
      expect(limited).toHaveLength(9 * n);
      for (const response of limited) {
        expect(errorCodes(response)).toEqual(['RATE_LIMITED']);
        expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
        expect(response.headers.get('ratelimit-remaining')).toBe('0');
        expect(response.headers.get('ratelimit-limit')).toBe(String(n));
      }
      const limitedIds = limited.map((response) => response.headers.get('x-request-id'));
      // A free call's event may still be in the writer's next batch when its response arrives.
      await app.services.monetization.usageWriter.flushed();
      const [rows] = await sql<{ refused: number; total: number }>(
        app,
        'select count(*) filter (where request_id = any(?::text[]))::int as refused, count(*)::int as total from usage_event where customer_id = ?',
        [`{${limitedIds.join(',')}}`, customer.id],
      );
      expect(rows).toEqual({ refused: 0, total: n });
    } finally {
      app.services.monetization.rateLimiter.useClock(() => Date.now());
    }
  });

  it('shares one bucket between the keys of a customer', async () => {
    const { customer, key } = await customerWithKey(app, { plan: 'pro' });
    const issued = await app.services.apiKeys.create(app.services.orm.em.fork(), customer.id, {
      name: 'second',
      mode: 'live' as never,
      createdBy: 'system',
    });
    await setOverrides(app, customer.id, { rateLimitCreditsPerSecond: 1, burstCredits: 2 });
    const frozen = Date.now();
    app.services.monetization.rateLimiter.useClock(() => frozen);
    try {
      const statuses = [];
      for (const k of [key, issued.secret, key, issued.secret]) statuses.push((await app.client.request(MeId, {}, { key: k })).status);
      expect(statuses).toEqual([200, 200, 429, 429]);
    } finally {
      app.services.monetization.rateLimiter.useClock(() => Date.now());
    }
  });

  it('guards createApiKey by its @rateLimit directive: the 21st call in a minute gets RATE_LIMITED with Retry-After', async () => {
    // createApiKey rather than adminLogin: failed sign-ins also count in the shared login throttle.
    const { customer, key } = await customerWithKey(app, { plan: 'pro' });
    await setOverrides(app, customer.id, { rateLimitCreditsPerSecond: 1_000_000, burstCredits: 1_000_000 });
    const statuses = [];
    for (let i = 0; i < 21; i += 1) {
      const response = await app.client.request(CreateKey, { input: { name: `k${i}` } }, { key });
      statuses.push(response.status);
      if (i === 20) {
        expect(errorCodes(response)).toEqual(['RATE_LIMITED']);
        expect(response.headers.get('retry-after')).toBe('60');
      }
    }
    expect(statuses.slice(0, 20).every((status) => status === 200)).toBe(true);
    expect(statuses[20]).toBe(429);
    const keys = await sql(app, 'select 1 from api_key where customer_id = ?', [customer.id]);
    expect(keys).toHaveLength(21);
  });
});
