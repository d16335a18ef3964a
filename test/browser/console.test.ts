import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { Invoice } from '../../server/src/billing/stripe/invoice.entity.js';
import { errorCodes } from '../support/graphql-client.js';
import { customerWithKey } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { AdminRole, adminAccount, type Credentials, launchBrowser, signIn, withScreenshot } from './browser.js';
import { parseCsv } from './csv.js';

const KeyMe = graphql(`query BrowserKeyMe { me { id access { level reason } } }`);
const KeyList = graphql(`query BrowserKeyList { apiKeys(page: 1, perPage: 5) { totalCount } }`);
const KeyRun = graphql(`mutation BrowserKeyRun($input: SimulationInput!) { runSimulation(input: $input) { iterationsRun } }`);
const KeyRunWithId = graphql(`mutation BrowserKeyRunWithId($input: SimulationInput!) { runSimulation(input: $input) { runId } }`);
const KeyCredits = graphql(`query BrowserKeyCredits { me { credits { prepaidRemaining } } }`);
const KeyPlan = graphql(`query BrowserKeyPlan { me { plan { code } } }`);
const smallRun = {
  iterations: 1000,
  seed: 7,
  inputs: [{ name: 'x', distribution: { type: 'NORMAL' as const, mean: 0, sd: 1 } }],
  outputs: [{ name: 'y', formula: 'x * 2' }],
};

let app: TestApp;
let browser: Browser;
const accounts = new Map<AdminRole, Credentials>();

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
  for (const role of Object.values(AdminRole)) accounts.set(role, await adminAccount(app, role));
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

function account(role: AdminRole): Credentials {
  const found = accounts.get(role);
  if (!found) throw new Error(`no ${role} account`);
  return found;
}

const menus: Record<AdminRole, { shown: string[]; hidden: string[] }> = {
  super_admin: { shown: ['Customers', 'API keys', 'Audit log', 'Admin users', 'Revenue report'], hidden: [] },
  admin: { shown: ['Customers', 'API keys', 'Audit log'], hidden: ['Admin users', 'Revenue report'] },
  support: { shown: ['Customers', 'API keys', 'Audit log'], hidden: ['Admin users', 'Revenue report'] },
  finance: { shown: ['Customers', 'Revenue report'], hidden: ['API keys', 'Audit log', 'Admin users'] },
};

describe('the console in a real browser', () => {
  for (const role of Object.values(AdminRole)) {
    it(`signs in a ${role} and shows only the menu entries of that role`, async () => {
      const { context, page } = await signIn(browser, app, account(role));
      try {
        await withScreenshot(page, `menu-${role}`, async () => {
          const menu = page.locator('.RaSidebar-fixed, .RaMenu-open, [class*="RaMenu"]').first();
          for (const entry of menus[role].shown) await menu.getByRole('menuitem', { name: entry, exact: true }).waitFor();
          for (const entry of menus[role].hidden)
            expect(await menu.getByRole('menuitem', { name: entry, exact: true }).count(), entry).toBe(0);
        });
      } finally {
        await context.close();
      }
    });
  }

  it('draws the dashboard charts: usage for every role, revenue for finance', async () => {
    const { key } = await customerWithKey(app);
    expect((await app.client.request(KeyRun, { input: smallRun }, { key })).data?.runSimulation.iterationsRun).toBe(1000);
    const { context, page } = await signIn(browser, app, account(AdminRole.FINANCE));
    try {
      await withScreenshot(page, 'dashboard-charts', async () => {
        // Today's call lifts the usage line off the axis; the customer fills a slice of the pie.
        await page.getByTestId('chart-usage-trend').locator('.recharts-line-curve').first().waitFor();
        await page.getByTestId('chart-customers-by-status').locator('.recharts-pie-sector').first().waitFor();
        await page.getByTestId('chart-mrr').locator('.recharts-cartesian-axis-tick-value').first().waitFor();
        await page.getByTestId('revenue-headline').waitFor();
      });
    } finally {
      await context.close();
    }
  });

  it('lets support find, open and suspend a customer, whose key is then refused for billable and read calls', async () => {
    const { customer, key } = await customerWithKey(app);
    expect((await app.client.request(KeyRun, { input: smallRun }, { key })).data?.runSimulation.iterationsRun).toBe(1000);
    const { context, page } = await signIn(browser, app, account(AdminRole.SUPPORT));
    try {
      await withScreenshot(page, 'suspend-customer', async () => {
        await page.getByRole('menuitem', { name: 'Customers', exact: true }).click();
        await page.locator('input[name="q"]').fill(customer.company);
        // The list applies its search after a debounce by changing the URL; a click before that
        // opens the customer, and the late filter change would take the page back to the list.
        await page.waitForURL(/filter=/);
        await page.getByRole('cell', { name: customer.email, exact: true }).click();
        await page.getByText('Pro — $', { exact: false }).waitFor();
        await page.getByRole('button', { name: 'Suspend', exact: true }).click();
        await page.locator('textarea[name="reason"]').fill('chargeback under investigation');
        await page.getByRole('button', { name: 'Suspend customer' }).click();
        await page.getByRole('button', { name: 'Reinstate' }).waitFor();
        await page.getByText('chargeback under investigation').waitFor();
      });
    } finally {
      await context.close();
    }
    const me = await app.client.request(KeyMe, {}, { key });
    expect(me.errors, JSON.stringify(me.errors)).toEqual([]);
    expect(me.data?.me.access).toEqual({ level: 'BILLING_ONLY', reason: 'customer_suspended' });
    expect(errorCodes(await app.client.request(KeyList, {}, { key }))).toEqual(['FORBIDDEN']);
    const run = await app.client.request(KeyRun, { input: smallRun }, { key });
    expect(errorCodes(run)).toEqual(['FORBIDDEN']);
    expect(run.data?.runSimulation ?? null).toBeNull();
  });

  it('lets an admin grant credits from the customer page; the key sees them at once', async () => {
    const { customer, key } = await customerWithKey(app);
    const before = (await app.client.request(KeyCredits, {}, { key })).data?.me.credits.prepaidRemaining ?? -1;
    const { context, page } = await signIn(browser, app, account(AdminRole.ADMIN));
    try {
      await withScreenshot(page, 'grant-credits', async () => {
        await page.goto(`/admin/customers/${customer.id}/show/credits`);
        await page.getByTestId('credits-card').waitFor();
        await page.getByRole('button', { name: 'Grant credits' }).click();
        await page.locator('input[name="credits"]').fill('2500');
        await page.locator('input[name="grantReason"]').fill('goodwill after an outage');
        await page.getByRole('button', { name: 'Grant', exact: true }).click();
        await page.locator(`[data-testid="prepaid-remaining"][data-credits="${before + 2500}"]`).waitFor();
      });
    } finally {
      await context.close();
    }
    expect((await app.client.request(KeyCredits, {}, { key })).data?.me.credits.prepaidRemaining).toBe(before + 2500);
  });

  it('lets an admin change a customer plan from the customer page; the key gets the new plan at once', async () => {
    const { customer, key } = await customerWithKey(app, { plan: 'pro' });
    const { context, page } = await signIn(browser, app, account(AdminRole.ADMIN));
    try {
      await withScreenshot(page, 'change-plan', async () => {
        await page.goto(`/admin/customers/${customer.id}/show`);
        await page.getByText('Pro — $', { exact: false }).waitFor();
        await page.getByRole('button', { name: 'Change plan', exact: true }).click();
        await page.locator('select[name="plan"]').selectOption('team');
        await page.getByTestId('plan-facts').waitFor();
        await page.getByTestId('plan-preview').getByText('Applies now', { exact: false }).waitFor();
        await page.getByRole('button', { name: 'Apply plan change' }).click();
        await page.getByText('Team — $', { exact: false }).waitFor();
      });
    } finally {
      await context.close();
    }
    expect((await app.client.request(KeyPlan, {}, { key })).data?.me.plan.code).toBe('team');
  });

  it('lets an admin revoke a key from the customer page, after which the key is refused', async () => {
    const { customer, key } = await customerWithKey(app);
    const { context, page } = await signIn(browser, app, account(AdminRole.ADMIN));
    try {
      await withScreenshot(page, 'revoke-key', async () => {
        await page.goto(`/admin/customers/${customer.id}/show/keys`);
        await page.getByRole('button', { name: 'Revoke', exact: true }).click();
        await page.locator('textarea[name="reason"]').fill('key posted in a public repository');
        await page.getByRole('button', { name: 'Revoke key' }).click();
        await page.getByText('REVOKED', { exact: true }).waitFor();
      });
    } finally {
      await context.close();
    }
    const refused = await app.client.request(KeyMe, {}, { key });
    expect(refused.status).toBe(401);
    expect(refused.errors[0]?.extensions?.reason).toBe('key_revoked');
  });

  it('keeps support out of the finance pages and the revenue export', async () => {
    const { context, page } = await signIn(browser, app, account(AdminRole.SUPPORT));
    try {
      await withScreenshot(page, 'support-finance', async () => {
        await page.goto('/admin/reports/revenue');
        await page.getByTestId('access-denied').waitFor();
        expect(await page.getByTestId('report-total').count()).toBe(0);
        expect(await page.getByTestId('revenue-headline').count()).toBe(0);
        const status = await page.evaluate(async () => (await fetch('/reports/revenue.csv')).status);
        expect(status).toBe(403);
      });
    } finally {
      await context.close();
    }
  });

  it('lets finance download the revenue CSV, whose total matches the report to the cent', async () => {
    const { customer } = await customerWithKey(app, { plan: 'starter' });
    const em = app.services.orm.em.fork();
    const now = new Date();
    const lines = [
      {
        id: 'il_1',
        description: 'Starter, monthly',
        amountCents: 2_900,
        quantity: 1,
        priceId: null,
        lookupKey: 'carlo_starter_base',
        proration: false,
        periodStart: now.toISOString(),
        periodEnd: now.toISOString(),
      },
      {
        id: 'il_2',
        description: 'Overage credits',
        amountCents: 1_234,
        quantity: 1234,
        priceId: null,
        lookupKey: 'carlo_starter_overage',
        proration: false,
        periodStart: now.toISOString(),
        periodEnd: now.toISOString(),
      },
    ];
    em.create(Invoice, {
      stripeInvoiceId: `in_browser_${customer.id}`,
      customerId: customer.id,
      number: 'B-1',
      status: 'paid',
      currency: 'usd',
      subtotalCents: 4_134,
      totalCents: 4_134,
      amountPaidCents: 4_134,
      amountDueCents: 0,
      periodStart: now,
      periodEnd: now,
      issuedAt: now,
      lines,
    });
    await em.flush();
    const { context, page } = await signIn(browser, app, account(AdminRole.FINANCE));
    try {
      await withScreenshot(page, 'finance-csv', async () => {
        await page.getByTestId('revenue-headline').waitFor();
        await page.getByRole('menuitem', { name: 'Revenue report', exact: true }).click();
        const total = page.getByTestId('report-total');
        await total.waitFor();
        // Other browser test files share PostgreSQL in CI's second run, and some make invoices without lines.
        await page.getByTestId('reconciled').or(page.getByTestId('unreconciled')).waitFor();
        const cents = Number(await total.getAttribute('data-cents'));
        expect(cents).toBeGreaterThanOrEqual(4_134);
        const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-csv').click()]);
        const rows = parseCsv(await readFile(await download.path(), 'utf8'));
        const header = rows[0];
        expect(header).toEqual([
          'issued_at',
          'invoice_id',
          'invoice_number',
          'status',
          'customer_id',
          'company',
          'kind',
          'plan',
          'description',
          'currency',
          'amount_cents',
          'amount',
        ]);
        // The CSV carries a negative line per refund, so its amounts sum to net revenue (billed when nothing was refunded).
        const netCents = Number(await page.getByTestId('report-net').getAttribute('data-cents'));
        expect(rows.slice(1).reduce((sum, row) => sum + Number(row[10]), 0)).toBe(netCents);
      });
    } finally {
      await context.close();
    }
  });

  it('shows a customer simulation to support with a histogram and a tornado chart', async () => {
    const { key } = await customerWithKey(app);
    const input = {
      iterations: 5000,
      seed: 11,
      inputs: [
        { name: 'price', distribution: { type: 'NORMAL' as const, mean: 10, sd: 2 } },
        { name: 'volume', distribution: { type: 'UNIFORM' as const, min: 100, max: 200 } },
      ],
      outputs: [{ name: 'revenue', formula: 'price * volume' }],
    };
    const run = await app.client.request(KeyRunWithId, { input }, { key });
    expect(run.errors).toEqual([]);
    const runId = run.data?.runSimulation.runId ?? '';
    const { context, page } = await signIn(browser, app, account(AdminRole.SUPPORT));
    try {
      await withScreenshot(page, 'simulation-show', async () => {
        await page.goto(`/admin/simulations/${runId}/show`);
        await page.getByTestId('histogram').locator('.recharts-bar-rectangle').first().waitFor();
        await page.getByTestId('tornado').locator('.recharts-bar-rectangle').first().waitFor();
        await page.getByText('revenue: mean').waitFor();
      });
    } finally {
      await context.close();
    }
  });

  it('serves client routes from the server so a deep link opens after sign-in', async () => {
    const { context, page } = await signIn(browser, app, account(AdminRole.SUPER_ADMIN));
    try {
      await withScreenshot(page, 'deep-link', async () => {
        await page.goto('/admin/adminUsers');
        await page.getByText(account(AdminRole.FINANCE).email).waitFor();
      });
    } finally {
      await context.close();
    }
  });
});
