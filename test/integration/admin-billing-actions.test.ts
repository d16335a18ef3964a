import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminRole } from '../../server/src/platform/staff/admin-role.js';
import { Subscription } from '../../server/src/domain/subscriptions/subscription.entity.js';
import { graphql } from '../generated/index.js';
import { errorCodes } from '../support/graphql-client.js';
import { customerWithKey, type SignedInAdmin, signedInAdmin, uniqueEmail } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { emulatorOf, payCheckout, settle } from './billing-helpers.js';

const SignUp = graphql(
  `mutation AdminActionsSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl apiKey { secret } } }`,
);
const Me = graphql(`query AdminActionsMe { me { plan { code includedCredits maxIterationsSync } access { level reason } } }`);
const Preview = graphql(
  `query AdminActionsPreview($customerId: ID!, $plan: String!) { adminPreviewPlanChange(customerId: $customerId, plan: $plan) { immediate prorationCents includedCreditsChange to { code } } }`,
);
const ChangePlan = graphql(
  `mutation AdminActionsChangePlan($customerId: ID!, $plan: String!) { adminChangePlan(customerId: $customerId, plan: $plan) { immediate prorationCents from { code } to { code } } }`,
);
const UndoPreview = graphql(
  `query AdminActionsUndoPreview($customerId: ID!, $plan: String!) { adminPreviewPlanChange(customerId: $customerId, plan: $plan) { prorationCents nextInvoiceCents releasedPlanCode from { code } to { code } } }`,
);
const Cancel = graphql(
  `mutation AdminActionsCancel($customerId: ID!, $atPeriodEnd: Boolean) { adminCancelSubscription(customerId: $customerId, atPeriodEnd: $atPeriodEnd) { id status } }`,
);
const Retry = graphql(`mutation AdminActionsRetry($id: ID!) { retryOutboxRow(id: $id) { id identifier attempts deadAt sentAt } }`);

let app: TestApp;
let admin: SignedInAdmin;
beforeAll(async () => {
  app = await startTestApp();
  admin = await signedInAdmin(app, AdminRole.ADMIN);
});
afterAll(async () => {
  await app?.close();
});

/** A customer who signed up for `plan` and paid Checkout: a Stripe-backed subscription. */
async function payingCustomer(plan: string): Promise<{ customerId: string; key: string }> {
  const response = await app.client.request(SignUp, { input: { company: 'Admin Actions Co', email: uniqueEmail('admin-actions'), plan } });
  expect(response.errors).toEqual([]);
  expect(await payCheckout(response.data?.signUp.checkoutUrl ?? '')).toBe(303);
  await settle(app);
  return { customerId: response.data?.signUp.accountId ?? '', key: response.data?.signUp.apiKey.secret ?? '' };
}

async function subscriptionOf(customerId: string): Promise<Subscription> {
  return app.services.orm.em
    .fork()
    .findOneOrFail(Subscription, { customer: customerId }, { orderBy: { createdAt: 'desc' }, populate: ['plan'] });
}

async function auditActions(targetId: string): Promise<string[]> {
  const rows = await app.services.orm.em
    .getConnection()
    .execute<{ action: string }[]>('select action from audit_log where target_id = ? order by created_at', [targetId]);
  return rows.map((row) => row.action);
}

describe('admin billing actions', () => {
  it('upgrades a paid customer now with proration: Stripe, our row and the key limits follow, one audit row', async () => {
    const { customerId, key } = await payingCustomer('starter');
    const preview = await app.client.request(Preview, { customerId, plan: 'pro' }, { cookie: admin.cookie });
    expect(preview.data?.adminPreviewPlanChange).toMatchObject({ immediate: true, to: { code: 'pro' }, includedCreditsChange: 125_000 });

    const changed = await app.client.request(ChangePlan, { customerId, plan: 'pro' }, { cookie: admin.cookie });
    expect(changed.errors).toEqual([]);
    expect(changed.data?.adminChangePlan).toMatchObject({ immediate: true, from: { code: 'starter' }, to: { code: 'pro' } });
    expect(changed.data?.adminChangePlan.prorationCents).toBeGreaterThan(0);
    await settle(app);

    const row = await subscriptionOf(customerId);
    expect(row.plan.getEntity().code).toBe('pro');
    const remote = await app.services.billing.gateway.stripe.subscriptions.retrieve(row.stripeSubscriptionId ?? '');
    const proBase = row.plan.getEntity().stripeBasePriceId;
    expect(remote.items.data.map((item) => item.price.id)).toContain(proBase);
    const me = (await app.client.request(Me, {}, { key })).data?.me;
    expect(me?.plan).toMatchObject({ code: 'pro', includedCredits: 150_000 });
    expect(await auditActions(customerId)).toEqual(['subscription.change_plan']);
  });

  it('undoes a scheduled downgrade from the console: the preview names the released plan, Stripe keeps the current plan', async () => {
    const { customerId } = await payingCustomer('pro');
    expect((await app.client.request(ChangePlan, { customerId, plan: 'starter' }, { cookie: admin.cookie })).errors).toEqual([]);
    await settle(app);
    const undoPreview = await app.client.request(UndoPreview, { customerId, plan: 'pro' }, { cookie: admin.cookie });
    expect(undoPreview.data?.adminPreviewPlanChange).toMatchObject({
      releasedPlanCode: 'starter',
      prorationCents: 0,
      nextInvoiceCents: 9900,
      from: { code: 'pro' },
      to: { code: 'pro' },
    });
    const undone = await app.client.request(ChangePlan, { customerId, plan: 'pro' }, { cookie: admin.cookie });
    expect(undone.errors).toEqual([]);
    await settle(app);
    const row = await subscriptionOf(customerId);
    const remote = await app.services.billing.gateway.stripe.subscriptions.retrieve(row.stripeSubscriptionId ?? '');
    expect(remote.items.data.map((item) => item.price.id)).toContain(row.plan.getEntity().stripeBasePriceId);
    expect(remote.metadata.carlo_keep_plan).toBeUndefined();
    expect(await auditActions(customerId)).toEqual(['subscription.change_plan', 'subscription.change_plan']);
  });

  it('cancels a paid subscription now: the key is READ_ONLY once the webhook lands, one audit row', async () => {
    const { customerId, key } = await payingCustomer('starter');
    const canceled = await app.client.request(Cancel, { customerId, atPeriodEnd: false }, { cookie: admin.cookie });
    expect(canceled.errors).toEqual([]);
    await settle(app);
    expect((await subscriptionOf(customerId)).status).toBe('canceled');
    expect((await app.client.request(Me, {}, { key })).data?.me.access).toEqual({ level: 'READ_ONLY', reason: 'canceled' });
    expect(await auditActions(customerId)).toEqual(['subscription.cancel_now']);
    expect(errorCodes(await app.client.request(Cancel, { customerId, atPeriodEnd: false }, { cookie: admin.cookie }))).toEqual([
      'CONFLICT',
    ]);
  });

  it('cancels a paid subscription at the period end by default', async () => {
    const { customerId, key } = await payingCustomer('starter');
    expect((await app.client.request(Cancel, { customerId }, { cookie: admin.cookie })).errors).toEqual([]);
    await settle(app);
    const row = await subscriptionOf(customerId);
    expect({ status: row.status, cancelAtPeriodEnd: row.cancelAtPeriodEnd }).toEqual({ status: 'active', cancelAtPeriodEnd: true });
    expect((await app.client.request(Me, {}, { key })).data?.me.access.level).toBe('FULL');
    expect(await auditActions(customerId)).toEqual(['subscription.cancel_at_period_end']);
  });

  it('switches a Carlo-managed (complimentary) plan directly and at once; such a subscription cancels only now', async () => {
    const { customer, key } = await customerWithKey(app, { plan: 'pro' });
    const changed = await app.client.request(ChangePlan, { customerId: customer.id, plan: 'team' }, { cookie: admin.cookie });
    expect(changed.data?.adminChangePlan).toMatchObject({ immediate: true, prorationCents: 0, to: { code: 'team' } });
    expect((await app.client.request(Me, {}, { key })).data?.me.plan.code).toBe('team');
    expect(errorCodes(await app.client.request(Cancel, { customerId: customer.id }, { cookie: admin.cookie }))).toEqual(['BAD_USER_INPUT']);
    expect(
      (await app.client.request(Cancel, { customerId: customer.id, atPeriodEnd: false }, { cookie: admin.cookie })).data
        ?.adminCancelSubscription.status,
    ).toBe('canceled');
    expect((await app.client.request(Me, {}, { key })).data?.me.access).toEqual({ level: 'READ_ONLY', reason: 'canceled' });
    expect(await auditActions(customer.id)).toEqual(['subscription.change_plan', 'subscription.cancel_now']);
  });

  it('refuses support and finance, and writes no audit row for them', async () => {
    const { customer } = await customerWithKey(app, { plan: 'pro' });
    for (const role of [AdminRole.SUPPORT, AdminRole.FINANCE]) {
      const { cookie } = await signedInAdmin(app, role);
      expect(errorCodes(await app.client.request(ChangePlan, { customerId: customer.id, plan: 'team' }, { cookie }))).toEqual([
        'FORBIDDEN',
      ]);
      expect(errorCodes(await app.client.request(Cancel, { customerId: customer.id, atPeriodEnd: false }, { cookie }))).toEqual([
        'FORBIDDEN',
      ]);
      expect(errorCodes(await app.client.request(Retry, { id: '1' }, { cookie }))).toEqual(['FORBIDDEN']);
    }
    expect((await subscriptionOf(customer.id)).plan.getEntity().code).toBe('pro');
    expect(await auditActions(customer.id)).toEqual([]);
  });
});

describe('outbox retry', () => {
  it('sends a retried dead letter once under the same identifier; an acknowledged row is CONFLICT', async () => {
    const { customer } = await customerWithKey(app, { plan: 'pro' });
    const stripeCustomer = await app.services.billing.gateway.stripe.customers.create({ email: customer.email });
    const connection = app.services.orm.em.getConnection();
    await connection.execute('update customer set stripe_customer_id = ? where id = ?', [stripeCustomer.id, customer.id]);
    const hourStart = new Date(Math.floor((Date.now() - 2 * 3_600_000) / 3_600_000) * 3_600_000);
    const identifier = `carlo-${customer.id}-${hourStart.toISOString().slice(0, 13).replace(/[-T]/g, '')}-0`;
    const [dead] = await connection.execute<{ id: string }[]>(
      `insert into stripe_outbox (identifier, customer_id, stripe_customer_id, event_name, hour_start, event_at, seq, credits, attempts, next_attempt_at, dead_at, last_error, created_at)
       values (?, ?, ?, 'carlo_overage_credits', ?, ?, 0, 17, 3, now(), now(), '400 parameter_invalid: simulated', now()) returning id`,
      [identifier, customer.id, stripeCustomer.id, hourStart, new Date(hourStart.getTime() + 60_000)],
    );
    const id = String(dead.id);
    const posts = () =>
      emulatorOf(app)
        .requests()
        .filter((request) => request.path === '/v1/billing/meter_events' && request.params.identifier === identifier);

    const retried = await app.client.request(Retry, { id }, { cookie: admin.cookie });
    expect(retried.errors).toEqual([]);
    expect(retried.data?.retryOutboxRow).toMatchObject({ identifier, attempts: 0, deadAt: null, sentAt: null });
    expect(errorCodes(await app.client.request(Retry, { id }, { cookie: admin.cookie }))).toEqual(['CONFLICT']);
    await app.services.billing.outbox.send(100, [customer.id]);
    const [row] = await connection.execute<{ sent_at: Date | null; attempts: number }[]>(
      'select sent_at, attempts from stripe_outbox where id = ?',
      [id],
    );
    expect(row.sent_at).not.toBeNull();
    expect(posts().map((post) => post.idempotencyKey)).toEqual([identifier]);

    expect(errorCodes(await app.client.request(Retry, { id }, { cookie: admin.cookie }))).toEqual(['CONFLICT']);
    await app.services.billing.outbox.send(100, [customer.id]);
    expect(posts()).toHaveLength(1);
    expect(await auditActions(id)).toEqual(['outbox.retry']);
    expect(errorCodes(await app.client.request(Retry, { id: '999999999999' }, { cookie: admin.cookie }))).toEqual(['NOT_FOUND']);
  });
});
