import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { errorCodes } from '../support/graphql-client.js';
import { uniqueEmail } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { payCheckout, settle } from './billing-helpers.js';

const SignUp = graphql(
  `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl subscriptionStatus access apiKey { secret apiKey { id } } } }`,
);
const MeAccess = graphql(`query MeAccess { me { id plan { code } access { level reason } } }`);
const RunSmall = graphql(`mutation RunSmall($input: SimulationInput!) { runSimulation(input: $input) { iterationsRun } }`);

const smallModel = {
  iterations: 1000,
  seed: 1,
  inputs: [{ name: 'a', distribution: { type: 'NORMAL' as const, mean: 0, sd: 1 } }],
  outputs: [{ name: 'y', formula: 'a * 2' }],
};

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

describe('signUp', () => {
  it('activates a free plan at once and returns a key that works', async () => {
    const response = await app.client.request(SignUp, { input: { company: 'Free Co', email: uniqueEmail('free'), plan: 'free' } });
    expect(response.errors).toEqual([]);
    const payload = response.data?.signUp;
    expect(payload).toMatchObject({ checkoutUrl: null, subscriptionStatus: 'active', access: 'FULL' });
    const key = payload?.apiKey.secret ?? '';
    const me = await app.client.request(MeAccess, {}, { key });
    expect(me.data?.me).toMatchObject({ plan: { code: 'free' }, access: { level: 'FULL' } });
    const customer = await app.services.orm.em
      .getConnection()
      .execute<{ stripe_customer_id: string | null }[]>('select stripe_customer_id from customer where id = ?', [payload?.accountId]);
    expect(customer[0].stripe_customer_id).toMatch(/^cus_/);
  });

  it('keeps a paid sign-up in pending_payment until Checkout is paid, then gives the key FULL access', async () => {
    const response = await app.client.request(SignUp, { input: { company: 'Pro Co', email: uniqueEmail('pro'), plan: 'pro' } });
    expect(response.errors).toEqual([]);
    const payload = response.data?.signUp;
    expect(payload).toMatchObject({ subscriptionStatus: 'incomplete', access: 'BILLING_ONLY' });
    expect(payload?.checkoutUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/checkout\/cs_/);
    const key = payload?.apiKey.secret ?? '';

    const pending = await app.client.request(MeAccess, {}, { key });
    expect(pending.data?.me.access).toEqual({ level: 'BILLING_ONLY', reason: 'pending_payment' });
    const refused = await app.client.request(RunSmall, { input: smallModel }, { key });
    expect(errorCodes(refused)).toContain('PAYMENT_REQUIRED');
    expect(refused.status).toBe(402);

    expect(await payCheckout(payload?.checkoutUrl ?? '')).toBe(303);
    await settle(app);

    const me = await app.client.request(MeAccess, {}, { key });
    expect(me.data?.me).toMatchObject({ plan: { code: 'pro' }, access: { level: 'FULL', reason: 'active' } });
    const run = await app.client.request(RunSmall, { input: smallModel }, { key });
    expect(run.errors).toEqual([]);
    expect(run.data?.runSimulation.iterationsRun).toBe(1000);
  });

  it('refuses an unknown plan and a taken e-mail without creating anything', async () => {
    const email = uniqueEmail('dup');
    const unknown = await app.client.request(SignUp, { input: { company: 'X', email, plan: 'platinum' } });
    expect(errorCodes(unknown)).toEqual(['BAD_USER_INPUT']);
    expect((await app.client.request(SignUp, { input: { company: 'X', email, plan: 'free' } })).errors).toEqual([]);
    const again = await app.client.request(SignUp, { input: { company: 'Y', email, plan: 'free' } });
    expect(errorCodes(again)).toEqual(['CONFLICT']);
  });

  it('takes no Stripe ids from a client: an input naming one is refused before anything is created', async () => {
    const email = uniqueEmail('ids');
    const response = await app.client.raw(
      JSON.stringify({
        query: 'mutation ($input: SignUpInput!) { signUp(input: $input) { accountId } }',
        variables: { input: { company: 'Sneaky', email, plan: 'pro', stripeCustomerId: 'cus_someone_else' } },
      }),
    );
    expect(response.status).toBe(400);
    expect(response.data).toBeNull();
    const rows = await app.services.orm.em
      .getConnection()
      .execute<{ n: string }[]>('select count(*) as n from customer where email = ?', [email]);
    expect(rows[0].n).toBe('0');
  });
});
