import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll } from 'vitest';
import { randomUUID } from 'node:crypto';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { AdminRole } from '../../server/src/platform/staff/admin-role.js';
import { createAdminUser } from '../../server/src/platform/staff/admin-user.service.js';
import { uniqueEmail } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
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

/** Runs a browser step and keeps a full-page screenshot in test-results/ when it fails. */
export async function withScreenshot<T>(page: Page, name: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    await mkdir(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOTS}/${name.replace(/[^a-z0-9-]+/gi, '-')}.png`, fullPage: true }).catch(() => undefined);
    throw error;
  }
}

export type ConsoleSuite = {
  readonly app: TestApp;
  readonly browser: Browser;
  account: (role: AdminRole) => Credentials;
  asRole: (role: AdminRole, name: string, steps: (page: Page) => Promise<void>) => Promise<void>;
};

/**
 * What a console test file needs: an app and a browser started in beforeAll with an account for each
 * of `roles`, both closed in afterAll; `asRole` runs steps in a fresh signed-in session of a role.
 */
export function consoleSuite(roles: AdminRole[]): ConsoleSuite {
  const accounts = new Map<AdminRole, Credentials>();
  // Set once everything is up; app and browser apart, so afterAll closes whatever did start.
  let started: { app: TestApp; browser: Browser } | null = null;
  let app: TestApp | null = null;
  let browser: Browser | null = null;
  beforeAll(async () => {
    app = await startTestApp();
    browser = await launchBrowser();
    for (const role of roles) accounts.set(role, await adminAccount(app, role));
    started = { app, browser };
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });
  const ready = () => {
    if (!started) throw new Error('consoleSuite: its beforeAll has not run (or failed)');
    return started;
  };
  const account = (role: AdminRole) => {
    const found = accounts.get(role);
    if (!found) throw new Error(`no ${role} account: pass ${role} to consoleSuite`);
    return found;
  };
  return {
    get app() {
      return ready().app;
    },
    get browser() {
      return ready().browser;
    },
    account,
    asRole: (role, name, steps) => signedInSteps(ready().browser, ready().app, account(role), name, steps),
  };
}

export { AdminRole };
