import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemberRole } from '../../server/src/domain/members/member-role.js';
import { DunningReminders } from '../../server/src/notifications/index.js';
import { graphql } from '../generated/index.js';
import { signedInMember } from '../support/members.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { sql } from './credits-helpers.js';
import { customerOnClock, DECLINES_AFTER_ATTACHING, subscriptionOf } from './customer-on-clock.js';

const SetPreference = graphql(
  `mutation DunningSetPreference($category: String!, $enabled: Boolean!) {
    setNotificationPreference(category: $category, enabled: $enabled) { category enabled }
  }`,
);

const DAY_MS = 86_400_000;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

/** Subjects of the customer mails queued for an address (the outbox is written in the cause's transaction). */
async function queuedTo(email: string): Promise<string[]> {
  const rows = await sql<{ subject: string }>(
    app,
    `select data->>'subject' as subject from pgboss.job where name like 'mail%' and data->>'to' = ? order by created_on`,
    [email],
  );
  return rows.map((row) => row.subject);
}

/**
 * Runs a scan with its clock set to `now`, as the worker's would run then, and answers how many
 * reminders it recorded for this customer (a shared database holds other files' past-due customers).
 */
async function scanAt(customerId: string, now: Date): Promise<number> {
  const count = async () =>
    (
      await sql<{ n: number }>(
        app,
        `select count(*)::int as n from notification_event where customer_id = ? and type = 'subscription.payment_reminder'`,
        [customerId],
      )
    )[0].n;
  const before = await count();
  const scanner = new DunningReminders({
    orm: app.services.orm,
    logger: app.services.logger,
    emit: (em, input) => app.services.notifications.emit(em, input),
    now: () => now,
  });
  await scanner.scan();
  return (await count()) - before;
}

describe('dunning reminders', () => {
  it('mail the owner and billing members once per stage of a past-due episode, honour preferences, and stop once paid', {
    timeout: 120_000,
  }, async () => {
    // A renewal on a card that attaches and then declines: past due, with Stripe's retries scheduled.
    const { customerId } = await customerOnClock(app, DECLINES_AFTER_ATTACHING, true, 'Reminder Co');
    const subscription = await subscriptionOf(app, customerId);
    expect(subscription.status).toBe('past_due');
    const pastDueSince = subscription.pastDueSince?.getTime() ?? 0;
    expect(pastDueSince).toBeGreaterThan(0);
    const owner = await signedInMember(app, customerId, MemberRole.OWNER);
    const billing = await signedInMember(app, customerId, MemberRole.BILLING);
    const developer = await signedInMember(app, customerId, MemberRole.DEVELOPER);
    const degradesAt = pastDueSince + 7 * DAY_MS;

    // A day in: nothing is due yet.
    expect(await scanAt(customerId, new Date(pastDueSince + DAY_MS))).toBe(0);
    // Three, then one day before the grace ends: one reminder each, sent once however often the scan runs.
    expect(await scanAt(customerId, new Date(degradesAt - 2.5 * DAY_MS))).toBe(1);
    expect(await scanAt(customerId, new Date(degradesAt - 2 * DAY_MS))).toBe(0);
    expect(await scanAt(customerId, new Date(degradesAt - 0.5 * DAY_MS))).toBe(1);
    // Degraded.
    expect(await scanAt(customerId, new Date(degradesAt + 3_600_000))).toBe(1);
    const expected = [
      "Your Carlo keys fall back to the free plan's limits in 3 days",
      "Your Carlo keys fall back to the free plan's limits in 1 day",
      "Your Carlo keys are on the free plan's limits until you pay",
    ];
    expect(await queuedTo(owner.email)).toEqual(expected);
    expect(await queuedTo(billing.email)).toEqual(expected);
    expect(await queuedTo(developer.email)).toEqual([]);

    // The billing member turns payment mail off; the last-retry reminder reaches the owner only.
    const off = await app.client.request(SetPreference, { category: 'payments', enabled: false }, { cookie: billing.cookie });
    expect(off.errors).toEqual([]);
    const [failure] = await sql<{ next: string }>(
      app,
      `select payload->>'nextPaymentAttempt' as next from notification_event where customer_id = ? and type = 'invoice.payment_failed' order by sequence desc limit 1`,
      [customerId],
    );
    // Stripe retries 3, 5 and 7 days apart after the first failure: the last one is 12 days after the next.
    const lastRetry = new Date(failure.next).getTime() + 12 * DAY_MS;
    expect(await scanAt(customerId, new Date(lastRetry - 2 * DAY_MS))).toBe(1);
    const [lastRetryMail] = (await queuedTo(owner.email)).slice(3);
    expect(lastRetryMail).toBe(`Last payment attempt for Carlo on ${new Date(lastRetry).toISOString().slice(0, 10)}`);
    expect(await queuedTo(billing.email)).toHaveLength(3);
    const [event] = await sql<{ payload: Record<string, unknown> }>(
      app,
      `select payload from notification_event where customer_id = ? and type = 'subscription.payment_reminder' and payload->>'stage' = 'suspends_soon'`,
      [customerId],
    );
    expect(event.payload).toMatchObject({ stage: 'suspends_soon', daysLeft: 3, currency: 'usd' });
    expect(event.payload.amountDueCents).toBeGreaterThan(0);

    // Paid: the subscription is active again, and no later scan reminds anyone.
    await sql(app, `update subscription set status = 'active', past_due_since = null where customer_id = ?`, [customerId]);
    expect(await scanAt(customerId, new Date(lastRetry + DAY_MS))).toBe(0);
  });
});
