import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advanceCustomerClock, triggerEvent } from '../../server/src/billing/index.js';
import { Subscription } from '../../server/src/domain/subscriptions/subscription.entity.js';
import { ConfigError, loadConfig } from '../../server/src/platform/config/index.js';
import { graphql } from '../generated/index.js';
import { uniqueEmail } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { emulatorOf, payCheckout, settle } from './billing-helpers.js';

const SignUp = graphql(`mutation SignUpOnClock($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }`);
const DAY = 86_400;

let app: TestApp;
let stripe: Stripe;
beforeAll(async () => {
  app = await startTestApp({ STRIPE_TEST_CLOCKS: 'per_customer' });
  stripe = app.services.billing.gateway.stripe;
});
afterAll(async () => {
  await app?.close();
});

async function paidSignUp(email: string): Promise<string> {
  const response = await app.client.request(SignUp, { input: { company: 'Clock Co', email, plan: 'starter' } });
  expect(response.errors).toEqual([]);
  expect(await payCheckout(response.data?.signUp.checkoutUrl ?? '')).toBe(303);
  await settle(app);
  return response.data?.signUp.accountId ?? '';
}

async function subscriptionOf(customerId: string): Promise<Subscription> {
  return app.services.orm.em
    .fork()
    .findOneOrFail(Subscription, { customer: customerId }, { orderBy: { createdAt: 'desc' }, populate: ['customer'] });
}

describe('test clocks for rehearsals', () => {
  it('put each new Stripe customer on its own clock, which stripe:advance moves through a renewal with its webhooks in order', async () => {
    const email = uniqueEmail('clock');
    const customerId = await paidSignUp(email);
    const before = await subscriptionOf(customerId);
    const remote = await stripe.customers.retrieve(before.customer.getEntity().stripeCustomerId ?? '');
    expect(remote.deleted).toBeUndefined();
    const clockId = 'test_clock' in remote ? remote.test_clock : null;
    expect(clockId).toMatch(/^clock_/);

    // The period is a calendar month (at most 31 days); the renewal is charged an hour after it ends.
    const moved = await advanceCustomerClock(stripe, email, '+32d');
    expect(moved.to - moved.from).toBe(32 * DAY);
    const types = moved.events.map((event) => event.type);
    expect(types).toContain('invoice.paid');
    expect(types.indexOf('invoice.created')).toBeLessThan(types.indexOf('invoice.paid'));
    await settle(app);
    const renewed = await subscriptionOf(customerId);
    expect(renewed.currentPeriodStart.getTime()).toBe(before.currentPeriodEnd.getTime());
    const cycle = await stripe.invoices.list({ customer: remote.id, limit: 100 });
    expect(cycle.data.filter((invoice) => invoice.billing_reason === 'subscription_cycle').map((invoice) => invoice.total)).toEqual([2900]);
  });

  it('npm run stripe:advance finds the customer by its Carlo id and prints the events; it refuses a time in the past', async () => {
    const customerId = await paidSignUp(uniqueEmail('cli'));
    const env = { ...process.env, NODE_ENV: 'test', STRIPE_SECRET_KEY: '', STRIPE_EMULATOR_PORT: String(emulatorOf(app).port) };
    const run = promisify(execFile);
    const cli = ['--import', 'tsx', 'server/src/app/cli/stripe-advance.cli.ts', '--customer', customerId];
    const { stdout } = await run(process.execPath, [...cli, '--to', '+2d'], { env });
    expect(stdout).toMatch(/^stripe:advance: cus_\w+ on clock_\w+ moved from \S+ to \S+\n/);
    const refused = run(process.execPath, [...cli, '--to', '2020-01-01'], { env });
    await expect(refused).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/test clocks only move forward/) });
    // Two CLI processes start here (tsx compiles each), which takes far longer on a loaded machine.
  }, 120_000);

  it('stripe:trigger fails a renewal with a card that fails off-session, then cancels the subscription', async () => {
    const customerId = await paidSignUp(uniqueEmail('trigger'));
    const failed = await triggerEvent(stripe, 'invoice.payment_failed', customerId);
    expect('events' in failed && failed.events.map((event) => event.type)).toContain('invoice.payment_failed');
    await settle(app);
    expect((await subscriptionOf(customerId)).status).toBe('past_due');

    await triggerEvent(stripe, 'customer.subscription.deleted', customerId);
    await settle(app);
    expect((await subscriptionOf(customerId)).status).toBe('canceled');
    await expect(triggerEvent(stripe, 'invoice.paid', customerId)).rejects.toThrow(/has no live subscription/);
  });

  it('are on by default in development only, and production refuses them', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).STRIPE_TEST_CLOCKS).toBe('per_customer');
    expect(loadConfig({ NODE_ENV: 'test' }).STRIPE_TEST_CLOCKS).toBe('off');
    const production = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgresql://carlo@127.0.0.1/carlo',
      API_KEY_PEPPER: 'p'.repeat(32),
      SESSION_SECRET: 's'.repeat(32),
      STRIPE_SECRET_KEY: 'sk_live_0123456789abcdef',
      STRIPE_WEBHOOK_SECRET: 'whsec_0123456789abcdef',
      STRIPE_TEST_CLOCKS: 'per_customer',
    };
    expect(() => loadConfig(production)).toThrow(ConfigError);
  });
});
