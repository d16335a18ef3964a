import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemberRole } from '../../server/src/domain/members/member-role.js';
import type { MailSink, ReceivedMail } from '../../server/src/platform/mail/mail-sink.js';
import { until } from './billing-helpers.js';
import { customerWithKey, uniqueEmail } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

function sink(): MailSink {
  if (!app.services.mail.sink) throw new Error('this app runs without the development mail sink');
  return app.services.mail.sink;
}

function mailTo(to: string): Promise<ReceivedMail | undefined> {
  return until(
    async () =>
      sink()
        .messages()
        .find((mail) => mail.to.includes(to)),
    (found) => found !== undefined,
    `mail to ${to}`,
    15_000,
  );
}

/** Mail jobs for one address, as the given connection (inside or outside a transaction) sees them. */
async function queuedFor(em: EntityManager, to: string): Promise<number> {
  const rows = await em
    .getConnection()
    .execute<{ n: number }[]>(
      `select count(*)::int as n from pgboss.job where name like 'mail%' and data->>'to' = ?`,
      [to],
      'all',
      em.getTransactionContext(),
    );
  return rows[0]?.n ?? 0;
}

class CrashBeforeCommit extends Error {}

describe('mail queued inside the committing transaction', () => {
  it('a rolled-back invitation leaves neither the member nor its mail; a committed one is queued by its commit and sent', async () => {
    const { customer } = await customerWithKey(app);
    const lost = uniqueEmail('rolled-back');
    const em = app.services.orm.em.fork();
    let seenInside = 0;
    await expect(
      em.transactional(async (tx) => {
        await app.services.memberAccounts.invite(tx, customer.id, lost, MemberRole.DEVELOPER);
        seenInside = await queuedFor(tx, lost);
        throw new CrashBeforeCommit('the process dies before COMMIT');
      }),
    ).rejects.toBeInstanceOf(CrashBeforeCommit);
    // The job was written by the transaction itself, so the rollback took it away with the member.
    expect(seenInside).toBe(1);
    expect(await queuedFor(app.services.orm.em.fork(), lost)).toBe(0);
    expect(await app.services.orm.em.fork().getConnection().execute('select 1 from customer_member where email = ?', [lost])).toHaveLength(
      0,
    );

    const kept = uniqueEmail('committed');
    await app.services.memberAccounts.invite(app.services.orm.em.fork(), customer.id, kept, MemberRole.BILLING);
    // Right after the commit the job exists: a crash from here on cannot lose the mail.
    expect(await queuedFor(app.services.orm.em.fork(), kept)).toBe(1);
    expect((await mailTo(kept))?.subject).toContain(customer.company);
    // The worker has run past both; the rolled-back invitation never reached the mail server.
    expect(
      sink()
        .messages()
        .some((mail) => mail.to.includes(lost)),
    ).toBe(false);
  });

  it('the verification mail of a new owner commits with the owner', async () => {
    const { customer } = await customerWithKey(app);
    const email = uniqueEmail('owner');
    const em = app.services.orm.em.fork();
    await expect(
      em.transactional(async (tx) => {
        await app.services.memberAccounts.createOwner(tx, customer.id, email, 'a long enough password');
        throw new CrashBeforeCommit('the process dies before COMMIT');
      }),
    ).rejects.toBeInstanceOf(CrashBeforeCommit);
    expect(await queuedFor(app.services.orm.em.fork(), email)).toBe(0);
    await app.services.memberAccounts.createOwner(app.services.orm.em.fork(), customer.id, email, 'a long enough password');
    expect(await queuedFor(app.services.orm.em.fork(), email)).toBe(1);
    expect((await mailTo(email))?.text).toContain('/portal/verify?token=');
  });

  it('refuses to queue outside a transaction, so a caller cannot lose the guarantee by accident', () => {
    expect(() =>
      app.services.mail.sendInTransaction(app.services.orm.em.fork(), { to: 'x@example.test', subject: 's', text: 't' }),
    ).toThrow(/em.transactional/);
  });
});
