import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { Subscription } from '../../server/src/domain/subscriptions/subscription.entity.js';
import { graphql } from '../generated/index.js';
import { uniqueEmail } from '../support/factories.js';
import type { TestApp } from '../support/test-app.js';
import { payCheckout, settle } from './billing-helpers.js';

const SignUp = graphql(`mutation ClockSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }`);

export const DECLINES_AFTER_ATTACHING = '4000 0000 0000 0341';

export function subscriptionOf(app: TestApp, customerId: string): Promise<Subscription> {
  return app.services.orm.em.fork().findOneOrFail(Subscription, { customer: customerId }, { orderBy: { createdAt: 'desc' } });
}

/**
 * A customer of `plan` (pro unless named) on its own test clock who paid Checkout with `card`; `renew` moves the clock an
 * hour past the first period, so with the 0341 card the renewal fails and the subscription is past due.
 */
export async function customerOnClock(
  app: TestApp,
  card: string,
  renew: boolean,
  company = 'Dunning Co',
  plan = 'pro',
): Promise<{ customerId: string; subscription: Subscription }> {
  const stripe = app.services.billing.gateway.stripe;
  const clock = await stripe.testHelpers.testClocks.create({
    frozen_time: Math.floor(Date.now() / 1000),
    name: `clock-${randomUUID().slice(0, 6)}`,
  });
  app.services.billing.service.customerExtras = () => ({ test_clock: clock.id });
  const response = await app.client.request(SignUp, { input: { company, email: uniqueEmail('clock'), plan } });
  app.services.billing.service.customerExtras = () => ({});
  expect(response.errors).toEqual([]);
  const customerId = response.data?.signUp.accountId ?? '';
  expect(await payCheckout(response.data?.signUp.checkoutUrl ?? '', card)).toBe(303);
  await settle(app);
  if (renew) {
    const first = await subscriptionOf(app, customerId);
    await stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: Math.floor(first.currentPeriodEnd.getTime() / 1000) + 3600 });
    await settle(app);
  }
  return { customerId, subscription: await subscriptionOf(app, customerId) };
}
