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

describe('portal spend caps', () => {
  it('lets a developer set a hard monthly cap on a key and remove it again', async () => {
    const { customer, keyId } = await customerWithKey(app);
    const developer = await signedInMember(app, customer.id, MemberRole.DEVELOPER);
    const context = await browser.newContext({ baseURL: app.url, viewport: { width: 1280, height: 800 } });
    const [name, value] = developer.cookie.split('=');
    await context.addCookies([{ name, value, url: app.url, httpOnly: true, sameSite: 'Strict' }]);
    const page = await context.newPage();
    try {
      await withScreenshot(page, 'portal-spend-cap', async () => {
        await page.goto('/portal/keys');
        await page.getByRole('button', { name: 'Spend cap…' }).click();
        const form = page.getByRole('form', { name: 'Spend cap of test key' });
        await form.getByLabel('Credits').fill('250');
        await form.getByLabel('per').selectOption({ label: 'UTC month' });
        await form.getByLabel('When reached').selectOption({ label: 'refuse calls' });
        await form.getByRole('button', { name: 'Set cap' }).click();
        await page.getByRole('row', { name: /250 \/ month \(hard\)/ }).waitFor();
        const key = await app.services.orm.em
          .fork()
          .getConnection()
          .execute<{ c: number; w: string; m: string }[]>(
            'select spend_cap_credits as c, spend_cap_window as w, spend_cap_mode as m from api_key where id = ?',
            [keyId],
          );
        expect(key[0]).toEqual({ c: 250, w: 'month', m: 'hard' });
        await page.getByRole('button', { name: 'Spend cap…' }).click();
        await page.getByRole('button', { name: 'Remove cap' }).click();
        await page.getByRole('row', { name: /test key.* none/ }).waitFor();
      });
    } finally {
      await context.close();
    }
  });
});
