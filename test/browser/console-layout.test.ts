import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Invoice } from '../../server/src/billing/stripe/invoice.entity.js';
import { Plan } from '../../server/src/domain/plans/plan.entity.js';
import { AdminUser } from '../../server/src/platform/staff/admin-user.entity.js';
import { recordAudit } from '../../server/src/platform/staff/audit.service.js';
import { graphql } from '../generated/index.js';
import { payCheckout, settle } from '../integration/billing-helpers.js';
import { customerWithKey, uniqueEmail } from '../support/factories.js';
import { invoiceWithOverage } from '../support/invoice-with-overage.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { AdminRole, adminAccount, type Credentials, launchBrowser, signIn, withScreenshot } from './browser.js';

// The same documents as the other browser tests, so the generated client already knows them.
const SignUp = graphql(`mutation BillingOpsSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }`);
const Run = graphql(`mutation BrowserKeyRunWithId($input: SimulationInput!) { runSimulation(input: $input) { runId } }`);

let app: TestApp;
let browser: Browser;
let superAdmin: Credentials;
let routes: string[] = [];
let customerId = '';

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
  superAdmin = await adminAccount(app, AdminRole.SUPER_ADMIN);
  // A paying customer (invoice, subscription, Stripe events), a run, and an audited change with a
  // before and an after, so every page has rows to lay out.
  const signUp = await app.client.request(SignUp, {
    input: { company: 'Layout Company With A Rather Long Registered Name Ltd', email: uniqueEmail('layout'), plan: 'starter' },
  });
  expect(signUp.errors).toEqual([]);
  expect(await payCheckout(signUp.data?.signUp.checkoutUrl ?? '')).toBe(303);
  await settle(app);
  customerId = signUp.data?.signUp.accountId ?? '';
  const { key } = await customerWithKey(app);
  const input = {
    iterations: 1000,
    seed: 3,
    inputs: [{ name: 'x', distribution: { type: 'NORMAL' as const, mean: 0, sd: 1 } }],
    outputs: [{ name: 'y', formula: 'x * 2' }],
  };
  const run = await app.client.request(Run, { input }, { key });
  expect(run.errors).toEqual([]);
  const em = app.services.orm.em.fork();
  recordAudit(
    em,
    { principal: null, ip: '127.0.0.1', requestId: null, email: 'layout@example.com' },
    {
      action: 'customer.suspend',
      targetType: 'customer',
      targetId: customerId,
      before: { status: 'active', suspendedReason: null },
      after: { status: 'suspended', suspendedReason: 'card testing from many countries' },
    },
  );
  await em.flush();
  const invoice = await em.findOneOrFail(Invoice, { customerId, status: 'paid' });
  const plan = await em.findOneOrFail(Plan, { code: 'starter' });
  const admin = await em.findOneOrFail(AdminUser, { email: superAdmin.email });
  const customerTabs = ['', '/keys', '/credits', '/usage', '/ledger', '/invoices', '/subscriptions', '/audit'];
  routes = [
    '/admin/',
    '/admin/customers',
    ...customerTabs.map((tab) => `/admin/customers/${customerId}/show${tab}`),
    '/admin/apiKeys',
    '/admin/subscriptions',
    '/admin/invoices',
    `/admin/invoices/${invoice.id}/show`,
    '/admin/plans',
    `/admin/plans/${plan.id}`,
    '/admin/plans/create',
    '/admin/simulations',
    `/admin/simulations/${run.data?.runSimulation.runId ?? ''}/show`,
    '/admin/stripeEvents',
    '/admin/outbox',
    '/admin/meterDrift',
    '/admin/auditLog',
    '/admin/adminUsers',
    '/admin/adminUsers/create',
    `/admin/adminUsers/${admin.id}`,
    '/admin/reports/revenue',
    '/admin/usage',
    '/admin/dunning',
    '/admin/coupons',
    '/admin/account',
    '/admin/alerts',
  ];
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** Opens a route and waits until its data has arrived and no loading indicator is left. */
async function open(page: Page, route: string): Promise<void> {
  await page.goto(route);
  await page.waitForLoadState('networkidle');
  await page
    .locator('[role="progressbar"]')
    .first()
    .waitFor({ state: 'detached', timeout: 30_000 })
    .catch(() => undefined);
  await page.locator('#main-content').waitFor();
}

async function asSuperAdmin(name: string, steps: (page: Page) => Promise<void>): Promise<void> {
  const { context, page } = await signIn(browser, app, superAdmin);
  try {
    await withScreenshot(page, name, () => steps(page));
  } finally {
    await context.close();
  }
}

describe('the console layout', () => {
  for (const width of [1280, 390]) {
    it(`fits every page into a ${width} px window (tables scroll inside their own box) and shows no __typename`, async () => {
      const wide: string[] = [];
      const typenames: string[] = [];
      await asSuperAdmin(`layout-${width}`, async (page) => {
        await page.setViewportSize({ width, height: 900 });
        for (const route of routes) {
          await open(page, route);
          // A string expression runs in the page; this file is compiled without the DOM's types.
          const { scrollWidth, innerWidth, text } = (await page.evaluate(
            '({ scrollWidth: document.scrollingElement.scrollWidth, innerWidth: window.innerWidth, text: document.body.innerText })',
          )) as { scrollWidth: number; innerWidth: number; text: string };
          if (scrollWidth > innerWidth) wide.push(`${route}: ${scrollWidth} px`);
          if (text.includes('__typename')) typenames.push(route);
        }
      });
      expect(wide).toEqual([]);
      expect(typenames).toEqual([]);
    }, 600_000);
  }

  it('shows an audit change as fields with their before and after values, not as JSON', async () => {
    await asSuperAdmin('audit-fields', async (page) => {
      await open(page, `/admin/auditLog?filter=${encodeURIComponent(JSON.stringify({ targetId: customerId }))}`);
      // The row opens its change, by a click as by Enter.
      await page.getByRole('cell', { name: 'customer.suspend' }).first().click();
      const change = page.getByTestId('audit-change').first();
      await change.waitFor();
      const status = change.getByRole('row').filter({ hasText: 'status' }).first();
      expect(await status.getByRole('cell').allInnerTexts()).toEqual(['Status', 'active', 'suspended']);
      await change.getByRole('cell', { name: 'card testing from many countries' }).waitFor();
      expect(await change.innerText()).not.toMatch(/[{}"]/);
    });
  });

  it("shows an invoice's lines, the operations behind its overage, its payment and its refunds", async () => {
    const { invoice, customerId } = await invoiceWithOverage(app);
    await asSuperAdmin('invoice-detail', async (page) => {
      // Filtered to its customer: on a database other tests share, newer invoices fill the first page.
      await open(page, `/admin/invoices?filter=${encodeURIComponent(JSON.stringify({ customerId }))}`);
      // The list row opens the invoice page.
      await page.getByRole('cell', { name: invoice.number ?? '', exact: true }).click();
      await page.waitForURL(new RegExp(`/admin/invoices/${invoice.id}/show`));
      const operations = page.getByTestId('overage-operations');
      await operations.waitFor();
      expect(await operations.getByRole('listitem').allInnerTexts()).toEqual([
        'runSimulation: 3 calls, 30 credits over',
        'me: 1 call, 2 credits over',
      ]);
      const lines = page.getByTestId('invoice-lines');
      await lines.getByRole('cell', { name: 'Base', exact: true }).waitFor();
      await lines.getByRole('cell', { name: '$29.00' }).waitFor();
      const movements = page.getByTestId('invoice-payments');
      await movements.getByRole('cell', { name: '$29.32' }).waitFor();
      await movements.getByRole('cell', { name: 'goodwill for an outage' }).waitFor();
      await movements.getByRole('cell', { name: '−$3.00' }).waitFor();
      await movements.getByRole('cell', { name: '−$2.00' }).waitFor();
      await movements.getByRole('cell', { name: 'In Stripe' }).waitFor();
    });
  });

  it('reaches list rows with Tab and opens the record with Enter', async () => {
    await asSuperAdmin('keyboard-rows', async (page) => {
      await open(page, '/admin/customers');
      const firstRow = page.locator('tbody tr').first();
      await firstRow.waitFor();
      // Tab from the top of the page until a row has the focus (bounded: the toolbar has a few stops).
      let onRow = false;
      for (let step = 0; step < 60 && !onRow; step += 1) {
        await page.keyboard.press('Tab');
        onRow = (await page.evaluate("document.activeElement?.tagName === 'TR'")) === true;
      }
      expect(onRow).toBe(true);
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/admin\/customers\/[^/]+\/show/);
    });
  });
});
