import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { payCheckout, settle } from '../integration/billing-helpers.js';
import { uniqueEmail } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { launchBrowser, withScreenshot } from './browser.js';

const SignUp = graphql(`mutation PortalBrowserBillingSignUp($input: SignUpInput!) { signUp(input: $input) { checkoutUrl } }`);

let app: TestApp;
let browser: Browser;
beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('portal billing details and invoices', () => {
  it("shows the paid invoice with Stripe's page and PDF, and sets the invoice email and tax id with field errors, at 390 px", async () => {
    const signUp = await app.client.request(
      SignUp,
      { input: { company: 'Invoice Reader', email: uniqueEmail('invoice-reader'), plan: 'starter', password: 'invoice-reader-pw' } },
      {},
    );
    const cookie = (signUp.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(await payCheckout(signUp.data?.signUp.checkoutUrl ?? '')).toBe(303);
    await settle(app);
    const context = await browser.newContext({ baseURL: app.url, viewport: { width: 390, height: 844 } });
    const [name = '', value = ''] = cookie.split('=');
    await context.addCookies([{ name, value, url: app.url, httpOnly: true, sameSite: 'Strict' }]);
    const page = await context.newPage();
    try {
      await withScreenshot(page, 'portal-billing-details', async () => {
        await page.goto('/portal/billing');
        const view = page.getByRole('link', { name: /^View invoice/ }).first();
        await view.waitFor();
        const hosted = await fetch(new URL((await view.getAttribute('href')) ?? '', app.url));
        expect(hosted.status).toBe(200);
        expect(await hosted.text()).toContain('29.00 USD');
        const pdfHref =
          (await page
            .getByRole('link', { name: /^PDF of invoice/ })
            .first()
            .getAttribute('href')) ?? '';
        const pdf = await fetch(new URL(pdfHref, app.url));
        expect(pdf.headers.get('content-type')).toContain('application/pdf');
        expect(
          Buffer.from(await pdf.arrayBuffer())
            .subarray(0, 5)
            .toString(),
        ).toBe('%PDF-');

        const email = page.getByRole('form', { name: 'Invoice email' });
        await email.getByLabel('Invoice email').fill('accounts@invoice-reader.example');
        await email.getByRole('button', { name: 'Save invoice email' }).click();
        const tax = page.getByRole('form', { name: 'Tax id' });
        await tax.getByLabel('Tax id type').selectOption('eu_vat');
        await tax.getByLabel('Tax id', { exact: true }).fill('not a VAT');
        await tax.getByRole('button', { name: 'Add tax id' }).click();
        expect(await page.locator('#value-error').textContent()).toMatch(/\S/);
        await tax.getByLabel('Tax id', { exact: true }).fill('DE123456789');
        await tax.getByRole('button', { name: 'Add tax id' }).click();
        await page
          .getByTestId('tax-id')
          .getByText(/DE123456789/)
          .waitFor();

        await page.reload();
        await page
          .getByTestId('tax-id')
          .getByText(/DE123456789/)
          .waitFor();
        expect(await page.getByRole('form', { name: 'Invoice email' }).getByLabel('Invoice email').inputValue()).toBe(
          'accounts@invoice-reader.example',
        );
        const widths = await page.evaluate<{ scroll: number; view: number }>(
          '({ scroll: document.documentElement.scrollWidth, view: window.innerWidth })',
        );
        expect(widths.scroll, 'page wider than the phone').toBeLessThanOrEqual(widths.view);
      });
    } finally {
      await context.close();
    }
  });
});
