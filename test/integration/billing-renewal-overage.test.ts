import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Invoice } from '../../server/src/billing/stripe/invoice.entity.js';
import { Plan } from '../../server/src/domain/plans/plan.entity.js';
import { Subscription } from '../../server/src/domain/subscriptions/subscription.entity.js';
import { graphql } from '../generated/index.js';
import { uniqueEmail } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { overageThisHour, payCheckout, settle, until } from './billing-helpers.js';
import { sql } from './credits-helpers.js';

const SignUpPaid = graphql(`mutation SignUpForRenewal($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }`);
const HOUR = 3600;

let app: TestApp;
let stripe: Stripe;
beforeAll(async () => {
  app = await startTestApp();
  stripe = app.services.billing.gateway.stripe;
});
afterAll(async () => {
  app.services.billing.service.customerExtras = () => ({});
  await app?.close();
});

/** A starter customer on its own test clock, paid through Checkout. */
async function clockedStarter(): Promise<{ customerId: string; clock: Stripe.TestHelpers.TestClock }> {
  const clock = await stripe.testHelpers.testClocks.create({ frozen_time: Math.floor(Date.now() / 1000) });
  app.services.billing.service.customerExtras = () => ({ test_clock: clock.id });
  const response = await app.client.request(SignUpPaid, {
    input: { company: 'Last Hour Co', email: uniqueEmail('hour'), plan: 'starter' },
  });
  app.services.billing.service.customerExtras = () => ({});
  expect(response.errors).toEqual([]);
  expect(await payCheckout(response.data?.signUp.checkoutUrl ?? '')).toBe(303);
  await settle(app);
  return { customerId: response.data?.signUp.accountId ?? '', clock };
}

describe('the renewal invoice and the open hour of overage', () => {
  it('flushes the open hour on invoice.created, so the draft renewal bills it when Stripe finalizes it an hour later', async () => {
    const { customerId, clock } = await clockedStarter();
    const em = app.services.orm.em.fork();
    const plan = await em.findOneOrFail(Plan, { code: 'starter' });
    const rate = plan.overageCentsPer1000Credits ?? 0;
    expect(rate).toBeGreaterThan(0);
    const subscription = await em.findOneOrFail(Subscription, { customer: customerId }, { orderBy: { createdAt: 'desc' } });
    await overageThisHour(app, customerId, subscription.currentPeriodStart, [2_000, 1_500, 1_500]);
    const sub = subscription;
    const periodEnd = Math.floor(sub.currentPeriodEnd.getTime() / 1000);
    await stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: periodEnd + 60 });
    await settle(app);
    const sent = await until(
      () =>
        sql<{ credits: number; sent: boolean }>(
          app,
          'select credits, sent_at is not null as sent from stripe_outbox where customer_id = ?',
          [customerId],
        ),
      (rows) => rows.length > 0 && rows.every((row) => row.sent),
      'the flushed overage to reach the meter',
    );
    expect(sent.map((row) => row.credits)).toEqual([5_000]);
    const draft = (await stripe.invoices.list({ subscription: sub.stripeSubscriptionId ?? '', limit: 10 })).data.find(
      (invoice) => invoice.billing_reason === 'subscription_cycle',
    );
    expect(draft).toMatchObject({ status: 'draft', total: plan.priceCents, automatically_finalizes_at: periodEnd + HOUR });

    await stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: periodEnd + 2 * HOUR });
    await settle(app);
    const final = await stripe.invoices.retrieve(draft?.id ?? '');
    const overageCents = (5_000 * rate) / 1_000;
    expect(final).toMatchObject({ status: 'paid', total: plan.priceCents + overageCents, amount_paid: plan.priceCents + overageCents });
    expect(final.lines.data.filter((line) => line.quantity === 5_000).map((line) => line.amount)).toEqual([overageCents]);
    const mirrored = await app.services.orm.em.fork().findOneOrFail(Invoice, { stripeInvoiceId: final.id });
    expect(mirrored).toMatchObject({ status: 'paid', totalCents: plan.priceCents + overageCents });
    // Nothing is left to report for the next period: the hour's overage went out once.
    expect(await app.services.billing.outbox.aggregate(new Date(Date.now() + 2 * HOUR * 1000), [customerId])).toBe(0);
  });
});
