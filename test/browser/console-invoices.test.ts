import { describe, expect, it } from 'vitest';
import { Invoice } from '../../server/src/billing/stripe/invoice.entity.js';
import { graphql } from '../generated/index.js';
import { errorCodes } from '../support/graphql-client.js';
import { uniqueEmail } from '../support/factories.js';
import { payCheckout, settle } from '../integration/billing-helpers.js';
import { AdminRole, consoleSuite } from './browser.js';

const SignUp = graphql(`mutation ConsoleInvoicesSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }`);
const CreateBySupport = graphql(
  `mutation ConsoleInvoicesCreateBySupport($customerId: ID!, $input: ManualInvoiceInput!, $reason: String!) { adminCreateInvoice(customerId: $customerId, input: $input, reason: $reason) { id } }`,
);
const Credit = graphql(
  `mutation ConsoleInvoicesCredit($id: ID!, $amountCents: Int!, $reason: String!) { adminCreditInvoice(id: $id, amountCents: $amountCents, reason: $reason) { id amountDueCents } }`,
);

const suite = consoleSuite([AdminRole.FINANCE, AdminRole.SUPPORT]);
const { asRole } = suite;

const cookieHeader = (cookies: { name: string; value: string }[]) => cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');

/** A customer on starter who paid Checkout, so Stripe can bill it. */
async function payingCustomer(): Promise<string> {
  const response = await suite.app.client.request(SignUp, {
    input: { company: 'Workshop Buyer Co', email: uniqueEmail('console-invoices'), plan: 'starter' },
  });
  expect(response.errors).toEqual([]);
  expect(await payCheckout(response.data?.signUp.checkoutUrl ?? '')).toBe(303);
  await settle(suite.app);
  return response.data?.signUp.accountId ?? '';
}

describe('one-off invoices and credit notes in the console', () => {
  it('support has no New invoice button and the server refuses it; finance creates one, then its page lists a credit note', async () => {
    const customerId = await payingCustomer();
    await asRole(AdminRole.SUPPORT, 'support-no-new-invoice', async (page) => {
      await page.goto(`/admin/customers/${customerId}/show`);
      await page.getByRole('button', { name: 'Suspend' }).waitFor();
      expect(await page.getByRole('button', { name: 'New invoice' }).count()).toBe(0);
      const refused = await suite.app.client.request(
        CreateBySupport,
        { customerId, input: { lines: [{ description: 'Seats', quantity: 1, unitAmountCents: 100 }] }, reason: 'Trying anyway' },
        { cookie: cookieHeader(await page.context().cookies()) },
      );
      expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    });

    let invoiceId = '';
    await asRole(AdminRole.FINANCE, 'finance-new-invoice', async (page) => {
      await page.goto(`/admin/customers/${customerId}/show`);
      await page.getByRole('button', { name: 'New invoice' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.locator('input[name="lines.0.description"]').fill('Onboarding workshop');
      await dialog.locator('input[name="lines.0.quantity"]').fill('0');
      await dialog.getByText('A whole number, at least 1').waitFor();
      expect(await dialog.getByRole('button', { name: 'Create and send' }).isDisabled()).toBe(true);
      await dialog.locator('input[name="lines.0.quantity"]').fill('2');
      await dialog.locator('input[name="lines.0.unitAmountCents"]').fill('15000');
      await dialog.getByRole('button', { name: 'Add line' }).click();
      await dialog.locator('input[name="lines.1.description"]').fill('Model review');
      await dialog.locator('input[name="lines.1.unitAmountCents"]').fill('7500');
      await dialog.getByTestId('invoice-total-preview').getByText('Total: $375.00').waitFor();
      await dialog.locator('textarea[name="reason"]').fill('Workshop sold in the call');
      // The form lets 400 days through; the server's rule (1 to 365) comes back beside the field.
      await dialog.locator('input[name="daysUntilDue"]').fill('400');
      await dialog.getByRole('button', { name: 'Create and send' }).click();
      await dialog.getByText('Due days are a whole number from 1 to 365.').waitFor();
      await dialog.locator('input[name="daysUntilDue"]').fill('14');
      await dialog.getByRole('button', { name: 'Create and send' }).click();
      await page.waitForURL(/\/admin\/invoices\/[0-9a-f-]+\/show$/);
      const lines = page.getByTestId('invoice-lines');
      await lines.getByText('Onboarding workshop').waitFor();
      await lines.getByText('Model review').waitFor();
      await page.getByTestId('invoice-credit-notes').getByText('No credit notes.').waitFor();
      invoiceId = /invoices\/([0-9a-f-]+)\/show/.exec(page.url())?.[1] ?? '';

      const credited = await suite.app.client.request(
        Credit,
        { id: invoiceId, amountCents: 5_000, reason: 'Half a workshop day moved' },
        { cookie: cookieHeader(await page.context().cookies()) },
      );
      expect(credited.data?.adminCreditInvoice.amountDueCents).toBe(32_500);
      await page.reload();
      const notes = page.getByTestId('invoice-credit-notes');
      await notes.getByText('Half a workshop day moved').waitFor();
      const cells = await notes.getByRole('row').nth(1).getByRole('cell').allInnerTexts();
      expect(cells.slice(1, 5)).toEqual(['$50.00', 'Half a workshop day moved', 'Lowered the amount due', 'issued']);
      expect(cells[0]).toMatch(/CN-01$/);
    });
    const stored = await suite.app.services.orm.em.fork().findOneOrFail(Invoice, invoiceId);
    expect([stored.billingReason, stored.status, stored.totalCents, stored.amountDueCents]).toEqual(['manual', 'open', 37_500, 32_500]);
  });
});
