import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { Invoice } from '../../server/src/billing/stripe/invoice.entity.js';
import { graphql } from '../generated/index.js';
import { uniqueEmail } from '../support/factories.js';
import { payCheckout, settle } from '../integration/billing-helpers.js';
import { AdminRole, consoleSuite } from './browser.js';
import { parseCsv } from './csv.js';

const Collection = graphql(`query BillingOpsCollection { pastDueCents revenueMetrics(months: 1) { month paymentSuccessRate } }`);
const SignUp = graphql(`mutation BillingOpsSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }`);

const suite = consoleSuite([AdminRole.FINANCE, AdminRole.SUPPORT]);
const { asRole } = suite;

/** The paid first invoice of a customer who signed up for starter and paid Checkout. */
async function paidInvoice(): Promise<Invoice> {
  const response = await suite.app.client.request(SignUp, {
    input: { company: 'Billing Ops Co', email: uniqueEmail('billing-ops'), plan: 'starter' },
  });
  expect(response.errors).toEqual([]);
  expect(await payCheckout(response.data?.signUp.checkoutUrl ?? '')).toBe(303);
  await settle(suite.app);
  return suite.app.services.orm.em.fork().findOneOrFail(Invoice, { customerId: response.data?.signUp.accountId, status: 'paid' });
}

const cookieHeader = (cookies: { name: string; value: string }[]) => cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');

const invoicesOf = (customerId: string | null) => `/admin/invoices?filter=${encodeURIComponent(JSON.stringify({ customerId }))}`;

/**
 * Refunded and net as the revenue report page shows them, in cents, the CSV's amount_cents total, and
 * the reconciliation gap (0 when the report says it reconciles; on a database other tests share it can
 * be off by their invoices, and a refund must not move it).
 */
async function revenueFigures(page: Page): Promise<{ refundedCents: number; netCents: number; csvCents: number; gapCents: number }> {
  await page.goto('/admin/reports/revenue');
  const summary = page.getByText(/refunded \$[\d,.]+ · credit notes \$[\d,.]+ · net \$[\d,.]+/);
  const match = /refunded \$([\d,.]+) · credit notes \$[\d,.]+ · net \$([\d,.]+)/.exec(await summary.innerText());
  const cents = (dollars: string | undefined) => Math.round(Number((dollars ?? '').replaceAll(',', '')) * 100);
  const reconciliation = page.getByTestId('reconciled').or(page.getByTestId('unreconciled'));
  await reconciliation.waitFor();
  const gapCents = Number((await reconciliation.getAttribute('data-gap-cents')) ?? 0);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-csv').click()]);
  const [header, ...rows] = parseCsv(await readFile(await download.path(), 'utf8'));
  const amount = header.indexOf('amount_cents');
  return {
    refundedCents: cents(match?.[1]),
    netCents: cents(match?.[2]),
    csvCents: rows.reduce((sum, row) => sum + Number(row[amount]), 0),
    gapCents,
  };
}

describe('billing operations in the console', () => {
  it('finance refunds part of an invoice: the revenue report and its CSV move by exactly that amount and still reconcile', async () => {
    const invoice = await paidInvoice();
    await asRole(AdminRole.FINANCE, 'finance-refund-walkthrough', async (page) => {
      const before = await revenueFigures(page);
      expect(before.csvCents).toBe(before.netCents);

      await page.goto(invoicesOf(invoice.customerId));
      await page.getByRole('button', { name: 'Refund', exact: true }).click();
      const dialog = page.getByRole('dialog');
      await dialog.locator('input[name="amount"]').fill('7.25');
      await dialog.locator('textarea[name="reason"]').fill('Goodwill for the outage');
      await dialog.getByRole('button', { name: 'Refund', exact: true }).click();
      await page.getByText('Refund sent to Stripe').waitFor();
      await page.getByRole('cell', { name: '$7.25' }).waitFor();

      const after = await revenueFigures(page);
      expect(after.refundedCents - before.refundedCents).toBe(725);
      expect(before.netCents - after.netCents).toBe(725);
      expect(before.csvCents - after.csvCents).toBe(725);
      expect(after.gapCents).toBe(before.gapCents);
    });
    const stored = await suite.app.services.orm.em.fork().findOneOrFail(Invoice, invoice.id);
    expect(stored.amountRefundedCents).toBe(725);
    const audit = await suite.app.services.orm.em
      .getConnection()
      .execute<{ action: string }[]>('select action from audit_log where target_id = ?', [invoice.id]);
    expect(audit.map((row) => row.action)).toEqual(['invoice.refund']);
  });

  it('finance issues a credit note on a paid invoice: part refunded to the card, the rest to the balance, audited; support has no button', async () => {
    const invoice = await paidInvoice();
    await asRole(AdminRole.SUPPORT, 'support-no-credit-note', async (page) => {
      await page.goto(invoicesOf(invoice.customerId));
      await page.getByRole('cell', { name: 'paid' }).first().waitFor();
      expect(await page.getByRole('button', { name: 'Credit note' }).count()).toBe(0);
    });
    await asRole(AdminRole.FINANCE, 'finance-credit-note', async (page) => {
      await page.goto(invoicesOf(invoice.customerId));
      await page.getByRole('button', { name: 'Credit note' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.locator('input[name="creditAmount"]').fill('10.00');
      await dialog.locator('input[name="refundAmount"]').fill('12.00');
      await dialog.getByText('At most the credit').waitFor();
      expect(await dialog.getByRole('button', { name: 'Issue credit note' }).isDisabled()).toBe(true);
      await dialog.locator('input[name="refundAmount"]').fill('4.00');
      await dialog.getByTestId('credit-note-effect').getByText("$4.00 refunded to the card, $6.00 to the customer's balance").waitFor();
      await dialog.locator('textarea[name="reason"]').fill('Service credit for the outage');
      await dialog.getByRole('button', { name: 'Issue credit note' }).click();
      await page.getByText('Credit note issued in Stripe').waitFor();
    });
    const stored = await suite.app.services.orm.em.fork().findOneOrFail(Invoice, invoice.id);
    expect(stored.amountRefundedCents).toBe(400);
    const notes = await suite.app.services.billing.gateway.stripe.creditNotes.list({ invoice: stored.stripeInvoiceId });
    expect(notes.data.map((note) => note.amount)).toEqual([1000]);
    const audit = await suite.app.services.orm.em
      .getConnection()
      .execute<{ action: string }[]>('select action from audit_log where target_id = ?', [invoice.id]);
    expect(audit.map((row) => row.action)).toEqual(['invoice.credit_note']);
  });

  it('finance voids a balance credit note on the invoice page: Stripe takes the credit back, the note reads void, audited', async () => {
    const invoice = await paidInvoice();
    await asRole(AdminRole.FINANCE, 'finance-void-credit-note', async (page) => {
      await page.goto(`/admin/invoices/${invoice.id}/show`);
      await page.getByRole('button', { name: 'Credit note' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.locator('input[name="creditAmount"]').fill('8.00');
      await dialog.locator('input[name="refundAmount"]').fill('0');
      await dialog.locator('textarea[name="reason"]').fill('Credit for the slow week');
      await dialog.getByRole('button', { name: 'Issue credit note' }).click();
      await page.getByText('Credit note issued in Stripe').waitFor();
      const notes = page.getByTestId('invoice-credit-notes');
      await notes.getByRole('cell', { name: 'issued' }).waitFor();
      await notes.getByRole('button', { name: 'Void' }).click();
      const confirm = page.getByRole('dialog');
      await confirm.getByText("$8.00 is taken back from the customer's balance").waitFor();
      await confirm.locator('textarea[name="reason"]').fill('Issued on the wrong account');
      await confirm.getByRole('button', { name: 'Void credit note' }).click();
      await page.getByText(/^Credit note .+ voided$/).waitFor();
      await notes.getByRole('cell', { name: 'void', exact: true }).waitFor();
      expect(await notes.getByRole('button', { name: 'Void' }).count()).toBe(0);
    });
    const stored = await suite.app.services.orm.em.fork().findOneOrFail(Invoice, invoice.id);
    const stripe = suite.app.services.billing.gateway.stripe;
    const notes = await stripe.creditNotes.list({ invoice: stored.stripeInvoiceId });
    expect(notes.data.map((note) => [note.amount, note.status])).toEqual([[800, 'void']]);
    const remote = await stripe.invoices.retrieve(stored.stripeInvoiceId);
    const customer = await stripe.customers.retrieve(String(remote.customer));
    expect('deleted' in customer ? null : customer.balance).toBe(0);
    const audit = await suite.app.services.orm.em
      .getConnection()
      .execute<{ action: string }[]>('select action from audit_log where target_id = ? order by created_at', [invoice.id]);
    expect(audit.map((row) => row.action)).toEqual(['invoice.credit_note', 'invoice.credit_note_void']);
  });

  it("shows finance this month's LTV, payment success, recovery, upgrades and downgrades, and the past-due amount on the dashboard", async () => {
    await paidInvoice();
    const month = new Date().toISOString().slice(0, 7);
    await asRole(AdminRole.FINANCE, 'finance-revenue-health', async (page) => {
      const tile = page.getByTestId('kpi-Past due').locator('[data-cents]');
      await tile.waitFor();
      const figures = await suite.app.client.request(Collection, {}, { cookie: await page.context().cookies().then(cookieHeader) });
      expect(Number(await tile.getAttribute('data-cents'))).toBe(figures.data?.pastDueCents);

      await page.goto('/admin/reports/revenue');
      const row = page.getByTestId(`health-${month}`);
      await row.waitFor();
      const cells = await row.getByRole('cell').allInnerTexts();
      expect(cells).toHaveLength(6);
      // This month has at least the paid invoice above, so its payment success rate is a percentage.
      const success = figures.data?.revenueMetrics[0]?.paymentSuccessRate ?? -1;
      expect(cells[2]).toBe(`${(success * 100).toFixed(1)} %`);
      expect(cells[4]).toMatch(/^\d+ \(\d+\.\d %\)$/);
      // The customer who paid above belongs to this month's cohort, which still pays in full or in part.
      const cohort = await page.getByTestId(`cohort-${month}`).getByRole('cell').allInnerTexts();
      expect(Number(cohort[1])).toBeGreaterThanOrEqual(1);
      expect(cohort[2]).toMatch(/^\d+\.\d %$/);
    });
  });

  it('shows support no refund, void or write-off action', async () => {
    const invoice = await paidInvoice();
    await asRole(AdminRole.SUPPORT, 'support-no-invoice-actions', async (page) => {
      await page.goto(invoicesOf(invoice.customerId));
      await page.getByRole('cell', { name: 'paid' }).waitFor();
      expect(await page.getByRole('button', { name: /^(Refund|Void|Write off)$/ }).count()).toBe(0);
    });
  });
});
