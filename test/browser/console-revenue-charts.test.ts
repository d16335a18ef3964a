import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerWithMargin } from '../support/customer-margin-seed.js';
import { customerWithKey } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { AdminRole, adminAccount, type Credentials, launchBrowser, signIn, withScreenshot } from './browser.js';

let app: TestApp;
let browser: Browser;
let finance: Credentials;

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
  finance = await adminAccount(app, AdminRole.FINANCE);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function asFinance(name: string, steps: (page: Page) => Promise<void>): Promise<void> {
  const { context, page } = await signIn(browser, app, finance);
  try {
    await withScreenshot(page, name, () => steps(page));
  } finally {
    await context.close();
  }
}

/** The filter react-admin keeps in the list's URL. */
function urlFilter(page: Page): Record<string, string> {
  return JSON.parse(new URL(page.url()).searchParams.get('filter') ?? '{}');
}

describe('dashboard charts open the lists they summarise', () => {
  it('opens the invoices issued in the month of the MRR chart column clicked', async () => {
    await asFinance('mrr-click-through', async (page) => {
      const chart = page.getByTestId('chart-mrr').locator('.recharts-surface');
      await page.getByTestId('chart-mrr').locator('.recharts-cartesian-axis-tick-value').first().waitFor();
      await chart.click();
      await page.waitForURL((url) => url.pathname === '/admin/invoices');
      const month = urlFilter(page).issuedMonth ?? '';
      expect(month).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
      // The list's own filter input shows the month, so the user sees why the list is short.
      await expect.poll(() => page.getByLabel('Issued in (YYYY-MM)').inputValue()).toBe(month);
    });
  });

  it('opens the invoices with overage issued in the month of the overage chart column clicked', async () => {
    await asFinance('overage-click-through', async (page) => {
      const card = page.getByTestId('chart-overage');
      await card.locator('.recharts-cartesian-axis-tick-value').first().waitFor();
      await card.locator('.recharts-surface').click();
      await page.waitForURL((url) => url.pathname === '/admin/invoices');
      const filter = urlFilter(page);
      expect(filter.hasOverage).toBe('true');
      expect(filter.issuedMonth ?? '').toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
      // The list's switch shows the overage filter is on, so the user can turn it off.
      await expect.poll(() => page.getByLabel('With overage').isChecked()).toBe(true);
    });
  });

  it('opens the active customers on the plan of the plan-mix bar clicked', async () => {
    const { customer } = await customerWithKey(app, { plan: 'starter' });
    await asFinance('plan-click-through', async (page) => {
      const bars = page.getByTestId('chart-plan-mix').locator('.recharts-bar-rectangle');
      await bars.first().waitFor();
      // The bar under starter's tick, found by position: a plan with no active customer (other tests
      // add plans to a shared database) has a tick but no bar, so tick and bar indexes differ.
      const centre = (box: { x: number; y: number; width: number; height: number } | null) =>
        box ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : { x: 0, y: 0 };
      const ticks = page.getByTestId('chart-plan-mix').locator('.recharts-cartesian-axis-tick-value');
      const tickCentres = await Promise.all((await ticks.all()).map(async (tick) => centre(await tick.boundingBox())));
      const starter = tickCentres[(await ticks.allInnerTexts()).indexOf('starter')] ?? { x: 0, y: 0 };
      const alongX = new Set(tickCentres.map((tick) => Math.round(tick.x))).size > 1;
      const barCentres = await Promise.all((await bars.all()).map(async (bar) => centre(await bar.boundingBox())));
      const gap = (bar: { x: number; y: number }) => (alongX ? Math.abs(bar.x - starter.x) : Math.abs(bar.y - starter.y));
      const nearest = barCentres.reduce((best, bar, index) => (gap(bar) < gap(barCentres[best] ?? bar) ? index : best), 0);
      await bars.nth(nearest).click();
      await page.waitForURL((url) => url.pathname === '/admin/customers');
      expect(urlFilter(page)).toEqual({ status: 'ACTIVE', planCode: 'starter' });
      await page.locator('input[name="q"]').fill(customer.company);
      await page.getByRole('cell', { name: customer.email, exact: true }).waitFor();
    });
  });
});

describe('the revenue report', () => {
  it('shows a seeded customer in the gross margin table with revenue, compute cost and margin', async () => {
    const seed = await customerWithMargin(app);
    const cost = Math.round(1.5 * app.services.config.COMPUTE_COST_CENTS_PER_HOUR);
    const dollars = (cents: number) => `$${(cents / 100).toFixed(2)}`;
    await asFinance('margin-table', async (page) => {
      await page.goto('/admin/reports/revenue');
      await page.locator('input[name="to"]').fill(seed.month);
      await page.locator('input[name="from"]').fill(seed.month);
      const row = page.getByTestId(`margin-${seed.customerId}`);
      await row.waitFor();
      const cells = await row.locator('td').allInnerTexts();
      expect(cells[0]).toBe(seed.company);
      expect(cells[1]).toBe(dollars(12_000));
      expect(cells[2]).toBe('1.50 h');
      expect(cells[3]).toBe(dollars(cost));
      expect(cells[4]).toContain(dollars(12_000 - cost));
    });
  });
});
