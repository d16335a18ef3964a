import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Carlo, ConnectionError, RateLimitedError, type RetryEvent } from '@carlo/client';
import { customerWithKey } from '../support/factories.js';
import { Probe } from '../support/probe.js';
import { startResponseDropProxy, type ResponseDropProxy } from '../support/response-drop-proxy.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { ledgerDisagreements, NO_THROTTLE, setOverrides, sql } from './credits-helpers.js';
import { referenceModel } from './simulation-fixtures.js';

let app: TestApp;
let proxy: ResponseDropProxy;

beforeAll(async () => {
  app = await startTestApp({ STRIPE_EMULATOR_PORT: '0' });
  proxy = await startResponseDropProxy(app.url);
});

afterAll(async () => {
  await proxy?.close();
  await app?.close();
});

describe('retries after rate limits', () => {
  it('gets every call of a 429 storm through, each retry waiting at least what the server asked, each call charged once', async () => {
    const { customer, key } = await customerWithKey(app, { plan: 'pro' });
    await setOverrides(app, customer.id, { rateLimitCreditsPerSecond: 4, burstCredits: 2 });
    const retries: RetryEvent[] = [];
    const carlo = new Carlo({ apiKey: key, baseUrl: app.url, maxRetries: 20, onRetry: (event) => retries.push(event) });
    const calls = 8;
    const results = await Promise.all(Array.from({ length: calls }, () => carlo.graphql(Probe)));

    expect(results).toHaveLength(calls);
    const limited = retries.filter((event) => event.reason === 'rate_limited');
    expect(limited.length).toBeGreaterThanOrEqual(calls - 2);
    expect(retries).toEqual(limited);
    for (const event of limited) {
      expect(event.serverWaitSeconds).toBeGreaterThanOrEqual(1);
      expect(event.delayMs).toBeGreaterThanOrEqual((event.serverWaitSeconds ?? 0) * 1000);
    }
    expect(results.map((result) => result.lastResponse.attempts).reduce((a, b) => a + b, 0)).toBe(calls + retries.length);
    const events = await sql<{ request_id: string; charged_credits: number }>(
      app,
      'select request_id, charged_credits from usage_event where customer_id = ?',
      [customer.id],
    );
    expect(events).toHaveLength(calls);
    expect(new Set(events.map((event) => event.request_id))).toEqual(new Set(results.map((result) => result.lastResponse.requestId)));
    expect(events.every((event) => event.charged_credits === 1)).toBe(true);
  });

  it('stops after maxRetries with RateLimitedError carrying retryAfter, when the bucket never refills', async () => {
    const { customer, key } = await customerWithKey(app, { plan: 'pro' });
    await setOverrides(app, customer.id, { rateLimitCreditsPerSecond: 1, burstCredits: 1 });
    const frozen = Date.now();
    app.services.monetization.rateLimiter.useClock(() => frozen);
    try {
      const retries: RetryEvent[] = [];
      const carlo = new Carlo({ apiKey: key, baseUrl: app.url, maxRetries: 2, onRetry: (event) => retries.push(event) });
      await carlo.account.me();
      const refused = await carlo.account.me().catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(RateLimitedError);
      expect(refused).toMatchObject({
        code: 'RATE_LIMITED',
        status: 429,
        retryAfter: 1,
        response: { attempts: 3, rateLimit: { remaining: 0, limit: 1 } },
      });
      expect(retries.map((event) => event.attempt)).toEqual([1, 2]);
      const noWait = new Carlo({ apiKey: key, baseUrl: app.url, maxRetryWaitMs: 500 });
      await expect(noWait.account.me()).rejects.toMatchObject({ code: 'RATE_LIMITED', response: { attempts: 1 } });
    } finally {
      app.services.monetization.rateLimiter.useClock(() => Date.now());
    }
  });
});

describe('retries after a dropped connection', () => {
  it('retries runSimulation whose response was lost, gets the stored result, and charges it once', async () => {
    const { customer, key } = await customerWithKey(app, { plan: 'pro' });
    await setOverrides(app, customer.id, NO_THROTTLE);
    const retries: RetryEvent[] = [];
    const carlo = new Carlo({ apiKey: key, baseUrl: proxy.url, onRetry: (event) => retries.push(event) });
    const lost = proxy.dropNextResponse();
    const result = await carlo.simulations.run(referenceModel(50_000, 3));
    await lost;

    expect(retries.map((event) => event.reason)).toEqual(['connection']);
    expect(retries[0].idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.lastResponse).toMatchObject({ attempts: 2, replayed: true, cost: { charged: 0, replayed: true } });
    expect(result.iterationsRun).toBe(50_000);
    const events = await sql<{ charged_credits: number }>(app, 'select charged_credits from usage_event where customer_id = ?', [
      customer.id,
    ]);
    expect(events).toEqual([{ charged_credits: 5 }]);
    const runs = await sql<{ id: string }>(app, 'select id from simulation_run where customer_id = ?', [customer.id]);
    expect(runs).toEqual([{ id: result.runId }]);
    expect(await ledgerDisagreements(app, [customer.id])).toEqual([]);
  });

  it('does not retry a call without an Idempotency-Key: ConnectionError, since it may have run', async () => {
    const { customer, key } = await customerWithKey(app, { plan: 'pro' });
    await setOverrides(app, customer.id, NO_THROTTLE);
    const retries: RetryEvent[] = [];
    const carlo = new Carlo({ apiKey: key, baseUrl: proxy.url, onRetry: (event) => retries.push(event) });

    const lostRun = proxy.dropNextResponse();
    await expect(carlo.simulations.run(referenceModel(10_000, 3), { idempotencyKey: false })).rejects.toBeInstanceOf(ConnectionError);
    await lostRun;
    const lostQuery = proxy.dropNextResponse();
    const queryError = await carlo.account.me().catch((error: unknown) => error);
    await lostQuery;
    expect(queryError).toMatchObject({ name: 'ConnectionError', code: 'CONNECTION', status: null });

    expect(retries).toEqual([]);
    // The run did happen and was charged: the caller could not know, which is what the key is for.
    const runs = await sql(app, 'select 1 from simulation_run where customer_id = ?', [customer.id]);
    expect(runs).toHaveLength(1);
  });
});
