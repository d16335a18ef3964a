import type Stripe from 'stripe';
import { attemptInvoicePayment } from '../billing/invoices.js';
import { attachPaymentMethod, createCardPaymentMethod, setDefaultPaymentMethod } from '../billing/payments.js';
import { isLicensed } from '../billing/proration.js';
import { afterPayment } from '../billing/subscription-status.js';
import { updateSubscription } from '../billing/subscription-update.js';
import { portalConfiguration } from '../routes/portal-configurations.routes.js';
import { attachDecline, testCard } from '../billing/cards.js';
import type { Core } from '../core.js';
import type { Params } from '../http/form-codec.js';
import type { PageResult } from '../http/http-server.js';
import { optStr } from '../http/params.js';
import { parseExpiry } from './checkout-page.js';
import { escapeHtml, money, page } from './html.js';

/** What a customer reads for a price: its product's name and the amount per interval, never a lookup key. */
function priceLabel(core: Core, price: Stripe.Price): string {
  const productId = typeof price.product === 'string' ? price.product : price.product.id;
  const name = core.state.products[productId]?.name ?? price.nickname ?? price.lookup_key ?? price.id;
  return `${name} · ${money(price.unit_amount ?? 0, price.currency)}${price.recurring ? ` / ${price.recurring.interval}` : ''}`;
}

function planOptions(core: Core, current: Stripe.Price): string {
  return Object.values(core.state.prices)
    .filter((p) => p.active && p.recurring && isLicensed(p) && p.recurring.interval === current.recurring?.interval)
    .map((p) => `<option value="${escapeHtml(p.id)}"${p.id === current.id ? ' selected' : ''}>${escapeHtml(priceLabel(core, p))}</option>`)
    .join('');
}

function invoiceList(core: Core, customerId: string): string {
  const rows = Object.values(core.state.invoices)
    .filter((invoice) => invoice.customer === customerId && invoice.status !== 'draft')
    .sort((a, b) => b.created - a.created)
    .map(
      (invoice) =>
        `<li>${escapeHtml(invoice.number ?? invoice.id)} · ${new Date(invoice.created * 1000).toISOString().slice(0, 10)} · ${money(invoice.total, invoice.currency)} · ${escapeHtml(String(invoice.status))}</li>`,
    )
    .join('');
  return `<div class="box"><h2>Invoices</h2>${rows ? `<ul>${rows}</ul>` : '<p>No invoices yet.</p>'}</div>`;
}

function render(core: Core, session: Stripe.BillingPortal.Session, message: string | null): string {
  const base = `/portal/${escapeHtml(session.id)}`;
  const features = portalConfiguration(core, session.configuration).features;
  const subs = Object.values(core.state.subscriptions).filter((s) => s.customer === session.customer && s.status !== 'canceled');
  const blocks = subs
    .map((s) => {
      const item = s.items.data.find((i) => isLicensed(i.price));
      const change =
        item && features.subscription_update.enabled
          ? `<form method="post" action="${base}/change"><input type="hidden" name="subscription" value="${s.id}">
<label>Plan <select name="price">${planOptions(core, item.price)}</select></label><button type="submit">Change plan</button></form>`
          : '';
      const cancel = s.cancel_at_period_end
        ? '<p>Cancels at the end of the period.</p>'
        : !features.subscription_cancel.enabled
          ? ''
          : `<form method="post" action="${base}/cancel"><input type="hidden" name="subscription" value="${s.id}"><button type="submit">Cancel at period end</button></form>`;
      const plan = item ? escapeHtml(priceLabel(core, item.price)) : 'Subscription';
      return `<div class="box"><p><strong>${plan}</strong> · ${escapeHtml(s.status)}</p>${change}${cancel}</div>`;
    })
    .join('');
  const back = session.return_url ? `<p><a href="${escapeHtml(session.return_url)}">Return</a></p>` : '';
  return page(
    'Billing portal',
    `<h1>Billing</h1>${message ? `<p role="status">${escapeHtml(message)}</p>` : ''}${blocks || '<p>No active subscriptions.</p>'}
<div class="box"><h2>Update card</h2><form method="post" action="${base}/card">
<label>Card number <input name="card_number" required></label><label>Expiry (MM/YY) <input name="exp" required></label><label>CVC <input name="cvc" required></label>
<button type="submit">Save card</button></form></div>${invoiceList(core, session.customer)}${back}`,
  );
}

function subscriptionFor(core: Core, session: Stripe.BillingPortal.Session, params: Params): Stripe.Subscription | null {
  const sub = core.state.subscriptions[optStr(params, 'subscription') ?? ''];
  return sub && sub.customer === session.customer ? sub : null;
}

/** Saves a new default card and retries the customer's open invoices with it (customer present). */
function updateCard(core: Core, customer: Stripe.Customer, params: Params): string {
  const number = optStr(params, 'card_number') ?? '';
  const card = testCard(number);
  if (!card) return 'Your card number is incorrect.';
  const refused = attachDecline(card.behaviour);
  if (refused) return refused.message;
  const expiry = parseExpiry(optStr(params, 'exp') ?? '');
  const pm = createCardPaymentMethod(core, { number, expMonth: expiry.month, expYear: expiry.year, customer: customer.id });
  attachPaymentMethod(core, pm, customer.id);
  setDefaultPaymentMethod(core, customer, pm.id);
  for (const invoice of Object.values(core.state.invoices)) {
    if (invoice.customer !== customer.id || invoice.status !== 'open') continue;
    const paid = attemptInvoicePayment(core, invoice, { onSession: true, paymentMethod: pm.id });
    const subId = invoice.parent?.subscription_details?.subscription;
    const sub = typeof subId === 'string' ? core.state.subscriptions[subId] : undefined;
    if (sub && sub.status !== 'canceled') afterPayment(core, sub, invoice, paid);
  }
  return 'Card saved.';
}

/** The minimal portal; every action goes through the same operations (and events) as the API. */
export function portalPage(core: Core, method: string, id: string, action: string | null, params: Params): PageResult {
  const session = core.state.portalSessions[id];
  const customer = session ? core.state.customers[session.customer] : undefined;
  if (!session || !customer) return { status: 404, html: page('Billing portal', '<h1>No such portal session</h1>') };
  if (method === 'GET' && action === null) return { status: 200, html: render(core, session, null) };
  if (method !== 'POST' || action === null) return { status: 405, html: page('Billing portal', '<h1>Method not allowed</h1>') };
  const sub = subscriptionFor(core, session, params);
  const features = portalConfiguration(core, session.configuration).features;
  let message = 'Unknown action.';
  if (action === 'card') message = updateCard(core, customer, params);
  else if ((action === 'change' && !features.subscription_update.enabled) || (action === 'cancel' && !features.subscription_cancel.enabled))
    return { status: 403, html: render(core, session, 'This portal does not allow that change.') };
  else if (action === 'cancel' && sub) {
    updateSubscription(core, sub, { prorationBehavior: 'none', cancelAtPeriodEnd: true });
    message = 'Your subscription will be canceled at the end of the period.';
  } else if (action === 'change' && sub) {
    const price = core.state.prices[optStr(params, 'price') ?? ''];
    const item = sub.items.data.find((i) => isLicensed(i.price));
    if (price && item && price.id !== item.price.id)
      updateSubscription(core, sub, { items: [{ id: item.id, price }], prorationBehavior: 'create_prorations' });
    message = 'Plan updated.';
  }
  core.changed();
  return { status: 200, html: render(core, session, message) };
}
