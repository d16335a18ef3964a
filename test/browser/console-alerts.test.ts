import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SPIKE_FLOOR_CREDITS } from '../../server/src/notifications/index.js';
import { sql } from '../integration/credits-helpers.js';
import { customerWithKey } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { AdminRole, adminAccount, type Credentials, launchBrowser, signIn, withScreenshot } from './browser.js';

let app: TestApp;
let browser: Browser;
let support: Credentials;

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
  support = await adminAccount(app, AdminRole.SUPPORT);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** A customer whose last few minutes far exceed its (empty) trailing week, and the alert the detectors open for it. */
async function spikingCustomer(): Promise<{ company: string; alertId: string }> {
  const { customer, keyId } = await customerWithKey(app);
  await sql(
    app,
    `insert into usage_event (request_id, customer_id, api_key_id, period_start, operation_name, requested_credits, actual_credits, charged_credits, overage_credits, status, latency_ms, occurred_at, stripe_report_state)
     values (?, ?, ?, date_trunc('month', now()), 'runSimulation', ?, ?, ?, 0, 'ok', 5, now() - interval '3 minutes', 'not_billable')`,
    [`browser-alert-${randomUUID()}`, customer.id, keyId, 2 * SPIKE_FLOOR_CREDITS, 2 * SPIKE_FLOOR_CREDITS, 2 * SPIKE_FLOOR_CREDITS],
  );
  await app.services.alertDetectors.detectAll();
  const [alert] = await sql<{ id: string }>(app, 'select id from admin_alert where dedupe_key = ? and acknowledged_at is null', [
    `usage_spike:${customer.id}`,
  ]);
  return { company: customer.company, alertId: alert?.id ?? '' };
}

describe('the console Alerts page', () => {
  for (const width of [1280, 390]) {
    it(`lists an open alert with its customer and lets support acknowledge it with a note at ${width} px`, {
      timeout: 120_000,
    }, async () => {
      const { company, alertId } = await spikingCustomer();
      expect(alertId).not.toBe('');
      const { context, page } = await signIn(browser, app, support);
      try {
        await withScreenshot(page, `alerts-${width}`, async () => {
          await page.setViewportSize({ width, height: 900 });
          await page.goto('/admin/alerts');
          const row = page.locator(`[data-alert="${alertId}"]`);
          await row.waitFor({ timeout: 30_000 });
          expect(await row.getByRole('link', { name: company }).getAttribute('href')).toMatch(/\/admin\/customers\/.+\/show$/);
          expect(await row.innerText()).toMatch(/usage spike/);
          const { scrollWidth, innerWidth } = (await page.evaluate(
            '({ scrollWidth: document.scrollingElement.scrollWidth, innerWidth: window.innerWidth })',
          )) as { scrollWidth: number; innerWidth: number };
          expect(scrollWidth).toBeLessThanOrEqual(innerWidth);

          await row.getByRole('button', { name: 'Acknowledge' }).click();
          const dialog = page.getByRole('dialog');
          await dialog.locator('textarea[name="reason"]').fill('planned load test by the customer');
          await dialog.getByRole('button', { name: 'Acknowledge' }).click();
          await row.waitFor({ state: 'detached', timeout: 30_000 });
        });
      } finally {
        await context.close();
      }
      const [closed] = await sql<{ acknowledged_by_email: string; note: string }>(
        app,
        "select acknowledged_by_email, details->>'acknowledgementNote' as note from admin_alert where id = ?",
        [alertId],
      );
      expect(closed).toEqual({ acknowledged_by_email: support.email, note: 'planned load test by the customer' });
      const audit = await sql<{ n: number }>(
        app,
        "select count(*)::int as n from audit_log where action = 'admin_alert.acknowledge' and target_id = ?",
        [alertId],
      );
      expect(audit).toEqual([{ n: 1 }]);
    });
  }
});
