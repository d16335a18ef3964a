import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { launchBrowser, withScreenshot } from './browser.js';

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

const MAX_ENTRY_GZIP_BYTES = 250 * 1024;

describe('the console bundle (the production build the server serves)', () => {
  it('loads no chart code on the sign-in page, and its entry chunk is at most 250 kB gzipped', async () => {
    const context = await browser.newContext({ baseURL: app.url });
    const page = await context.newPage();
    const scripts = new Map<string, Buffer>();
    page.on('response', async (response) => {
      if (response.url().endsWith('.js')) scripts.set(response.url(), await response.body().catch(() => Buffer.alloc(0)));
    });
    try {
      await withScreenshot(page, 'bundle-sign-in', async () => {
        await page.goto('/admin/');
        await page.locator('input[name="username"]').waitFor();
        await page.waitForLoadState('networkidle');
      });
      const html = await (await fetch(`${app.url}/admin/`)).text();
      const entry = /<script type="module" crossorigin src="([^"]+)"/.exec(html)?.[1] ?? '';
      const entryBody = [...scripts].find(([url]) => url.endsWith(entry))?.[1];
      expect(entryBody, `entry ${entry} among ${[...scripts.keys()].join(', ')}`).toBeDefined();
      expect(gzipSync(entryBody ?? Buffer.alloc(0)).length).toBeLessThanOrEqual(MAX_ENTRY_GZIP_BYTES);
      // recharts marks its elements with recharts-* classes; none of that code may reach the sign-in page.
      const withCharts = [...scripts].filter(([, body]) => body.includes('recharts-wrapper')).map(([url]) => url);
      expect(withCharts).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
