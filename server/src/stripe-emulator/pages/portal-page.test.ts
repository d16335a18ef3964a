import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY, payCheckout, seedCatalog, startHarness, waitFor, WEBHOOK_SECRET, WebhookReceiver, type Harness } from '../test-harness.js';

const T0 = Date.UTC(2026, 2, 1) / 1000;

describe('billing portal page and trials', () => {
  let h: Harness;
  let receiver: WebhookReceiver;
  beforeAll(async () => {
    receiver = await new WebhookReceiver().start();
    h = await startHarness({ webhookEndpoints: [{ url: receiver.url, secret: WEBHOOK_SECRET }] });
  });
  afterAll(async () => {
    await h.close();
    await receiver.close();
  });

  const post = (url: string, body: Record<string, string>): Promise<Response> =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(body).toString(),
    });

  it('changes plan and cancels at period end through the same operations and events as the API', async () => {
    const { base, pro } = await seedCatalog(h.stripe);
    const customer = await h.stripe.customers.create({ email: 'portal@example.com' });
    const session = await h.stripe.checkout.sessions.create({
      mode: 'subscription',
      customer: customer.id,
      line_items: [{ price: base.id, quantity: 1 }],
      success_url: 'http://app.test/ok',
    });
    await payCheckout(session.url ?? '', '4242424242424242');
    const subId = String((await h.stripe.checkout.sessions.retrieve(session.id)).subscription);
    const portal = await h.stripe.billingPortal.sessions.create({ customer: customer.id, return_url: 'http://app.test/account' });
    const page = await (await fetch(portal.url)).text();
    expect(page).toContain(subId);
    expect(page).toContain('http://app.test/account');

    expect(await (await post(`${portal.url}/change`, { subscription: subId, price: pro.id })).text()).toContain('Plan updated.');
    expect((await h.stripe.subscriptions.retrieve(subId)).items.data[0].price.id).toBe(pro.id);
    await post(`${portal.url}/cancel`, { subscription: subId });
    expect(await h.stripe.subscriptions.retrieve(subId)).toMatchObject({ cancel_at_period_end: true, status: 'active' });
    await waitFor(
      () =>
        receiver.deliveries.filter((d) => d.event.type === 'customer.subscription.updated' && d.event.data.object.id === subId).length >= 2,
    );
  });

  it('sends trial_will_end three days before the trial ends, then bills the first period', async () => {
    const { base } = await seedCatalog(h.stripe);
    const clock = await h.stripe.testHelpers.testClocks.create({ frozen_time: T0 });
    const customer = await h.stripe.customers.create({ test_clock: clock.id });
    await h.stripe.paymentMethods.attach('pm_card_visa', { customer: customer.id });
    const sub = await h.stripe.subscriptions.create({
      customer: customer.id,
      items: [{ price: base.id }],
      trial_period_days: 14,
      default_payment_method: (await h.stripe.customers.listPaymentMethods(customer.id)).data[0].id,
    });
    expect(sub).toMatchObject({ status: 'trialing', trial_end: T0 + 14 * DAY });
    await h.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: T0 + 12 * DAY });
    const notice = await waitFor(() =>
      receiver.deliveries.find((d) => d.event.type === 'customer.subscription.trial_will_end' && d.event.data.object.id === sub.id),
    );
    expect(JSON.parse(notice.body)).toMatchObject({ created: T0 + 11 * DAY });
    await h.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: T0 + 15 * DAY });
    const active = await h.stripe.subscriptions.retrieve(sub.id, { expand: ['latest_invoice'] });
    expect(active).toMatchObject({ status: 'active', latest_invoice: { status: 'paid', amount_paid: 2000 } });
  });
});
