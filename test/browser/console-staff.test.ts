import { generate } from 'otplib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminSession } from '../../server/src/platform/staff/admin-session.entity.js';
import { AdminUser } from '../../server/src/platform/staff/admin-user.entity.js';
import { verifyPassword } from '../../server/src/platform/staff/password.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { AdminRole, adminAccount, type Credentials, launchBrowser, signIn, signedInSteps, withScreenshot } from './browser.js';

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

async function as(account: Credentials, name: string, steps: (page: Page) => Promise<void>): Promise<void> {
  await signedInSteps(browser, app, account, name, steps);
}

const stored = (email: string) => app.services.orm.em.fork().findOneOrFail(AdminUser, { email });
const codeAt = (secret: string, offset: number) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + offset * 30 });

describe('staff security in the console', () => {
  it('changes the own password with field errors, then turns on two-step sign-in that the next sign-in asks for', async () => {
    const account = await adminAccount(app, AdminRole.SUPPORT);
    const newPassword = `changed-${account.password}`;
    let secret = '';
    await as(account, 'staff-own-security', async (page) => {
      await page.getByRole('menuitem', { name: 'My account' }).click();
      await page.locator('input[name="currentPassword"]').fill('not-the-password');
      await page.locator('input[name="newPassword"]').fill(newPassword);
      await page.locator('input[name="repeat"]').fill(newPassword);
      await page.getByRole('button', { name: 'Change password' }).click();
      await page.getByText('The current password is wrong. Type it again.').waitFor();
      await page.locator('input[name="currentPassword"]').fill(account.password);
      await page.getByRole('button', { name: 'Change password' }).click();
      await page.getByText('Password changed. Your other sessions were ended.').waitFor();

      await page.getByRole('button', { name: 'Set up two-step sign-in' }).click();
      await page.getByRole('img', { name: 'QR code for your authenticator app' }).waitFor();
      secret = (await page.getByTestId('totp-secret').textContent()) ?? '';
      await page.locator('input[name="code"]').fill('000000');
      await page.getByRole('button', { name: 'Turn on' }).click();
      await page.getByText('The code is wrong, expired or used already.').waitFor();
      await page.locator('input[name="code"]').fill(await codeAt(secret, 0));
      await page.getByRole('button', { name: 'Turn on' }).click();
      await page.getByText('On: every sign-in asks for a 6-digit code').waitFor();
      await page.getByRole('table', { name: 'Active sessions' }).getByText('This session').waitFor();
    });
    expect(await verifyPassword((await stored(account.email)).passwordHash, newPassword)).toBe(true);
    expect((await stored(account.email)).totpEnabled).toBe(true);

    const context = await browser.newContext({ baseURL: app.url });
    const page = await context.newPage();
    try {
      await withScreenshot(page, 'staff-totp-sign-in', async () => {
        await page.goto('/admin/');
        await page.locator('input[name="username"]').fill(account.email);
        await page.locator('input[name="password"]').fill(newPassword);
        await page.locator('button[type="submit"]').click();
        await page.locator('input[name="totpCode"]').waitFor();
        await page.locator('input[name="totpCode"]').fill('123');
        await page.locator('button[type="submit"]').click();
        await page.getByText('The code is wrong, expired or used already.').waitFor();
        await page.locator('input[name="totpCode"]').fill(await codeAt(secret, 1));
        await page.locator('button[type="submit"]').click();
        await page.getByTestId('dashboard').waitFor();
      });
    } finally {
      await context.close();
    }
  });

  it("lets a super admin reset a colleague's password, remove their second factor and end their session", async () => {
    const superAdmin = await adminAccount(app, AdminRole.SUPER_ADMIN);
    const colleague = await adminAccount(app, AdminRole.FINANCE);
    const signedIn = await signIn(browser, app, colleague);
    const user = await stored(colleague.email);
    await app.services.orm.em.fork().nativeUpdate(AdminUser, { id: user.id }, { totpSecret: 'JBSWY3DPEHPK3PXP' });
    let generated = '';
    try {
      await as(superAdmin, 'staff-super-admin-help', async (page) => {
        await page.goto(`/admin/adminUsers/${user.id}`);
        await page.getByText('Two-step sign-in is on.').waitFor();
        await page.getByRole('button', { name: 'Remove two-step sign-in' }).click();
        await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
        await page.getByText(`Two-step sign-in removed for ${colleague.email}.`).waitFor();

        const sessions = page.getByRole('table', { name: 'Active sessions' });
        await sessions.getByRole('button', { name: 'End' }).first().click();
        await page.getByRole('dialog').getByRole('button', { name: 'End session' }).click();
        await page.getByText('Session ended.').waitFor();
        await page.getByText('No active sessions.').waitFor();

        await page.getByRole('button', { name: 'Reset password' }).click();
        await page.getByRole('dialog').getByRole('button', { name: 'Reset password' }).click();
        generated = (await page.getByTestId('generated-password').textContent()) ?? '';
        await page.getByRole('button', { name: 'Done' }).click();
      });
      await signedIn.page.goto('/admin/customers');
      await signedIn.page.locator('input[name="username"]').waitFor();
    } finally {
      await signedIn.context.close();
    }
    expect(generated.length).toBeGreaterThanOrEqual(12);
    const after = await stored(colleague.email);
    expect(after.totpEnabled).toBe(false);
    expect(await verifyPassword(after.passwordHash, generated)).toBe(true);
    const open = await app.services.orm.em.fork().count(AdminSession, { admin: after.id, revokedAt: null });
    expect(open).toBe(0);
  });
});
