import type Stripe from 'stripe';
import { invoiceLinks } from '../billing/invoices.js';
import type { Core } from '../core.js';
import type { PageResult } from '../http/http-server.js';
import { escapeHtml, money, page } from './html.js';
import { textPdf } from './pdf.js';

function day(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

function summary(invoice: Stripe.Invoice): { title: string; facts: [string, string][]; lines: [string, string][] } {
  const facts: [string, string][] = [
    ['Billed to', invoice.customer_email ?? String(invoice.customer)],
    ['Issued', day(invoice.status_transitions?.finalized_at ?? invoice.created)],
    ['Period', `${day(invoice.period_start)} to ${day(invoice.period_end)}`],
    ['Status', invoice.status ?? 'draft'],
  ];
  const lines = invoice.lines.data.map((line): [string, string] => [line.description ?? 'Line', money(line.amount, invoice.currency)]);
  return { title: `Invoice ${invoice.number ?? invoice.id}`, facts, lines };
}

/** GET /invoice/:id (the hosted invoice page) and /invoice/:id/pdf; drafts have neither, as on Stripe. */
export function invoicePage(core: Core, invoiceId: string, pdf: boolean): PageResult {
  const invoice = core.state.invoices[invoiceId];
  if (!invoice || invoice.status === 'draft') return { status: 404, html: page('Invoice not found', '<h1>Invoice not found</h1>') };
  const { title, facts, lines } = summary(invoice);
  const total = money(invoice.total, invoice.currency);
  if (pdf) {
    const text = [title, '', ...facts.map(([k, v]) => `${k}: ${v}`), '', ...lines.map(([k, v]) => `${k}  ${v}`), '', `Total  ${total}`];
    return { status: 200, body: textPdf(text), contentType: 'application/pdf' };
  }
  const rows = (pairs: [string, string][]) =>
    pairs.map(([k, v]) => `<tr><th scope="row">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`).join('');
  const body = `<h1>${escapeHtml(title)}</h1><table>${rows(facts)}</table><h2>Lines</h2><table>${rows(lines)}</table>
<p><strong>Total ${escapeHtml(total)}</strong>, amount due ${escapeHtml(money(invoice.amount_remaining, invoice.currency))}</p>
<p><a href="${escapeHtml(invoiceLinks(core, invoiceId).pdf)}">Download PDF</a></p>`;
  return { status: 200, html: page(title, body) };
}
