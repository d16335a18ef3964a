import type Stripe from 'stripe';
import { AUTHENTICATION_FAILED } from '../billing/cards.js';
import { completeCheckout, type CardForm } from '../billing/checkout-flow.js';
import type { Core } from '../core.js';
import type { Params } from '../http/form-codec.js';
import type { PageResult } from '../http/http-server.js';
import { optStr } from '../http/params.js';
import { escapeHtml, money, page } from './html.js';

function render(core: Core, session: Stripe.Checkout.Session, error: string | null): string {
  // A metered price has no amount up front: it is named as billed by usage, not as "0.00 USD / month".
  const items = (core.state.checkoutLineItems[session.id] ?? [])
    .map((li) =>
      li.price?.recurring?.usage_type === 'metered'
        ? `<li>${escapeHtml(li.description ?? '')}: billed monthly by usage</li>`
        : `<li>${escapeHtml(li.description ?? '')} × ${li.quantity ?? 1}: ${money(li.amount_total, li.currency)}${li.price?.recurring ? ` / ${li.price.recurring.interval}` : ''}</li>`,
    )
    .join('');
  const email =
    session.customer_email ?? (typeof session.customer === 'string' ? core.state.customers[session.customer]?.email : null) ?? '';
  const cancel = session.cancel_url ? `<p><a href="${escapeHtml(session.cancel_url)}">Cancel and go back</a></p>` : '';
  if (session.status !== 'open') return page('Checkout', `<h1>Checkout</h1><p>This session is ${escapeHtml(String(session.status))}.</p>`);
  return page(
    'Checkout',
    `<h1>Pay ${money(session.amount_total ?? 0, session.currency ?? 'usd')}</h1><ul>${items}</ul>
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/checkout/${escapeHtml(session.id)}">
<label>Email <input name="email" type="email" value="${escapeHtml(email)}"></label>
<label>Card number <input name="card_number" inputmode="numeric" autocomplete="cc-number" placeholder="4242 4242 4242 4242" required></label>
<label>Expiry (MM/YY) <input name="exp" placeholder="12/34" required></label>
<label>CVC <input name="cvc" placeholder="123" required></label>
<button type="submit">Pay</button></form>
<p class="note">4242 4242 4242 4242 pays · 4000 0000 0000 0002 is declined · 9995 insufficient funds · 0069 expired · 0127 incorrect CVC · 4000 0000 0000 0341 pays now, fails on renewal · 4000 0027 6000 3184 and 4000 0025 0000 3155 ask for 3-D Secure</p>${cancel}`,
  );
}

/** The issuer's 3-D Secure page: the card details ride along in hidden fields, as test data only. */
function challenge(session: Stripe.Checkout.Session, params: Params): string {
  const hidden = ['card_number', 'exp', 'cvc', 'email']
    .map((name) => `<input type="hidden" name="${name}" value="${escapeHtml(optStr(params, name) ?? '')}">`)
    .join('');
  const button = (outcome: string, label: string) =>
    `<form method="post" action="/checkout/${escapeHtml(session.id)}">${hidden}<input type="hidden" name="authentication" value="${outcome}"><button type="submit">${label}</button></form>`;
  return page(
    '3D Secure',
    `<h1>3D Secure test payment page</h1><p>This test card asks the customer to authenticate the payment.</p>${button('complete', 'Complete authentication')}${button('fail', 'Fail authentication')}`,
  );
}

export function parseExpiry(exp: string): { month: number; year: number } {
  const m = /^(\d{1,2})\s*\/\s*(\d{2,4})$/.exec(exp.trim());
  if (!m) return { month: 12, year: 2034 };
  const year = Number(m[2]);
  return { month: Number(m[1]), year: year < 100 ? 2000 + year : year };
}

/**
 * GET shows the form; POST pays (303 to success_url), shows the decline with a 402, or shows the
 * 3-D Secure challenge (200) whose buttons post again with `authentication=complete|fail`.
 */
export function checkoutPage(core: Core, method: string, id: string, params: Params): PageResult {
  const session = core.state.checkoutSessions[id];
  if (!session) return { status: 404, html: page('Checkout', '<h1>No such Checkout session</h1>') };
  if (method === 'GET') return { status: 200, html: render(core, session, null) };
  const authentication = optStr(params, 'authentication');
  if (authentication === 'fail') return { status: 402, html: render(core, session, AUTHENTICATION_FAILED) };
  const expiry = parseExpiry(optStr(params, 'exp') ?? '');
  const form: CardForm = {
    number: optStr(params, 'card_number') ?? '',
    expMonth: expiry.month,
    expYear: expiry.year,
    email: optStr(params, 'email') || null,
  };
  const outcome = completeCheckout(core, session, form, authentication === 'complete');
  core.changed();
  if (outcome.ok) return { status: 303, location: outcome.redirect };
  if ('challenge' in outcome) return { status: 200, html: challenge(session, params) };
  return { status: 402, html: render(core, session, outcome.message) };
}
