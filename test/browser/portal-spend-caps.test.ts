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

describe('portal spend caps and the low-balance warning', () => {
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

  it('lets a billing member set the low-balance line with the error beside the field, while a developer only reads it', async () => {
    const { customer } = await customerWithKey(app);
    const signedIn = async (role: MemberRole) => {
      const member = await signedInMember(app, customer.id, role);
      const context = await browser.newContext({ baseURL: app.url, viewport: { width: 390, height: 844 } });
      const [name, value] = member.cookie.split('=');
      await context.addCookies([{ name, value, url: app.url, httpOnly: true, sameSite: 'Strict' }]);
      return { context, page: await context.newPage() };
    };
    const billing = await signedIn(MemberRole.BILLING);
    try {
      await withScreenshot(billing.page, 'portal-low-balance', async () => {
        await billing.page.goto('/portal/');
        const form = billing.page.getByRole('form', { name: 'Low-balance warning' });
        await form.getByLabel('Warn at credits left').fill('0');
        await form.getByRole('button', { name: 'Save' }).click();
        await expect.poll(() => form.getByRole('alert').textContent()).toMatch(/whole number of credits from 1/);
        await form.getByLabel('Warn at credits left').fill('5000');
        await form.getByRole('button', { name: 'Save' }).click();
        await billing.page.getByText('Warning when credits left fall to 5,000').waitFor();
      });
    } finally {
      await billing.context.close();
    }
    const [row] = await app.services.orm.em
      .fork()
      .getConnection()
      .execute<{ line: number | null }[]>('select low_balance_threshold_credits as line from customer where id = ?', [customer.id]);
    expect(row?.line).toBe(5000);
    const developer = await signedIn(MemberRole.DEVELOPER);
    try {
      await developer.page.goto('/portal/');
      await developer.page.getByText('Warning when credits left fall to 5,000').waitFor();
      expect(await developer.page.getByRole('form', { name: 'Low-balance warning' }).count()).toBe(0);
    } finally {
      await developer.context.close();
    }
  });
});
