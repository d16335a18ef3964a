import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemberRole } from '../../server/src/domain/members/member-role.js';
import { customerWithKey } from '../support/factories.js';
import { signedInMember } from '../support/members.js';
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

describe('portal notifications', () => {
  it('turns a mail category off for the signed-in member and shows it saved after a reload', async () => {
    const { customer } = await customerWithKey(app);
    const member = await signedInMember(app, customer.id, MemberRole.BILLING);
    const context = await browser.newContext({ baseURL: app.url });
    const [name, value] = member.cookie.split('=');
    await context.addCookies([{ name, value, url: app.url, httpOnly: true, sameSite: 'Strict' }]);
    const page = await context.newPage();
    // A stuck step fails within the test's time, with a screenshot, instead of at the test timeout.
    page.setDefaultTimeout(15_000);
    try {
      await withScreenshot(page, 'portal-notifications-toggle', async () => {
        await page.goto('/portal');
        await page.getByRole('link', { name: 'Notifications' }).click();
        const payments = page.getByLabel(/Payments:/);
        await expect.poll(() => payments.isChecked()).toBe(true);
        // The switch shows the saved state: it flips once the server has stored it, so click and wait.
        await payments.click();
        await expect.poll(() => payments.isChecked()).toBe(false);
        await page.reload();
        await page.getByLabel(/Credits:/).waitFor();
        expect(await page.getByLabel(/Payments:/).isChecked()).toBe(false);
        expect(await page.getByLabel(/Credits:/).isChecked()).toBe(true);
      });
      const rows = await app.services.orm.em
        .fork()
        .execute<{ category: string; enabled: boolean }[]>('select category, enabled from member_mail_preference where member_id = ?', [
          member.id,
        ]);
      expect(rows).toEqual([{ category: 'payments', enabled: false }]);
    } finally {
      await context.close();
    }
  });
});
