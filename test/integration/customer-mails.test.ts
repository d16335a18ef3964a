import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemberRole } from '../../server/src/domain/members/member-role.js';
import type { NotificationInput } from '../../server/src/notifications/index.js';
import { graphql } from '../generated/index.js';
import { customerWithKey } from '../support/factories.js';
import { mailTo, signedInMember } from '../support/members.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const Preferences = graphql(`query MailsPreferences { notificationPreferences { category enabled } }`);
const SetPreference = graphql(
  `mutation MailsSetPreference($category: String!, $enabled: Boolean!) {
    setNotificationPreference(category: $category, enabled: $enabled) { category enabled }
  }`,
);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

async function team() {
  const { customer, keyId } = await customerWithKey(app);
  const owner = await signedInMember(app, customer.id, MemberRole.OWNER);
  const billing = await signedInMember(app, customer.id, MemberRole.BILLING);
  const developer = await signedInMember(app, customer.id, MemberRole.DEVELOPER);
  return { customerId: customer.id, keyId, owner, billing, developer };
}

/** Records a cause the way producers do, inside a transaction; answers whether it was new. */
async function emit(input: NotificationInput): Promise<boolean> {
  const recorded = await app.services.orm.em.fork().transactional((em) => app.services.notifications.emit(em, input));
  return recorded !== null;
}

/** The customer mails queued for an address: the outbox is written in the cause's transaction, so this count is final. */
async function queuedTo(email: string): Promise<string[]> {
  const rows = await app.services.orm.em
    .fork()
    .execute<{ subject: string }[]>(`select data->>'subject' as subject from pgboss.job where name like 'mail%' and data->>'to' = ?`, [
      email,
    ]);
  return rows.map((row) => row.subject);
}

describe('customer mail', () => {
  it('mails each money cause once to the owner and billing members, with its numbers and a portal link', async () => {
    const { customerId, owner, billing, developer } = await team();
    const period = `${new Date().toISOString().slice(0, 7)}-01T00:00:00.000Z`;
    const causes: NotificationInput[] = [
      {
        customerId,
        type: 'credits.threshold_reached',
        causeKey: `credits.threshold:${customerId}:${period}:80`,
        data: { thresholdPercent: 80, usedCredits: 8_000, includedCredits: 10_000, periodStart: period },
      },
      { customerId, type: 'credits.exhausted', causeKey: `credits.exhausted:${customerId}:${period}`, data: { periodStart: period } },
      {
        customerId,
        type: 'invoice.payment_failed',
        causeKey: `invoice.payment_failed:in_mails_${customerId}:1`,
        data: {
          invoiceId: `in_mails_${customerId.slice(0, 8)}`,
          amountDueCents: 4_900,
          currency: 'usd',
          attemptCount: 1,
          nextPaymentAttempt: '2026-12-08T10:00:00.000Z',
        },
      },
    ];
    for (const cause of causes) {
      expect(await emit(cause)).toBe(true);
      // A replayed cause (a redelivered Stripe event, a retried job) records and mails nothing.
      expect(await emit(cause)).toBe(false);
    }
    const subjects = [
      'You have used 80 % of your Carlo credits',
      'Your Carlo credits for this period are used up',
      'Payment of $49.00 for Carlo failed',
    ];
    expect((await queuedTo(owner.email)).sort()).toEqual([...subjects].sort());
    expect((await queuedTo(billing.email)).sort()).toEqual([...subjects].sort());
    expect(await queuedTo(developer.email)).toEqual([]);
    const credits = await mailTo(app, billing.email, subjects[0]);
    expect(credits.text).toContain('8,000 of the 10,000 credits');
    expect(credits.text).toContain(`${app.url}/portal/billing`);
    const failed = await mailTo(app, owner.email, subjects[2]);
    expect(failed.text).toContain('We will try again on 2026-12-08.');
    expect(failed.text).toMatch(/Update your card: http:\/\/\S+\/portal\/billing/);
  });

  it('mails an expiring key and a long job to the owner and developers, minus a developer who turned keys off', async () => {
    const { customerId, keyId, owner, billing, developer } = await team();
    const off = await app.client.request(SetPreference, { category: 'keys', enabled: false }, { cookie: developer.cookie });
    expect(off.errors).toEqual([]);
    const read = await app.client.request(Preferences, {}, { cookie: developer.cookie });
    expect(read.data?.notificationPreferences).toEqual([
      { category: 'credits', enabled: true },
      { category: 'payments', enabled: true },
      { category: 'keys', enabled: false },
      { category: 'jobs', enabled: true },
    ]);
    await app.services.orm.em
      .fork()
      .execute('update api_key set expires_at = ? where id = ?', [new Date(Date.now() + 3 * 86_400_000 + 60_000), keyId]);
    await app.services.keyExpiry.scan();
    await app.services.keyExpiry.scan();
    const finishedAt = new Date();
    const job = (runId: string, durationMs: number): NotificationInput => ({
      customerId,
      type: 'simulation.completed',
      causeKey: `simulation.ended:${runId}`,
      data: { jobId: runId, iterations: 1_000_000, credits: 120, durationMs, finishedAt: finishedAt.toISOString() },
    });
    expect(await emit(job(`${customerId}-long`, 95_000))).toBe(true);
    expect(await emit(job(`${customerId}-short`, 2_000))).toBe(true);
    const expiring = await mailTo(app, owner.email, /API key ".*" expires in 3 days/);
    expect(expiring.text).toContain('/portal/keys');
    const done = await mailTo(app, developer.email, /simulation job .*-long is done/);
    expect(done.text).toContain('1,000,000 iterations in 95 s and used 120 credits');
    expect(await queuedTo(owner.email)).toHaveLength(2);
    expect(await queuedTo(developer.email)).toEqual([done.subject]);
    expect(await queuedTo(billing.email)).toEqual([]);
  });

  it('refuses an unknown category on field category, and a member changes only their own switches', async () => {
    const { owner, billing } = await team();
    const wrong = await app.client.request(SetPreference, { category: 'spam', enabled: false }, { cookie: owner.cookie });
    expect(wrong.errors[0]?.extensions?.field).toBe('category');
    expect(wrong.errors[0]?.message).toMatch(/Use one of: credits, payments, keys, jobs/);
    await app.client.request(SetPreference, { category: 'payments', enabled: false }, { cookie: owner.cookie });
    const theirs = await app.client.request(Preferences, {}, { cookie: billing.cookie });
    expect(theirs.data?.notificationPreferences.every((preference) => preference.enabled)).toBe(true);
  });
});
