import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neutraliseCell } from '../../admin-ui/src/layout/csv-export.js';
import { createCustomer } from '../../server/src/domain/subscriptions/new-customer.service.js';
import { neutraliseCell as serverNeutraliseCell } from '../../server/src/platform/csv/csv-cell.js';
import { uniqueEmail } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { AdminRole, adminAccount, launchBrowser, signIn, withScreenshot } from './browser.js';
import { parseCsv } from './csv.js';

// Company names an anonymous sign-up could choose, each a formula to a spreadsheet.
const FORMULAS = ['=HYPERLINK("http://evil.test","x")', "+cmd|' /C calc'!A0", '@SUM(1+1)', '-2+3', '=1+1'];

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

describe('console CSV exports', () => {
  it('apply the same cell rule as the server', () => {
    for (const value of [...FORMULAS, 'Acme', '', '3', 'a=b', '\rx', null, 42, -1])
      expect(neutraliseCell(value)).toEqual(serverNeutraliseCell(value));
  });

  it('export every matching customer, formula names neutralised, without __typename columns', async () => {
    const tag = `exp${randomUUID().slice(0, 8)}`;
    const em = app.services.orm.em.fork();
    const companies: string[] = [];
    for (let index = 0; index < 105; index += 1) {
      const company = index < FORMULAS.length ? (FORMULAS[index] ?? '') : `Plain ${index}`;
      companies.push(company);
      await createCustomer(em, { company, email: uniqueEmail(tag), planCode: 'free' });
    }
    const { context, page } = await signIn(browser, app, await adminAccount(app, AdminRole.FINANCE));
    try {
      await withScreenshot(page, 'customers-export', async () => {
        await page.getByRole('menuitem', { name: 'Customers', exact: true }).click();
        await page.getByPlaceholder('Company or email').fill(tag);
        await page.getByText(`of ${companies.length}`).first().waitFor();
        const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export' }).click()]);
        const [header, ...rows] = parseCsv(await readFile(await download.path(), 'utf8'));
        expect(header?.some((column) => column.includes('__typename'))).toBe(false);
        const companyColumn = header?.indexOf('company') ?? -1;
        expect(companyColumn).toBeGreaterThanOrEqual(0);
        expect(rows.length).toBe(companies.length);
        const exported = rows.map((row) => row[companyColumn] ?? '');
        expect(exported.sort()).toEqual(companies.map((company) => String(serverNeutraliseCell(company))).sort());
        expect(exported.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
      });
    } finally {
      await context.close();
    }
  });
});
