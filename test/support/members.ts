import { randomUUID } from 'node:crypto';
import { hashPassword } from '../../server/src/platform/staff/password.js';
import { Customer } from '../../server/src/domain/customers/customer.entity.js';
import { CustomerMember } from '../../server/src/domain/members/customer-member.entity.js';
import type { MemberRole } from '../../server/src/domain/members/member-role.js';
import type { ReceivedMail } from '../../server/src/platform/mail/mail-sink.js';
import { until } from '../integration/billing-helpers.js';
import { uniqueEmail } from './factories.js';
import type { TestApp } from './test-app.js';

export type SignedInMember = { id: string; email: string; password: string; cookie: string };

/** A member of a role on an existing customer, signed in over HTTP; the cookie is what a browser would send. */
export async function signedInMember(app: TestApp, customerId: string, role: MemberRole): Promise<SignedInMember> {
  const em = app.services.orm.em.fork();
  const email = uniqueEmail(`member-${role}`);
  const password = `pw-${randomUUID()}`;
  const member = em.create(CustomerMember, {
    customer: em.getReference(Customer, customerId),
    email,
    role,
    passwordHash: await hashPassword(password),
    emailVerifiedAt: new Date(),
  });
  await em.flush();
  return { id: member.id, email, password, cookie: await memberCookie(app, email, password) };
}

export async function memberCookie(app: TestApp, email: string, password: string): Promise<string> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($email: String!, $password: String!) { memberSignIn(email: $email, password: $password) { expiresAt } }',
      variables: { email, password },
    }),
  });
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0];
  if (!cookie.startsWith('carlo_member_session=')) throw new Error(`member sign-in failed: ${response.status} ${await response.text()}`);
  return cookie;
}

/** The newest mail to an address in the app's development sink, waiting for it with a deadline. */
export async function mailTo(app: TestApp, to: string, subject: string | RegExp): Promise<ReceivedMail> {
  const sink = app.services.mail.sink;
  if (!sink) throw new Error('this app runs without the development mail sink');
  const matches = (mail: ReceivedMail) =>
    mail.to.includes(to) && (typeof subject === 'string' ? mail.subject === subject : subject.test(mail.subject));
  const found = await until(
    async () => sink.messages().find(matches),
    (mail) => mail !== undefined,
    `mail "${String(subject)}" to ${to}`,
    15_000,
  );
  if (!found) throw new Error('unreachable: until returned without a mail');
  return found;
}

/** The token of the link in a mail. */
export function linkToken(mail: ReceivedMail): string {
  const token = /[?&]token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
  if (!token) throw new Error(`no link token in mail: ${mail.text}`);
  return token;
}
