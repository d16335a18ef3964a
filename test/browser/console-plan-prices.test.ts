import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlanPriceVersion } from '../../server/src/domain/plans/plan-price-version.entity.js';
import { Plan } from '../../server/src/domain/plans/plan.entity.js';
import { graphql } from '../generated/index.js';
import { settle, until } from '../integration/billing-helpers.js';
import { customerOnClock, subscriptionOf } from '../integration/customer-on-clock.js';
import { type SignedInAdmin, signedInAdmin } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { AdminRole, adminAccount, type Credentials, launchBrowser, signedInSteps } from './browser.js';

const Create = graphql(`mutation BrowserPricesCreate($input: CreatePlanInput!) { createPlan(input: $input) { id } }`);
const Sync = graphql(`mutation BrowserPricesSync { syncPlansToStripe { plans } }`);
const Archive = graphql(`mutation BrowserPricesArchive($code: String!) { updatePlan(code: $code, input: { active: false }) { active } }`);

let app: TestApp;
let browser: Browser;
let superAdmin: SignedInAdmin;
let planId = '';
const code = `pv-${randomUUID().slice(0, 8)}`;
const accounts = new Map<AdminRole, Credentials>();

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
  for (const role of [AdminRole.SUPER_ADMIN, AdminRole.ADMIN, AdminRole.FINANCE]) accounts.set(role, await adminAccount(app, role));
  superAdmin = await signedInAdmin(app, AdminRole.SUPER_ADMIN);
  const input = {
    code,
    name: 'Versioned',
    priceCents: 4_900,
    includedCredits: 50_000,
    overageCentsPer1000Credits: 40,
    rateLimitCreditsPerSecond: 20,
    burstCredits: 200,
    maxIterationsSync: 100_000,
    maxConcurrentJobs: 3,
    maxWorkUnitsPerRun: 10_000_000,
  };
  const created = await app.client.request(Create, { input }, { cookie: superAdmin.cookie });
  planId = created.data?.createPlan.id ?? '';
  expect((await app.client.request(Sync, {}, { cookie: superAdmin.cookie })).errors).toEqual([]);
});
afterAll(async () => {
  // The shared database keeps the plan, off the storefront.
  await app?.client.request(Archive, { code }, { cookie: superAdmin.cookie });
  await browser?.close();
  await app?.close();
});

async function asRole(role: AdminRole, name: string, steps: (page: Page) => Promise<void>): Promise<void> {
  const account = accounts.get(role);
  if (!account) throw new Error(`no ${role} account`);
  await signedInSteps(browser, app, account, name, steps);
}

describe('plan price versions in the console', () => {
  it('a super admin reprices a plan, finance previews but cannot migrate, an admin migrates the old subscriber', async () => {
    const company = `Old Price ${Date.now()}`;
    const { customerId } = await customerOnClock(app, '4242 4242 4242 4242', false, company, code);

    await asRole(AdminRole.SUPER_ADMIN, 'prices-edit', async (page) => {
      await page.goto(`/admin/plans/${planId}`);
      await page.getByTestId('price-version-1').getByText('(current)').waitFor();
      await page.locator('input[name="priceCents"]').fill('5900');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByRole('row', { name: new RegExp(code) }).waitFor();
      await page.goto(`/admin/plans/${planId}`);
      await page.getByTestId('price-version-2').getByText('$59.00').waitFor();
      await page.getByTestId('price-version-1').getByRole('cell', { name: '1', exact: true }).last().waitFor();
    });
    const em = app.services.orm.em.fork();
    const newest = await em.findOneOrFail(PlanPriceVersion, { plan: planId, version: 2 });
    expect((await em.findOneOrFail(Plan, planId)).stripeBasePriceId).toBe(newest.stripeBasePriceId);

    await asRole(AdminRole.FINANCE, 'prices-finance', async (page) => {
      await page.goto(`/admin/plans/${planId}/show`);
      await page.getByRole('button', { name: 'Migrate subscribers' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByTestId('price-migration-preview').getByText(company).waitFor();
      await dialog.getByText('Only admins migrate subscribers').waitFor();
      await dialog.locator('textarea[name="reason"]').fill('Trying as finance');
      expect(await dialog.getByRole('button', { name: 'Migrate' }).isDisabled()).toBe(true);
    });
    expect((await subscriptionOf(app, customerId)).stripeBasePriceId).not.toBe(newest.stripeBasePriceId);

    await asRole(AdminRole.ADMIN, 'prices-admin', async (page) => {
      await page.goto(`/admin/plans/${planId}/show`);
      await page.getByRole('button', { name: 'Migrate subscribers' }).click();
      const dialog = page.getByRole('dialog');
      const line = dialog.getByRole('row', { name: new RegExp(company) });
      await line.getByText('$49.00').waitFor();
      await line.getByText('$59.00').waitFor();
      await dialog.locator('textarea[name="reason"]').fill('Yearly price review');
      await dialog.getByRole('button', { name: 'Migrate' }).click();
      await page.getByText('Version 2 from the next renewal for 1 subscription').waitFor();
    });
    await settle(app);
    await until(
      () => subscriptionOf(app, customerId),
      (row) => row.stripeBasePriceId === newest.stripeBasePriceId,
      'the migrated price on the subscription row',
    );
  });
});
