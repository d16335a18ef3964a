import { mkdir } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { AdminRole } from '../../server/src/platform/staff/admin-role.js';
import { createAdminUser } from '../../server/src/platform/staff/admin-user.service.js';
import { uniqueEmail } from '../support/factories.js';
import type { TestApp } from '../support/test-app.js';
import { chromiumToLaunch } from './chromium.js';

export const SCREENSHOTS = 'test-results';

export async function launchBrowser(): Promise<Browser> {
  const { executablePath, args } = await chromiumToLaunch();
  return chromium.launch({ executablePath, args, headless: true });
}

export type Credentials = { email: string; password: string };

export async function adminAccount(app: TestApp, role: AdminRole): Promise<Credentials> {
  const em = app.services.orm.em.fork();
  const email = uniqueEmail(role.replace('_', '-'));
  const password = `pw-${randomUUID()}`;
  await createAdminUser(em, { email, name: `Test ${role}`, role, password });
  await em.flush();
  return { email, password };
}

/** A fresh browser context signed in through the console's login form. */
export async function signIn(browser: Browser, app: TestApp, account: Credentials): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: app.url, acceptDownloads: true, viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  try {
    await withScreenshot(page, `sign-in-${account.email}`, async () => {
      await page.goto('/admin/');
      await page.locator('input[name="username"]').fill(account.email);
      await page.locator('input[name="password"]').fill(account.password);
      await page.locator('button[type="submit"]').click();
      await page.getByTestId('dashboard').waitFor();
    });
  } catch (error) {
    await context.close();
    throw error;
  }
  return { context, page };
}

/** Runs a browser step and keeps a full-page screenshot in test-results/ when it fails. */
/** Runs `steps` in a fresh console session of `account`, with a screenshot if they fail, and closes it. */
export async function signedInSteps(
  browser: Browser,
  app: TestApp,
  account: Credentials,
  name: string,
  steps: (page: Page) => Promise<void>,
): Promise<void> {
  const { context, page } = await signIn(browser, app, account);
  try {
    await withScreenshot(page, name, () => steps(page));
  } finally {
    await context.close();
  }
}

export async function withScreenshot<T>(page: Page, name: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    await mkdir(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOTS}/${name.replace(/[^a-z0-9-]+/gi, '-')}.png`, fullPage: true }).catch(() => undefined);
    throw error;
  }
}

export { AdminRole };
