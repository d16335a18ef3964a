import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { CustomerMember } from '../../domain/members/index.js';
import type { MailModule, OutgoingMail } from '../../platform/mail/index.js';
import type { NotificationInput } from '../events/event-recorder.js';
import { CATEGORY_ROLES } from './mail-category.js';
import { type CustomerMail, customerMailFor } from './customer-mail-templates.js';
import { MemberMailPreference } from './member-mail-preference.entity.js';

/**
 * Mails a newly recorded event to the members its category goes to, minus those who turned the
 * category off. Runs only for an event recorded now (a replayed cause records nothing and so mails
 * nothing), and each job id is derived from the event and member, so a retried transaction cannot
 * mail twice either. Inside a transaction the mail commits or rolls back with the event.
 */
export async function mailEvent(
  em: EntityManager,
  deps: { mail: MailModule; logger: Logger; publicUrl: () => string },
  eventId: string,
  input: NotificationInput,
): Promise<number> {
  const content = customerMailFor(input);
  if (!content) return 0;
  const members = await em.find(
    CustomerMember,
    { customer: input.customerId, disabled: false, role: { $in: [...CATEGORY_ROLES[content.category]] } },
    { fields: ['id', 'email'], orderBy: { email: 'asc' } },
  );
  const off = await em.find(MemberMailPreference, {
    member: { $in: members.map((member) => member.id) },
    category: content.category,
    enabled: false,
  });
  const offIds = new Set(off.map((preference) => preference.member.id));
  const recipients = members.filter((member) => !offIds.has(member.id));
  if (recipients.length === 0) {
    deps.logger.info({ eventId, customerId: input.customerId, category: content.category }, 'no member takes this mail; none sent');
    return 0;
  }
  const transactional = em.getTransactionContext() !== undefined;
  for (const member of recipients) {
    const mail = render(content, member.email, deps.publicUrl());
    const key = `customer-mail:${eventId}:${member.id}`;
    await (transactional ? deps.mail.sendInTransaction(em, mail, key) : deps.mail.send(mail, key));
  }
  return recipients.length;
}

function render(content: CustomerMail, to: string, publicUrl: string): OutgoingMail {
  const url = `${publicUrl}${content.link.path}`;
  const footer = 'You get this mail as a member of this Carlo account. Turn this kind of mail off on the Notifications page of the portal.';
  const text = `${content.lines.join('\n\n')}\n\n${content.link.label}: ${url}\n\n${footer}\n`;
  const html = `${content.lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}<p><a href="${escapeHtml(url)}">${escapeHtml(content.link.label)}</a></p><p style="color:#666">${escapeHtml(footer)}</p>`;
  return { to, subject: content.subject, text, html };
}

/** Key names are the customer's own text, so the HTML part escapes everything it shows. */
function escapeHtml(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}
