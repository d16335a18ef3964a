import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { until } from '../integration/billing-helpers.js';
import { WebhookReceiver } from '../integration/webhook-receiver.js';
import { customerWithKey } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { AdminRole, adminAccount, launchBrowser, signIn, withScreenshot } from './browser.js';

let app: TestApp;
let browser: Browser;
const receiver = new WebhookReceiver();
beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
  await receiver.listen();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await receiver.close();
});

describe('webhooks in the console', () => {
  it("shows support a customer's endpoints and their delivered and failed deliveries, read-only, also at 390 px", async () => {
    const { customer } = await customerWithKey(app);
    const em = app.services.orm.em.fork();
    const ok = `${receiver.url}/ok-${randomUUID()}`;
    const broken = `${receiver.url}/fail-${randomUUID()}`;
    const endpointIds: string[] = [];
    for (const url of [ok, broken]) {
      const { endpoint } = await app.services.webhookEndpoints.create(em, customer.id, { url, eventTypes: ['invoice.paid'] });
      await app.services.notifications.deliveries.sendTest(em, customer.id, endpoint.id);
      endpointIds.push(endpoint.id);
    }
    // The console reads the log once, so wait until both first attempts are written.
    await until(
      async () =>
        Promise.all(
          endpointIds.map(async (endpointId) => {
            const log = await app.services.notifications.deliveries.list(em.fork(), customer.id, endpointId, {}, { page: 1, perPage: 1 });
            return log.items[0];
          }),
        ),
      (deliveries) => deliveries.every((delivery) => delivery !== undefined && delivery.attempts > 0 && delivery.status !== 'sending'),
      'both first attempts logged',
      30_000,
    );

    const { context, page } = await signIn(browser, app, await adminAccount(app, AdminRole.SUPPORT));
    try {
      await withScreenshot(page, 'console-customer-webhooks', async () => {
        await page.goto(`/admin/customers/${customer.id}/show`);
        await page.getByRole('tab', { name: 'Webhooks' }).click();
        const delivered = page.getByLabel(`Endpoint ${ok}`);
        await delivered.getByRole('row', { name: /webhook\.test succeeded 1 HTTP 200/ }).waitFor();
        const failing = page.getByLabel(`Endpoint ${broken}`);
        await failing.getByRole('row', { name: /webhook\.test (pending|failed) 1 HTTP 500/ }).waitFor();
        await failing.getByText('1 failed in a row').waitFor();
        expect(await page.getByTestId('customer-webhooks').getByRole('button').count(), 'buttons on the read-only tab').toBe(0);
        await page.setViewportSize({ width: 390, height: 844 });
        await page.getByText('1 failed in a row').waitFor();
        const widths = await page.evaluate<{ scroll: number; view: number }>(
          '({ scroll: document.scrollingElement?.scrollWidth ?? 0, view: window.innerWidth })',
        );
        expect(widths.scroll, 'page wider than the phone').toBeLessThanOrEqual(widths.view);
      });
    } finally {
      await context.close();
    }
  });
});
