import { createHmac } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerWithKey } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { launchBrowser } from './browser.js';

/*
 * The built ESM bundle of @carlo/client inside Chromium: no Node API, fetch and WebCrypto only.
 * The page is served by the API itself, so its calls are same-origin (the API sends no CORS headers).
 */

let app: TestApp;
let browser: Browser;

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

type PageOutcome = {
  mean: number | null;
  charged: number | null;
  requestId: string | null;
  errorName: string;
  errorCode: string;
  timestamp: number;
  badSignature: string;
};

describe('@carlo/client in a browser', () => {
  it('runs a simulation, raises typed errors and verifies a webhook signature with WebCrypto', async () => {
    const { key, customer } = await customerWithKey(app, { plan: 'pro' });
    const bundle = await readFile('client/dist/esm/index.js', 'utf8');
    const now = Math.floor(Date.now() / 1000);
    const body = '{"type":"simulation.succeeded"}';
    const signature = `t=${now},v1=${createHmac('sha256', 'whsec_browser').update(`${now}.${body}`).digest('hex')}`;
    // The bundle is loaded as a blob: module, which the API's CSP (script-src 'self') refuses by design.
    const context = await browser.newContext({ bypassCSP: true });
    try {
      const page = await context.newPage();
      await page.goto(`${app.url}/healthz`);
      const outcome = await page.evaluate(
        async ({ bundle, key, body, signature, origin }): Promise<PageOutcome> => {
          const url = URL.createObjectURL(new Blob([bundle], { type: 'text/javascript' }));
          // Through Function, so that vitest does not rewrite this import() as if it ran in Node.
          const load = new Function('url', 'return import(url)') as (url: string) => Promise<typeof import('@carlo/client')>;
          const sdk = await load(url);
          const carlo = new sdk.Carlo({ apiKey: key, baseUrl: origin });
          const model = {
            iterations: 10_000,
            seed: 3,
            inputs: [{ name: 'x', distribution: { type: 'NORMAL' as const, mean: 10, sd: 1 } }],
            outputs: [{ name: 'y', formula: 'x * 2' }],
          };
          const result = await carlo.simulations.run(model);
          const failure = await new sdk.Carlo({ apiKey: 'mc_live_nope', baseUrl: origin }).account.me().then(
            () => null,
            (error: unknown) => error as InstanceType<typeof sdk.CarloError>,
          );
          const { timestamp } = await sdk.verifyWebhookSignature(body, signature, 'whsec_browser');
          const bad = await sdk
            .verifyWebhookSignature(`${body} `, signature, 'whsec_browser')
            .catch((error: unknown) => (error as Error).name);
          return {
            mean: result.outputs[0].mean,
            charged: result.lastResponse.cost?.charged ?? null,
            requestId: result.lastResponse.requestId,
            errorName: failure?.name ?? 'no error',
            errorCode: failure?.code ?? 'no error',
            timestamp,
            badSignature: String(bad),
          };
        },
        { bundle, key, body, signature, origin: app.url },
      );
      expect(outcome.mean).toBeCloseTo(20, 0);
      expect(outcome).toMatchObject({
        charged: 1,
        errorName: 'AuthenticationError',
        errorCode: 'UNAUTHENTICATED',
        timestamp: now,
        badSignature: 'WebhookSignatureError',
      });
      const [event] = await app.services.orm.em
        .fork()
        .getConnection()
        .execute<{ request_id: string }[]>('select request_id from usage_event where customer_id = ?', [customer.id]);
      expect(event.request_id).toBe(outcome.requestId);
    } finally {
      await context.close();
    }
  });
});
