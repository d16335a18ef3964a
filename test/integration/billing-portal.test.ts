import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Subscription } from '../../server/src/domain/subscriptions/subscription.entity.js';
import { graphql } from '../generated/index.js';
import { uniqueEmail } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { payCheckout, settle } from './billing-helpers.js';

const SignUpForPortal = graphql(
  `mutation SignUpForPortal($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl apiKey { secret } } }`,
);
const PortalSession = graphql(`mutation PortalSession { createBillingPortalSession { url } }`);

let app: TestApp;
let stripe: Stripe;
beforeAll(async () => {
  app = await startTestApp();
  stripe = app.services.billing.gateway.stripe;
});
afterAll(async () => {
  await app?.close();
});

async function post(url: string, form: Record<string, string>): Promise<{ status: number; html: string }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });
  return { status: response.status, html: await response.text() };
}

describe("Stripe's billing portal", () => {
  it('offers no plan switching, so no plan change bypasses Carlo; cards and cancellation stay', async () => {
    const signUp = await app.client.request(SignUpForPortal, {
      input: { company: 'Portal Co', email: uniqueEmail('portal'), plan: 'starter' },
    });
    expect(signUp.errors).toEqual([]);
    expect(await payCheckout(signUp.data?.signUp.checkoutUrl ?? '')).toBe(303);
    await settle(app);
    const key = signUp.data?.signUp.apiKey.secret ?? '';

    const first = await app.client.request(PortalSession, {}, { key });
    expect(first.errors).toEqual([]);
    const url = first.data?.createBillingPortalSession.url ?? '';
    const sessionId = url.split('/').pop() ?? '';
    const html = await (await fetch(url)).text();
    expect(html).not.toContain('Change plan');
    expect(html).toContain('Save card');
    expect(html).toContain('Cancel at period end');

    const row = await app.services.orm.em
      .fork()
      .findOneOrFail(Subscription, { customer: signUp.data?.signUp.accountId ?? '' }, { orderBy: { createdAt: 'desc' } });
    const subscription = await stripe.subscriptions.retrieve(row.stripeSubscriptionId ?? '');
    const basePrice = subscription.items.data.map((item) => item.price.id);
    const pro = (await stripe.prices.list({ lookup_keys: ['carlo_pro_base'], limit: 1 })).data[0];
    const refused = await post(`${url}/change`, { subscription: subscription.id ?? '', price: pro?.id ?? '' });
    expect(refused.status).toBe(403);
    expect(refused.html).toContain('does not allow that change');
    const after = await stripe.subscriptions.retrieve(subscription.id ?? '');
    expect(after.items.data.map((item) => item.price.id)).toEqual(basePrice);

    // One configuration, made once and reused by every later session.
    const second = await app.client.request(PortalSession, {}, { key });
    const configurations = (await stripe.billingPortal.configurations.list({ limit: 100 })).data.filter(
      (config) => config.metadata?.carlo !== undefined,
    );
    expect(configurations).toHaveLength(1);
    expect(configurations[0].features.subscription_update.enabled).toBe(false);
    expect(second.data?.createBillingPortalSession.url).not.toBe(url);
    expect(sessionId).toMatch(/^bps_/);
  });
});
