import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { emulatorOf } from './billing-helpers.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  emulatorOf(app).faults.reset();
  await app?.close();
});

async function readiness(): Promise<{ status: string; stripe: string }> {
  return (await (await fetch(`${app.url}/readyz`)).json()) as { status: string; stripe: string };
}

async function metrics(): Promise<string> {
  return (await fetch(`${app.url}/metrics`)).text();
}

describe('the Stripe circuit breaker', () => {
  it('opens while Stripe fails, then refuses at once with UNAVAILABLE; /readyz and /metrics show it', async () => {
    expect(await readiness()).toEqual({ status: 'ready', stripe: 'closed' });
    expect(await metrics()).toContain('carlo_stripe_circuit_open 0');
    emulatorOf(app).faults.failNext(1000, { pathPrefix: '/v1/customers' });
    const gateway = app.services.billing.gateway;
    const codes: string[] = [];
    // Bounded: five failed calls in the window open the breaker; twenty say it never did.
    for (let attempt = 0; attempt < 20 && codes.at(-1) !== 'UNAVAILABLE'; attempt += 1) {
      const error = await gateway
        .call((stripe) => stripe.customers.create({ email: `breaker-${attempt}@example.test` }))
        .then(
          () => null,
          (failure: unknown) => failure as { extensions?: { code?: string }; statusCode?: number },
        );
      codes.push(error?.extensions?.code ?? String(error?.statusCode ?? 'ok'));
    }
    expect(codes.at(-1)).toBe('UNAVAILABLE');
    expect(codes.filter((code) => code === '500').length).toBeGreaterThanOrEqual(5);
    const requestsBefore = emulatorOf(app).requests().length;
    const refused = await gateway
      .call((stripe) => stripe.customers.create({ email: 'breaker-open@example.test' }))
      .then(
        () => null,
        (failure: unknown) => failure as { extensions?: { code?: string } },
      );
    expect(refused?.extensions?.code).toBe('UNAVAILABLE');
    expect(emulatorOf(app).requests().length).toBe(requestsBefore);
    expect(await readiness()).toEqual({ status: 'ready', stripe: 'open' });
    expect(await metrics()).toContain('carlo_stripe_circuit_open 1');
  });
});
