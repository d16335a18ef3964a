import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { settle, until } from '../integration/billing-helpers.js';
import { uniqueEmail } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { launchBrowser, withScreenshot } from './browser.js';

const Access = graphql(`query StorefrontBrowserAccess { me { plan { code } access { level } } }`);

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

/** A phone-sized context (390 px wide), as a visitor from a link in a chat would arrive. */
async function phone(options: { javaScript: boolean }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: app.url,
    viewport: { width: 390, height: 844 },
    javaScriptEnabled: options.javaScript,
  });
  return { context, page: await context.newPage() };
}

async function noSidewaysScroll(page: Page): Promise<void> {
  const widths = await page.evaluate<{ scroll: number; view: number }>(
    '({ scroll: document.documentElement.scrollWidth, view: window.innerWidth })',
  );
  expect(widths.scroll, 'page wider than the phone').toBeLessThanOrEqual(widths.view);
}

describe('the storefront in a real browser', () => {
  it('reads without JavaScript at 390 px: plans, and a calculator the server answers', async () => {
    const { context, page } = await phone({ javaScript: false });
    try {
      await withScreenshot(page, 'pricing-no-js', async () => {
        await page.goto('/');
        expect(new URL(page.url()).pathname).toBe('/pricing');
        await page.getByRole('heading', { name: 'Pro', exact: true }).waitFor();
        await noSidewaysScroll(page);
        await page.getByLabel('Iterations').fill('2000000');
        await page.getByLabel('Input variables').fill('3');
        await page.getByRole('button', { name: 'Work it out' }).click();
        await page.waitForURL(/iterations=2000000/);
        expect(await page.locator('#calculator-answer').textContent()).toContain('= 60 credits per run');
      });
    } finally {
      await context.close();
    }
  });

  it('updates the calculator as the visitor types when JavaScript runs', async () => {
    const { context, page } = await phone({ javaScript: true });
    try {
      await withScreenshot(page, 'pricing-js', async () => {
        await page.goto('/pricing');
        await page.getByLabel('Iterations').fill('500000');
        await page.getByLabel('Input variables').fill('4');
        await page.locator('#calculator-answer', { hasText: '= 20 credits per run' }).waitFor();
        expect(new URL(page.url()).search).toBe('');
      });
    } finally {
      await context.close();
    }
  });

  it('goes from Start on a paid plan to a key shown once, pays on Checkout with 4242, and the key gets full access', async () => {
    const { context, page } = await phone({ javaScript: true });
    try {
      await withScreenshot(page, 'pricing-to-paid-key', async () => {
        await page.goto('/pricing');
        await page.getByRole('link', { name: 'Start with Starter' }).click();
        await page.getByLabel('Company').fill('Browser Buyer');
        await page.getByLabel('Work email').fill(uniqueEmail('buyer'));
        await page.getByLabel('Password (10 characters or more)').fill('buyer-password-1');
        expect(await page.getByLabel('Plan').inputValue()).toBe('starter');
        await page.getByRole('button', { name: 'Create account' }).click();
        const key = (await page.locator('#api-key').textContent()) ?? '';
        expect(key).toMatch(/^mc_live_/);
        await noSidewaysScroll(page);
        expect((await app.client.request(Access, {}, { key })).data?.me.access.level).toBe('BILLING_ONLY');
        await page.getByRole('link', { name: 'Pay on Stripe Checkout' }).click();
        await page.getByLabel('Card number').fill('4242 4242 4242 4242');
        await page.getByLabel('Expiry (MM/YY)').fill('12/34');
        await page.getByLabel('CVC').fill('123');
        await page.getByRole('button', { name: 'Pay' }).click();
        await page.getByRole('heading', { name: 'Payment received' }).waitFor();
        await settle(app);
        const me = await until(
          () => app.client.request(Access, {}, { key }),
          (response) => response.data?.me.access.level === 'FULL',
          'the paid key to get full access',
        );
        expect(me.data?.me.plan.code).toBe('starter');
      });
    } finally {
      await context.close();
    }
  });
});
