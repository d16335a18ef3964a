import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { customerWithKey } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { AdminRole, adminAccount, type Credentials, launchBrowser, signIn, withScreenshot } from './browser.js';

const RunForConsole = graphql(`mutation ConsoleDownloadRun($input: SimulationInput!) { runSimulation(input: $input) { runId } }`);

let app: TestApp;
let browser: Browser;
let support: Credentials;

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
  support = await adminAccount(app, AdminRole.SUPPORT);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('simulation downloads in the console', () => {
  it("lets support save a customer's run as .xlsx and SIPmath from its page", async () => {
    const { key } = await customerWithKey(app);
    const input = {
      iterations: 3000,
      seed: 21,
      inputs: [{ name: 'cost', distribution: { type: 'TRIANGULAR' as const, min: 1, mode: 2, max: 4 } }],
      outputs: [{ name: 'total', formula: 'cost * 10' }],
    };
    const run = await app.client.request(RunForConsole, { input }, { key });
    expect(run.errors).toEqual([]);
    const runId = run.data?.runSimulation.runId ?? '';
    const { context, page } = await signIn(browser, app, support);
    try {
      await withScreenshot(page, 'simulation-downloads', async () => {
        await page.goto(`/admin/simulations/${runId}/show`);
        const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download .xlsx' }).click()]);
        expect(xlsx.suggestedFilename()).toBe(`carlo-${runId}.xlsx`);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(new Uint8Array(await readFile(await xlsx.path())).buffer);
        expect(workbook.getWorksheet('Model')?.getCell('B2').value).toBe(21);

        const [sipmath] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: 'Download SIPmath' }).click(),
        ]);
        expect(sipmath.suggestedFilename()).toBe(`carlo-${runId}.sipmath.json`);
        const library = JSON.parse(await readFile(await sipmath.path(), 'utf8')) as { sips: { name: string }[] };
        expect(library.sips.map((sip) => sip.name)).toContain('total');
      });
    } finally {
      await context.close();
    }
  });
});
