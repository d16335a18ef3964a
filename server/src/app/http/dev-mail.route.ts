import type { FastifyInstance } from 'fastify';
import { escapeHtml, page } from '../storefront/html.js';
import type { MailModule, ReceivedMail } from '../../platform/mail/index.js';

/** Links in a message body become clickable, so a verification link can be followed from the page. */
function linkify(text: string): string {
  return escapeHtml(text).replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);
}

function article(mail: ReceivedMail): string {
  return `<article class="card" data-mail-id="${mail.id}"><h2 style="margin:0 0 .25rem">${escapeHtml(mail.subject)}</h2>
<p style="margin:0;color:#57606a">To ${escapeHtml(mail.to.join(', '))} · from ${escapeHtml(mail.from)} · <time datetime="${mail.receivedAt.toISOString()}">${mail.receivedAt.toISOString()}</time></p>
<pre style="white-space:pre-wrap;word-break:break-word">${linkify(mail.text)}</pre></article>`;
}

/**
 * What the development sink received, newest first. Registered only where the sink runs, which is
 * never in production, so the route does not exist there at all.
 */
export function registerDevMailRoute(app: FastifyInstance, mail: MailModule): void {
  const sink = mail.sink;
  if (!sink) return;
  app.get('/dev/mail', async (_request, reply) => {
    const messages = sink.messages();
    const body = `<h1>Development mail</h1><p>Mail Carlo sent on this machine, caught by the local SMTP sink (set SMTP_URL to send real mail).</p>
${messages.length === 0 ? '<p>No mail yet. Sign up or ask for a password reset, then reload this page.</p>' : messages.map(article).join('')}`;
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(page('Development mail', body));
  });
}
