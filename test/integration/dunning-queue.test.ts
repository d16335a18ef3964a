import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Invoice } from '../../server/src/billing/stripe/invoice.entity.js';
import { Customer } from '../../server/src/domain/customers/customer.entity.js';
import { AdminRole } from '../../server/src/platform/staff/admin-role.js';
import { graphql } from '../generated/index.js';
import { errorCodes } from '../support/graphql-client.js';
import { type SignedInAdmin, signedInAdmin } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { settle } from './billing-helpers.js';
import { DECLINES_AFTER_ATTACHING, customerOnClock, subscriptionOf } from './customer-on-clock.js';

const Queue = graphql(`
  query DunningQueue {
    dunningQueue {
      subscriptionId customerId company status pastDueSince invoiceId amountDueCents attemptCount nextAttemptAt remainingAttempts
      degradesAt daysToDegradation suspendsAt daysToSuspension graceExtendedUntil customerStatus
    }
  }
`);
const Retry = graphql(
  `mutation DunningRetry($id: ID!, $reason: String!) { dunningRetryNow(subscriptionId: $id, reason: $reason) { message } }`,
);
const Extend = graphql(
  `mutation DunningExtend($id: ID!, $days: Int!, $reason: String!) { dunningExtendGrace(subscriptionId: $id, days: $days, reason: $reason) { message } }`,
);
const Waive = graphql(
  `mutation DunningWaive($id: ID!, $reason: String!) { dunningWaive(subscriptionId: $id, reason: $reason) { message } }`,
);
const Suspend = graphql(
  `mutation DunningSuspend($id: ID!, $reason: String!) { dunningSuspend(subscriptionId: $id, reason: $reason) { message } }`,
);
const Void = graphql(
  `mutation DunningVoid($id: ID!, $reason: String!) { adminVoidInvoice(id: $id, reason: $reason) { id status amountDueCents } }`,
);
const WriteOff = graphql(
  `mutation DunningWriteOff($id: ID!, $reason: String!) { adminMarkInvoiceUncollectible(id: $id, reason: $reason) { id status } }`,
);
const CancelAtEnd = graphql(
  `mutation DunningCancel($customerId: ID!) { adminCancelSubscription(customerId: $customerId, atPeriodEnd: true) { cancelAtPeriodEnd } }`,
);
const Resume = graphql(`mutation DunningResume($customerId: ID!) { adminResumeSubscription(customerId: $customerId) { id } }`);

let app: TestApp;
let stripe: Stripe;
let finance: SignedInAdmin;
let support: SignedInAdmin;
let admin: SignedInAdmin;
beforeAll(async () => {
  app = await startTestApp();
  stripe = app.services.billing.gateway.stripe;
  [finance, support, admin] = await Promise.all([
    signedInAdmin(app, AdminRole.FINANCE),
    signedInAdmin(app, AdminRole.SUPPORT),
    signedInAdmin(app, AdminRole.ADMIN),
  ]);
});
afterAll(async () => {
  app.services.billing.service.customerExtras = () => ({});
  await app?.close();
});

/** A customer whose renewal failed (the 0341 card attaches but every charge declines): past due, with an open invoice. */
const pastDueCustomer = () => customerOnClock(app, DECLINES_AFTER_ATTACHING, true);

async function auditActions(customerId: string): Promise<{ action: string; after: Record<string, unknown> }[]> {
  return app.services.orm.em
    .getConnection()
    .execute('select action, after from audit_log where target_id = ? order by created_at', [customerId]);
}

describe('dunning queue', () => {
  it('lists a past-due subscription with its retry schedule, and finance retries, extends grace and waives, each audited', async () => {
    const { customerId, subscription } = await pastDueCustomer();
    expect(subscription.status).toBe('past_due');

    const queue = await app.client.request(Queue, {}, { cookie: support.cookie });
    expect(queue.errors).toEqual([]);
    const entry = queue.data?.dunningQueue.find((row) => row.subscriptionId === subscription.id);
    expect(entry).toMatchObject({ customerId, status: 'past_due', attemptCount: 1, customerStatus: 'active' });
    expect(entry?.amountDueCents).toBeGreaterThan(0);
    expect(entry?.remainingAttempts).toHaveLength(3);
    expect(entry?.nextAttemptAt).toBe(entry?.remainingAttempts[0]);
    expect(entry?.suspendsAt).toBe(entry?.remainingAttempts[2]);
    const since = new Date(entry?.pastDueSince ?? '').getTime();
    expect(new Date(entry?.degradesAt ?? '').getTime() - since).toBe(7 * 86_400_000);

    expect(
      errorCodes(await app.client.request(Retry, { id: subscription.id, reason: 'Customer asked' }, { cookie: support.cookie })),
    ).toEqual(['FORBIDDEN']);
    const retry = await app.client.request(
      Retry,
      { id: subscription.id, reason: 'Customer says the card works now' },
      { cookie: finance.cookie },
    );
    expect(retry.errors).toEqual([]);
    expect(retry.data?.dunningRetryNow.message).toContain('declined');

    const badDays = await app.client.request(Extend, { id: subscription.id, days: 90, reason: 'Long holiday' }, { cookie: finance.cookie });
    expect(errorCodes(badDays)).toEqual(['BAD_USER_INPUT']);
    const extend = await app.client.request(
      Extend,
      { id: subscription.id, days: 10, reason: 'Waiting for a PO number' },
      { cookie: finance.cookie },
    );
    expect(extend.errors).toEqual([]);
    const extended = (await app.client.request(Queue, {}, { cookie: finance.cookie })).data?.dunningQueue.find(
      (row) => row.subscriptionId === subscription.id,
    );
    expect(new Date(extended?.degradesAt ?? '').getTime() - since).toBe(17 * 86_400_000);
    expect(extended?.graceExtendedUntil).toBe(extended?.degradesAt);

    const waived = await app.client.request(
      Waive,
      { id: subscription.id, reason: 'Goodwill after the outage' },
      { cookie: finance.cookie },
    );
    expect(waived.errors).toEqual([]);
    const invoice = await app.services.orm.em.fork().findOneOrFail(Invoice, { id: entry?.invoiceId ?? '' });
    expect(invoice.status).toBe('void');
    expect((await stripe.invoices.retrieve(invoice.stripeInvoiceId)).status).toBe('void');

    const actions = await auditActions(customerId);
    expect(actions.map((row) => row.action)).toEqual(['dunning.retry', 'dunning.extend_grace', 'dunning.waive']);
    expect(actions[0]?.after).toMatchObject({ paid: false, reason: 'Customer says the card works now' });
    expect(actions[1]?.after).toMatchObject({ days: 10, reason: 'Waiting for a PO number' });
  });

  it('suspends an overdue customer at once, with the reason on the account', async () => {
    const { customerId, subscription } = await pastDueCustomer();
    const suspended = await app.client.request(Suspend, { id: subscription.id, reason: 'Third failed month' }, { cookie: admin.cookie });
    expect(suspended.errors).toEqual([]);
    const customer = await app.services.orm.em.fork().findOneOrFail(Customer, { id: customerId });
    expect(customer).toMatchObject({ status: 'suspended', suspendedReason: 'Unpaid: Third failed month' });
    expect((await auditActions(customerId)).map((row) => row.action)).toEqual(['customer.suspend']);
  });
});

describe('void and write-off of an open invoice', () => {
  it('voids the open invoice of a past-due renewal through Stripe', async () => {
    const { customerId } = await pastDueCustomer();
    const open = await app.services.orm.em.fork().findOneOrFail(Invoice, { customerId, status: 'open' });
    const refused = await app.client.request(Void, { id: open.id, reason: 'Billing error' }, { cookie: support.cookie });
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    const voided = await app.client.request(Void, { id: open.id, reason: 'Billing error on our side' }, { cookie: finance.cookie });
    expect(voided.errors).toEqual([]);
    expect(voided.data?.adminVoidInvoice.status).toBe('void');
    expect((await stripe.invoices.retrieve(open.stripeInvoiceId)).status).toBe('void');
    expect((await auditActions(open.id)).map((row) => row.action)).toEqual(['invoice.void']);
  });

  it('marks the open invoice of a past-due renewal uncollectible through Stripe', async () => {
    const { customerId } = await pastDueCustomer();
    const open = await app.services.orm.em.fork().findOneOrFail(Invoice, { customerId, status: 'open' });
    const written = await app.client.request(WriteOff, { id: open.id, reason: 'Company closed' }, { cookie: finance.cookie });
    expect(written.errors).toEqual([]);
    expect(written.data?.adminMarkInvoiceUncollectible.status).toBe('uncollectible');
    expect((await stripe.invoices.retrieve(open.stripeInvoiceId)).status).toBe('uncollectible');
    expect((await auditActions(open.id)).map((row) => row.action)).toEqual(['invoice.mark_uncollectible']);
  });
});

describe('resume from the console', () => {
  it('takes back a cancellation at the period end through Stripe, audited; support is refused', async () => {
    const { customerId } = await customerOnClock(app, '4242 4242 4242 4242', false);
    expect((await app.client.request(CancelAtEnd, { customerId }, { cookie: admin.cookie })).errors).toEqual([]);
    await settle(app);
    expect((await subscriptionOf(app, customerId)).cancelAtPeriodEnd).toBe(true);
    expect(errorCodes(await app.client.request(Resume, { customerId }, { cookie: support.cookie }))).toEqual(['FORBIDDEN']);
    const resumed = await app.client.request(Resume, { customerId }, { cookie: admin.cookie });
    expect(resumed.errors).toEqual([]);
    await settle(app);
    const row = await subscriptionOf(app, customerId);
    expect(row.cancelAtPeriodEnd).toBe(false);
    expect((await stripe.subscriptions.retrieve(row.stripeSubscriptionId ?? '')).cancel_at_period_end).toBe(false);
    expect((await auditActions(customerId)).map((entry) => entry.action)).toEqual([
      'subscription.cancel_at_period_end',
      'subscription.resume',
    ]);
    const again = await app.client.request(Resume, { customerId }, { cookie: admin.cookie });
    expect(errorCodes(again)).toEqual(['CONFLICT']);
  });
});
