import type { PricingPlan } from './pricing-page.js';
import { escapeHtml, formatMoneyCents, page } from './html.js';

export type SignUpForm = { company: string; email: string; plan: string };

function planOption(plan: PricingPlan, selected: string): string {
  const price = plan.priceCents === 0 ? 'free' : `${formatMoneyCents(plan.priceCents, plan.currency)} / month`;
  return `<option value="${escapeHtml(plan.code)}"${plan.code === selected ? ' selected' : ''}>${escapeHtml(plan.name)} (${price})</option>`;
}

/** The sign-up form, with the visitor's values and the server's message after a refusal. */
export function renderSignUpPage(plans: readonly PricingPlan[], form: SignUpForm, error: string | null): string {
  const body = `<h1>Create your Carlo account</h1>
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<form class="card" method="post" action="/signup" style="display:grid;gap:.9rem;max-width:28rem">
<label>Company<input name="company" required maxlength="200" autocomplete="organization" value="${escapeHtml(form.company)}"></label>
<label>Work email<input name="email" type="email" required maxlength="320" autocomplete="email" value="${escapeHtml(form.email)}"></label>
<label>Password (10 characters or more)<input name="password" type="password" required minlength="10" maxlength="200" autocomplete="new-password"></label>
<label>Plan<select name="plan">${plans.map((plan) => planOption(plan, form.plan)).join('')}</select></label>
<button class="button" type="submit">Create account</button>
<p style="margin:0;font-size:.9rem">Paid plans continue to Stripe Checkout; your API key works in full once the payment is confirmed.</p></form>`;
  return page('Sign up', body);
}

export type SignUpDone = { company: string; email: string; secret: string; checkoutUrl: string | null };

/** Shown once after sign-up: the key's secret (never shown again) and the way to pay. */
export function renderSignUpDone(done: SignUpDone, origin: string): string {
  const next = done.checkoutUrl
    ? `<p>Your key can read its account now and runs simulations once the plan is paid.</p><p><a class="button" id="checkout" href="${escapeHtml(done.checkoutUrl)}">Pay on Stripe Checkout</a></p>`
    : '<p>Your key works now on the free plan.</p>';
  const curl = `curl -s ${origin}/graphql -H 'content-type: application/json' -H 'authorization: Bearer ${done.secret}' -d '{"query":"{ me { company plan { code } access { level } } }"}'`;
  const body = `<h1>Welcome, ${escapeHtml(done.company)}</h1>
<div class="notice" role="status"><strong>Copy your API key now.</strong> It is shown only on this page and cannot be shown again.</div>
<p>We sent a link to ${escapeHtml(done.email)} to verify your address. Your <a href="/portal/">account portal</a> shows usage, keys, billing and your team.</p>
<div class="card"><code class="secret" id="api-key">${escapeHtml(done.secret)}</code>
<p><button class="button" type="button" id="copy-key" hidden>Copy key</button></p></div>
${next}
<h2>Try it</h2><pre class="card" style="white-space:pre-wrap;word-break:break-all">${escapeHtml(curl)}</pre>`;
  const script = `(() => { const button = document.getElementById('copy-key'); if (!navigator.clipboard) return; button.hidden = false;
button.addEventListener('click', async () => { await navigator.clipboard.writeText(document.getElementById('api-key').textContent); button.textContent = 'Copied'; }); })();`;
  return page('Your API key', body, script);
}
