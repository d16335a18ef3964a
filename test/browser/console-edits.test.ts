import { describe, expect, it } from 'vitest';
import { Invoice } from '../../server/src/billing/stripe/invoice.entity.js';
import { Customer } from '../../server/src/domain/customers/customer.entity.js';
import { ApiKey } from '../../server/src/domain/keys/api-key.entity.js';
import { Plan } from '../../server/src/domain/plans/plan.entity.js';
import { customerWithKey } from '../support/factories.js';
import { AdminRole, consoleSuite } from './browser.js';

const suite = consoleSuite(Object.values(AdminRole));
const { account, asRole } = suite;

describe('console edits in a real browser', () => {
  it('lets a super admin edit a plan, and the change is stored', async () => {
    const name = `Starter ${Date.now()}`;
    await asRole(AdminRole.SUPER_ADMIN, 'edit-plan', async (page) => {
      await page.getByRole('menuitem', { name: 'Plans', exact: true }).click();
      await page.getByRole('cell', { name: 'starter', exact: true }).click();
      const nameInput = page.locator('input[name="name"]');
      await nameInput.fill(name);
      await page.locator('input[name="maxConcurrentJobs"]').fill('3');
      await page.getByRole('button', { name: 'Save' }).click();
      // Saving goes back to the list, which shows the new name.
      await page.getByRole('cell', { name, exact: true }).waitFor();
    });
    const plan = await suite.app.services.orm.em.fork().findOneOrFail(Plan, { code: 'starter' });
    expect({ name: plan.name, maxConcurrentJobs: plan.maxConcurrentJobs }).toEqual({ name, maxConcurrentJobs: 3 });
  });

  it('lets a super admin create a plan (a taken code refused beside the field), then archive it off the storefront', async () => {
    const code = `plan-${Date.now().toString(36)}`;
    await asRole(AdminRole.SUPER_ADMIN, 'create-plan', async (page) => {
      await page.getByRole('menuitem', { name: 'Plans', exact: true }).click();
      await page.getByRole('link', { name: 'New plan' }).click();
      const fill = async (values: Record<string, string>) => {
        for (const [name, value] of Object.entries(values)) await page.locator(`input[name="${name}"]`).fill(value);
      };
      await fill({
        code: 'starter',
        name: 'Research',
        priceCents: '4900',
        includedCredits: '60000',
        overageCentsPer1000Credits: '90',
        rateLimitCreditsPerSecond: '20',
        burstCredits: '40',
        maxIterationsSync: '200000',
        maxConcurrentJobs: '2',
        maxWorkUnitsPerRun: '20000000',
      });
      await page.getByRole('button', { name: 'Save' }).click();
      const codeField = page.locator('.MuiFormControl-root', { has: page.locator('input[name="code"]') });
      await codeField.getByText('starter', { exact: false }).last().waitFor();
      await codeField.locator('.Mui-error').first().waitFor();
      await fill({ code });
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByRole('cell', { name: code, exact: true }).waitFor();
    });
    const em = suite.app.services.orm.em.fork();
    const plan = await em.findOneOrFail(Plan, { code });
    expect({ name: plan.name, priceCents: plan.priceCents, overage: plan.overageCentsPer1000Credits }).toEqual({
      name: 'Research',
      priceCents: 4900,
      overage: 90,
    });
    expect((await (await fetch(`${suite.app.url}/pricing`)).text()).includes(`data-plan="${code}"`)).toBe(true);

    // Archiving takes it off sale; other test files that share the database list only plans on sale.
    await asRole(AdminRole.SUPER_ADMIN, 'archive-plan', async (page) => {
      await page.goto(`/admin/plans/${plan.id}`);
      await page.getByLabel('On sale').uncheck();
      await page.getByRole('button', { name: 'Save' }).click();
      await page
        .getByRole('row', { name: new RegExp(code) })
        .getByText('archived')
        .waitFor();
    });
    expect((await em.fork().findOneOrFail(Plan, { code })).active).toBe(false);
    expect((await (await fetch(`${suite.app.url}/pricing`)).text()).includes(`data-plan="${code}"`)).toBe(false);
  });

  it('keeps the first limit override when a second one is saved', async () => {
    const { customer } = await customerWithKey(suite.app);
    await asRole(AdminRole.ADMIN, 'overrides-twice', async (page) => {
      await page.goto(`/admin/customers/${customer.id}/show/credits`);
      const rate = page.locator('input[name="rateLimitCreditsPerSecond"]');
      await rate.fill('7');
      await page.locator('input[name="overrideReason"]').fill('pilot with a higher rate');
      await page.getByRole('button', { name: 'Save overrides' }).click();
      await page.getByText('Overrides saved').waitFor();
      // The form comes back with the saved value before the second edit.
      await expect.poll(() => rate.inputValue(), { timeout: 10_000 }).toBe('7');
      await page.locator('input[name="burstCredits"]').fill('50');
      await page.locator('input[name="overrideReason"]').fill('and a bigger burst');
      await page.getByRole('button', { name: 'Save overrides' }).click();
      await expect.poll(() => page.locator('input[name="burstCredits"]').inputValue(), { timeout: 10_000 }).toBe('50');
      await page.reload();
      await expect.poll(() => page.locator('input[name="burstCredits"]').inputValue(), { timeout: 10_000 }).toBe('50');
      expect(await rate.inputValue()).toBe('7');
    });
    const stored = await suite.app.services.orm.em.fork().findOneOrFail(Customer, { id: customer.id });
    expect({ rate: stored.overrides.rateLimitCreditsPerSecond, burst: stored.overrides.burstCredits }).toEqual({ rate: 7, burst: 50 });
  });

  it('shows a validation message beside the field it is about', async () => {
    await asRole(AdminRole.SUPER_ADMIN, 'field-error', async (page) => {
      await page.getByRole('menuitem', { name: 'Plans', exact: true }).click();
      await page.getByRole('cell', { name: 'team', exact: true }).click();
      await page.locator('input[name="priceCents"]').fill('-5');
      await page.getByRole('button', { name: 'Save' }).click();
      const priceField = page.locator('.MuiFormControl-root', { has: page.locator('input[name="priceCents"]') });
      await priceField.getByText('must not be less than 0').waitFor();
    });
    const plan = await suite.app.services.orm.em.fork().findOneOrFail(Plan, { code: 'team' });
    expect(plan.priceCents).toBeGreaterThan(0);
  });

  it('keeps the user signed in when the session check answers 503, and shows the server message instead of a status code', async () => {
    // The one injected fault: the server's own draining reply (its real body), for the first
    // session check and the first dashboard load after a reload.
    const draining = {
      errors: [
        {
          message: 'This server is shutting down, so the call did not run and nothing was charged. Retry it; another instance will answer.',
          extensions: { code: 'UNAVAILABLE' },
        },
      ],
    };
    await asRole(AdminRole.SUPPORT, 'session-503', async (page) => {
      const refused = new Set<string>();
      await page.route('**/graphql', async (route) => {
        const operation = /query (ConsoleAdminMe|ConsoleDashboard)\b/.exec(route.request().postData() ?? '')?.[1];
        if (!operation || refused.has(operation)) return route.continue();
        refused.add(operation);
        return route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify(draining) });
      });
      await page.reload();
      await page.getByRole('alert').filter({ hasText: 'This server is shutting down' }).waitFor();
      expect(refused).toEqual(new Set(['ConsoleAdminMe', 'ConsoleDashboard']));
      expect(new URL(page.url()).hash).not.toContain('login');
      await page.getByTestId('dashboard').waitFor();
    });
  });

  it('offers no Delete on plans and admin users, whose deletion the server refuses', async () => {
    await asRole(AdminRole.SUPER_ADMIN, 'no-delete', async (page) => {
      await page.getByRole('menuitem', { name: 'Plans', exact: true }).click();
      await page.getByRole('cell', { name: 'pro', exact: true }).click();
      await page.getByRole('button', { name: 'Save' }).waitFor();
      expect(await page.getByRole('button', { name: 'Delete' }).count()).toBe(0);
      await page.getByRole('menuitem', { name: 'Admin users', exact: true }).click();
      await page.getByRole('cell', { name: account(AdminRole.FINANCE).email, exact: true }).click();
      await page.getByRole('button', { name: 'Save' }).waitFor();
      expect(await page.getByRole('button', { name: 'Delete' }).count()).toBe(0);
    });
  });

  it('asks before rotating a key; cancelling leaves the key as it was', async () => {
    const { customer, keyId } = await customerWithKey(suite.app);
    const keysOf = () => suite.app.services.orm.em.fork().count(ApiKey, { customer: customer.id });
    await asRole(AdminRole.ADMIN, 'rotate-confirm', async (page) => {
      await page.goto(`/admin/customers/${customer.id}/show/keys`);
      await page.getByRole('button', { name: 'Rotate', exact: true }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      expect(await keysOf()).toBe(1);
      await page.getByRole('button', { name: 'Rotate', exact: true }).click();
      await page.getByRole('button', { name: 'Rotate key' }).click();
      await page.getByTestId('rotated-secret').waitFor();
    });
    expect(await keysOf()).toBe(2);
    const old = await suite.app.services.orm.em.fork().findOneOrFail(ApiKey, { id: keyId });
    expect(old.graceUntil).not.toBeNull();
  });

  it('shows what is still due: nothing on a paid invoice, the rest on an open one', async () => {
    const { customer } = await customerWithKey(suite.app, { plan: 'starter' });
    const em = suite.app.services.orm.em.fork();
    const now = new Date();
    const invoice = {
      customerId: customer.id,
      currency: 'usd',
      subtotalCents: 4_100,
      totalCents: 4_100,
      periodStart: now,
      periodEnd: now,
      issuedAt: now,
    };
    em.create(Invoice, {
      ...invoice,
      stripeInvoiceId: `in_paid_${customer.id}`,
      number: 'DUE-PAID',
      status: 'paid',
      amountPaidCents: 4_100,
      amountDueCents: 4_100,
    });
    em.create(Invoice, {
      ...invoice,
      stripeInvoiceId: `in_open_${customer.id}`,
      number: 'DUE-OPEN',
      status: 'open',
      amountPaidCents: 1_000,
      amountDueCents: 4_100,
    });
    await em.flush();
    await asRole(AdminRole.FINANCE, 'invoice-due', async (page) => {
      await page.goto(`/admin/customers/${customer.id}/show/invoices`);
      const dueOf = async (number: string) => {
        const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: number, exact: true }) });
        const headers = await page.getByRole('columnheader').allInnerTexts();
        return row
          .getByRole('cell')
          .nth(headers.findIndex((text) => text.trim() === 'Due'))
          .innerText();
      };
      await page.getByRole('cell', { name: 'DUE-OPEN', exact: true }).waitFor();
      expect(await dueOf('DUE-PAID')).toBe('$0.00');
      expect(await dueOf('DUE-OPEN')).toBe('$31.00');
    });
  });

  it('shows a loading state while the dashboard data is on its way', async () => {
    await asRole(AdminRole.SUPPORT, 'dashboard-loading', async (page) => {
      let release: () => void = () => undefined;
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      await page.route('**/graphql', async (route) => {
        if (!/query ConsoleDashboard\b/.test(route.request().postData() ?? '')) return route.continue();
        await released;
        return route.continue();
      });
      await page.reload();
      await page.getByRole('progressbar', { name: 'Loading the dashboard' }).waitFor();
      release();
      await page.getByTestId('chart-customers-by-status').waitFor();
      await page.getByRole('progressbar', { name: 'Loading the dashboard' }).waitFor({ state: 'detached' });
    });
  });

  it('filters invoices by a status chosen from a list and by a customer found by name', async () => {
    const mine = await customerWithKey(suite.app, { plan: 'starter' });
    const other = await customerWithKey(suite.app, { plan: 'starter' });
    const em = suite.app.services.orm.em.fork();
    const now = new Date();
    const invoice = {
      currency: 'usd',
      subtotalCents: 2_900,
      totalCents: 2_900,
      amountPaidCents: 0,
      amountDueCents: 2_900,
      periodStart: now,
      periodEnd: now,
      issuedAt: now,
    };
    em.create(Invoice, {
      ...invoice,
      customerId: mine.customer.id,
      stripeInvoiceId: `in_f1_${mine.customer.id}`,
      number: 'FILTER-MINE-OPEN',
      status: 'open',
    });
    em.create(Invoice, {
      ...invoice,
      customerId: mine.customer.id,
      stripeInvoiceId: `in_f2_${mine.customer.id}`,
      number: 'FILTER-MINE-VOID',
      status: 'void',
    });
    em.create(Invoice, {
      ...invoice,
      customerId: other.customer.id,
      stripeInvoiceId: `in_f3_${other.customer.id}`,
      number: 'FILTER-OTHER-OPEN',
      status: 'open',
    });
    await em.flush();
    await asRole(AdminRole.FINANCE, 'invoice-filters', async (page) => {
      await page.goto('/admin/invoices');
      await page.getByRole('combobox', { name: 'Status' }).click();
      await page.getByRole('option', { name: 'open', exact: true }).click();
      await page.waitForURL(/open/);
      await page.getByRole('combobox', { name: 'Customer' }).fill(mine.customer.company);
      await page.getByRole('option', { name: mine.customer.company, exact: true }).click();
      await page.waitForURL((url) => url.search.includes(mine.customer.id) && url.search.includes('open'));
      // The list refetches after each filter change: poll until it shows the filtered rows.
      const shown = async () => (await page.getByRole('cell').allInnerTexts()).filter((text) => text.startsWith('FILTER-'));
      await expect.poll(shown, { timeout: 10_000 }).toEqual(['FILTER-MINE-OPEN']);
    });
  });

  it('puts the revenue KPI tiles at the top of the finance dashboard, agreeing with the revenue figures', async () => {
    await customerWithKey(suite.app, { plan: 'starter' });
    await asRole(AdminRole.FINANCE, 'kpi-tiles', async (page) => {
      const tiles = page.getByTestId('kpi-tiles');
      await tiles.waitFor();
      for (const label of ['MRR', 'ARR', 'NRR', 'Logo churn', 'ARPU', 'Overage this month', 'Failed payments', 'Past due'])
        await page.getByTestId(`kpi-${label}`).waitFor();
      const headline = await page.getByTestId('revenue-headline').innerText();
      const mrr = /\$[\d,]+\.\d\d/.exec(await page.getByTestId('kpi-MRR').innerText())?.[0] ?? 'no MRR on the tile';
      expect(headline).toContain(`MRR ${mrr} `);
      await page.getByTestId('chart-customers-by-status').waitFor();
      const tilesTop = (await tiles.boundingBox())?.y ?? Infinity;
      const chartTop = (await page.getByTestId('chart-customers-by-status').boundingBox())?.y ?? -Infinity;
      expect(tilesTop).toBeLessThan(chartTop);
    });
  });

  it('opens the customer list filtered to a status from its slice of the dashboard chart', async () => {
    await customerWithKey(suite.app, { plan: 'starter' });
    await asRole(AdminRole.SUPPORT, 'chart-click-through', async (page) => {
      // recharts copies a cell's props to its label too; the sector comes first.
      await page.getByTestId('slice-active').first().click();
      await page.waitForURL((url) => url.pathname === '/admin/customers' && url.search.includes('ACTIVE'));
      await page.getByRole('combobox', { name: 'Status' }).filter({ hasText: 'Active' }).waitFor();
    });
  });

  it('keeps the meter drift filters on screen when there is no drift', async () => {
    await asRole(AdminRole.SUPER_ADMIN, 'drift-empty', async (page) => {
      await page.goto('/admin/meterDrift');
      await page.getByRole('combobox', { name: 'Customer' }).waitFor();
      await page.getByLabel('Include hours without drift').waitFor();
    });
  });
});
