import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemberRole } from '../../server/src/domain/members/member-role.js';
import { customerWithKey } from '../support/factories.js';
import { signedInMember } from '../support/members.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { launchBrowser, withScreenshot } from './browser.js';

const run = promisify(execFile);

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

/** A phone-sized browser signed in as a member, allowed to read what the copy buttons write. */
async function asMember(cookie: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: app.url, viewport: { width: 390, height: 844 }, acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
  const [name, value] = cookie.split('=');
  await context.addCookies([{ name, value, url: app.url, httpOnly: true, sameSite: 'Strict' }]);
  return { context, page: await context.newPage() };
}

async function noSidewaysScroll(page: Page): Promise<void> {
  const widths = await page.evaluate<{ scroll: number; view: number }>(
    '({ scroll: document.documentElement.scrollWidth, view: window.innerWidth })',
  );
  expect(widths.scroll, 'page wider than the phone').toBeLessThanOrEqual(widths.view);
}

/** A developer on the Playground page with a fresh playground test key, made by the one-click button. */
async function developerInPlayground(): Promise<{ context: BrowserContext; page: Page; customerId: string }> {
  const { customer } = await customerWithKey(app);
  const developer = await signedInMember(app, customer.id, MemberRole.DEVELOPER);
  const { context, page } = await asMember(developer.cookie);
  await page.goto('/portal/playground');
  await page.getByRole('button', { name: 'Create a playground test key' }).click();
  await page
    .getByTestId('playground-key')
    .getByText(/on Pro/)
    .waitFor();
  return { context, page, customerId: customer.id };
}

async function workbookBase(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Model');
  sheet.getCell('A1').value = 'Revenue';
  sheet.getCell('B1').value = { formula: 'RiskNormal(100,10)' };
  sheet.getCell('A2').value = 'Cost';
  sheet.getCell('B2').value = { formula: 'RiskNormal(60,5)' };
  sheet.getCell('A3').value = 'Margin';
  sheet.getCell('B3').value = { formula: 'B1-B2' };
  sheet.getCell('A4').value = 'Profit';
  sheet.getCell('B4').value = { formula: 'RiskOutput("Profit")+B3*2' };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('the portal playground and API explorer', () => {
  it('lets a developer build a model, see its quote, run it and copy a curl command that works', async () => {
    const { context, page } = await developerInPlayground();
    try {
      await withScreenshot(page, 'playground-run', async () => {
        const firstInput = page.getByRole('group', { name: 'Input 1' });
        await firstInput.getByLabel('Mean').fill('120');
        await page.getByRole('button', { name: 'Add input' }).click();
        const third = page.getByRole('group', { name: 'Input 3' });
        await third.getByLabel('Distribution').selectOption('PERT');
        await third.getByLabel('Min').fill('1');
        await third.getByLabel('Most likely').fill('2');
        await third.getByLabel('Max').fill('5');
        await page.getByRole('group', { name: 'Output 1' }).getByLabel('Formula').fill('revenue - cost * x3');
        await page.getByLabel('Correlate inputs').check();
        await page.getByLabel('Correlation of revenue and cost').fill('0.5');
        await page
          .getByTestId('quote')
          .getByText(/^1 credit · list price \$/)
          .waitFor();

        await page.getByRole('button', { name: 'Run', exact: true }).click();
        const results = page.getByTestId('results');
        await results.getByTestId('percentiles').getByRole('row', { name: /^P50 / }).waitFor();
        expect(await results.getByTestId('histogram').locator('rect').count()).toBe(50);
        await results.getByTestId('tornado').getByText('revenue').waitFor();
        await results.getByTestId('value-at-risk').getByRole('row', { name: /^95%/ }).waitFor();
        await noSidewaysScroll(page);

        await page.getByRole('button', { name: 'Copy as curl' }).click();
        const curl = await page.evaluate<string>('navigator.clipboard.readText()');
        expect(curl).toContain('runSimulation');
        const secret = await page.evaluate<string>("sessionStorage.getItem('carlo.playground.key')");
        expect(secret).toMatch(/^mc_test_/);
        const { stdout } = await run('sh', ['-c', curl], { env: { ...process.env, CARLO_API_KEY: secret } });
        const answer = JSON.parse(stdout) as { data?: { runSimulation: { outputs: { name: string }[] } }; errors?: unknown };
        expect(answer.errors).toBeUndefined();
        expect(answer.data?.runSimulation.outputs.map((output) => output.name)).toEqual(['profit']);

        await page.getByRole('button', { name: 'Copy as SDK code' }).click();
        const sdk = await page.evaluate<string>('navigator.clipboard.readText()');
        expect(sdk).toContain('carlo.simulations.run(model)');
        expect(sdk).toContain('"type": "PERT"');
        await page.getByRole('button', { name: 'Copy as GraphQL' }).click();
        expect(await page.evaluate<string>('navigator.clipboard.readText()')).toMatch(/^mutation PlaygroundRun/);
      });
    } finally {
      await context.close();
    }
  });

  it("refuses a bad parameter with the server's message beside the field", async () => {
    const { context, page } = await developerInPlayground();
    try {
      await withScreenshot(page, 'playground-refused', async () => {
        const firstInput = page.getByRole('group', { name: 'Input 1' });
        await firstInput.getByLabel('Standard deviation').fill('-3');
        await page.getByTestId('quote').waitFor();
        await page.getByRole('button', { name: 'Run', exact: true }).click();
        await page.getByRole('alert').getByText('BAD_USER_INPUT').waitFor();
        const message = (await firstInput.locator('.field-error').textContent()) ?? '';
        expect(message).toMatch(/sd|standard deviation/i);
        expect(await page.getByRole('alert').first().textContent()).toContain(message);
        expect(await page.getByTestId('results').count()).toBe(0);
        await firstInput.getByLabel('Standard deviation').fill('abc');
        await firstInput.getByText('Standard deviation: enter a number such as 2.5.').waitFor();
      });
    } finally {
      await context.close();
    }
  });

  it('runs a large model as a job with a progress bar, and cancels it', async () => {
    const { context, page } = await developerInPlayground();
    try {
      await withScreenshot(page, 'playground-job', async () => {
        await page.getByLabel('Iterations').fill('20000000');
        await page
          .getByRole('group', { name: 'Output 1' })
          .getByLabel('Formula')
          .fill('sqrt(abs(revenue * cost)) + exp(-cost / 100) * log(revenue + 1000) + pow(abs(revenue - cost), 1.5) / (1 + abs(cost))');
        await page.getByTestId('quote').waitFor();
        await page.getByRole('button', { name: 'Start job' }).click();
        await page.getByRole('progressbar', { name: 'Job progress' }).waitFor();
        await page.getByRole('button', { name: 'Cancel job' }).click();
        await page
          .getByTestId('job-stopped')
          .getByText(/Job cancelled/)
          .waitFor({ timeout: 30_000 });
        await page.getByRole('button', { name: 'Copy as SDK code' }).click();
        expect(await page.evaluate<string>('navigator.clipboard.readText()')).toContain('carlo.simulations.start(model)');
      });
    } finally {
      await context.close();
    }
  });

  it('imports a workbook, shows how its cells map, runs it and downloads the results as .xlsx', async () => {
    const { context, page } = await developerInPlayground();
    try {
      await withScreenshot(page, 'playground-workbook', async () => {
        await page.getByRole('tab', { name: 'Workbook' }).click();
        await page.getByLabel(/\.xlsx file/).setInputFiles({
          name: 'risk.xlsx',
          mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          buffer: await workbookBase(),
        });
        await page.getByRole('button', { name: 'Import workbook' }).click();
        const mapping = page.getByTestId('mapping');
        await mapping.getByRole('row', { name: /Model!B1 input/ }).waitFor();
        await mapping.getByRole('row', { name: /Model!B4 output Profit/ }).waitFor();
        await page.getByLabel('Seed (optional)').fill('5');
        await page.getByRole('button', { name: 'Run workbook model' }).click();
        await page.getByTestId('results').getByTestId('histogram').waitFor();
        await noSidewaysScroll(page);
        const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download .xlsx' }).click()]);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(new Uint8Array(await readFile(await download.path())).buffer);
        expect(workbook.getWorksheet('Model')?.getCell('B2').value).toBe(5);
      });
    } finally {
      await context.close();
    }
  });

  it('names the cell of a workbook it cannot read', async () => {
    const { context, page } = await developerInPlayground();
    try {
      await withScreenshot(page, 'playground-workbook-refused', async () => {
        const workbook = new ExcelJS.Workbook();
        const sheet = workbook.addWorksheet('Model');
        sheet.getCell('B1').value = { formula: 'RiskNormal(100,10)' };
        sheet.getCell('B2').value = { formula: 'RiskOutput()+VLOOKUP(B1,C1:D4,2)' };
        // By keyboard: arrow keys move between the tabs.
        await page.getByRole('tab', { name: 'Model' }).focus();
        await page.keyboard.press('ArrowRight');
        await page.getByRole('tab', { name: 'Workbook', selected: true }).waitFor();
        await page.getByLabel(/\.xlsx file/).setInputFiles({
          name: 'bad.xlsx',
          mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
        });
        await page.getByRole('button', { name: 'Import workbook' }).click();
        await page
          .getByRole('alert')
          .getByText(/Model!B2/)
          .waitFor();
        await page.getByRole('alert').getByText('BAD_USER_INPUT').waitFor();
      });
    } finally {
      await context.close();
    }
  });

  it('opens GraphiQL with the chosen key and runs { me { id } }', async () => {
    const { context, page, customerId } = await developerInPlayground();
    try {
      await withScreenshot(page, 'playground-explorer', async () => {
        await page.getByRole('link', { name: 'API explorer' }).click();
        await page.getByRole('heading', { name: 'API explorer' }).waitFor();
        const schemaRead = page.waitForResponse((response) => (response.request().postData() ?? '').includes('IntrospectionQuery'));
        await page.goto(`/portal/explorer?query=${encodeURIComponent('{ me { id } }')}`);
        expect((await schemaRead).status()).toBe(200);
        const explorer = page.getByTestId('graphiql');
        // The Execute button does nothing until Monaco holds the operation: wait for the editor's text.
        await explorer
          .locator('.graphiql-query-editor')
          .filter({ hasText: /me\s*\{\s*id/ })
          .waitFor();
        const answered = page.waitForResponse((response) => (response.request().postData() ?? '').includes('me { id }'));
        await explorer.getByRole('button', { name: /Execute query/ }).click();
        const answer = await answered;
        expect(answer.status()).toBe(200);
        expect(answer.request().headers().authorization).toMatch(/^Bearer mc_test_/);
        expect(((await answer.json()) as { data: { me: { id: string } } }).data.me.id).toBe(customerId);
        // The response editor wraps the id at 390 px, so look for its first group.
        await explorer.locator('.graphiql-response').getByText(customerId.slice(0, 8)).waitFor();
        await noSidewaysScroll(page);
      });
    } finally {
      await context.close();
    }
  });

  it('shows a billing member neither the playground nor the explorer', async () => {
    const { customer } = await customerWithKey(app);
    const billing = await signedInMember(app, customer.id, MemberRole.BILLING);
    const { context, page } = await asMember(billing.cookie);
    try {
      await withScreenshot(page, 'playground-billing-role', async () => {
        await page.goto('/portal/');
        await page.getByRole('link', { name: 'Billing' }).waitFor();
        expect(await page.getByRole('link', { name: 'Playground' }).count()).toBe(0);
        expect(await page.getByRole('link', { name: 'API explorer' }).count()).toBe(0);
        await page.goto('/portal/playground');
        await page.getByRole('alert').getByText('Your team role (billing) cannot use the playground').waitFor();
        expect(await page.getByRole('button', { name: 'Create a playground test key' }).count()).toBe(0);
      });
    } finally {
      await context.close();
    }
  });
});
