import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemberRole } from '../../server/src/domain/members/member-role.js';
import { until } from '../integration/billing-helpers.js';
import { WebhookReceiver } from '../integration/webhook-receiver.js';
import { customerWithKey } from '../support/factories.js';
import { signedInMember } from '../support/members.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { launchBrowser, withScreenshot } from './browser.js';

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

/** A phone-sized page signed in as a new company's member of the given role. */
async function phonePage(role: MemberRole) {
  const { customer } = await customerWithKey(app);
  const member = await signedInMember(app, customer.id, role);
  const context = await browser.newContext({ baseURL: app.url, viewport: { width: 390, height: 844 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
  const [name, value] = member.cookie.split('=');
  await context.addCookies([{ name, value, url: app.url, httpOnly: true, sameSite: 'Strict' }]);
  return { customerId: customer.id, context, page: await context.newPage() };
}

async function addEndpoint(page: Page, url: string): Promise<string> {
  const form = page.getByRole('form', { name: 'Add an endpoint' });
  await form.getByLabel('Endpoint URL').fill(url);
  await form.getByLabel('invoice.paid').check();
  await form.getByLabel('Description (optional)').fill('Finance system');
  await form.getByRole('button', { name: 'Add endpoint' }).click();
  await page.getByRole('button', { name: 'Copy secret' }).click();
  await page.getByRole('button', { name: 'Copied' }).waitFor();
  const copied = await page.evaluate<string>('navigator.clipboard.readText()');
  expect(copied).toBe(await page.getByTestId('webhook-secret').textContent());
  await page.getByRole('button', { name: 'I stored it' }).click();
  return copied;
}

async function expectNoSidewaysScroll(page: Page) {
  const widths = await page.evaluate<{ scroll: number; view: number }>(
    '({ scroll: document.documentElement.scrollWidth, view: window.innerWidth })',
  );
  expect(widths.scroll, 'page wider than the phone').toBeLessThanOrEqual(widths.view);
}

describe('portal webhooks', () => {
  it('creates an endpoint, copies its secret, and shows the signed test event delivered with its status code, at 390 px', async () => {
    const path = `/ok-${randomUUID()}`;
    const { context, page } = await phonePage(MemberRole.DEVELOPER);
    try {
      await withScreenshot(page, 'portal-webhooks-test-event', async () => {
        await page.goto('/portal/webhooks');
        await page.getByText('No endpoints yet').waitFor();
        const form = page.getByRole('form', { name: 'Add an endpoint' });
        await form.getByLabel('Endpoint URL').fill('ftp://example.com/hooks');
        await form.getByLabel('invoice.paid').check();
        await form.getByRole('button', { name: 'Add endpoint' }).click();
        await form.locator('#new-url-error').getByText(/https/).waitFor();

        const secret = await addEndpoint(page, `${receiver.url}${path}`);
        const card = page.getByRole('listitem', { name: `Endpoint ${receiver.url}${path}` });
        await card.getByRole('button', { name: 'Send test event' }).click();
        await card.getByRole('listitem', { name: 'webhook.test succeeded' }).getByText('HTTP 200').waitFor({ timeout: 30_000 });
        const [hook] = receiver.at(path);
        const event = Stripe.webhooks.constructEvent(hook?.body ?? '', String(hook?.headers['carlo-signature']), secret);
        expect(event.type).toBe('webhook.test');
        await expectNoSidewaysScroll(page);

        await card.getByRole('button', { name: 'Roll secret…' }).click();
        await card.getByRole('button', { name: 'Roll secret', exact: true }).click();
        const rolled = await page.getByTestId('webhook-secret').textContent();
        expect(rolled).not.toBe(secret);
        await page.getByRole('button', { name: 'I stored it' }).click();

        await card.getByRole('button', { name: 'Disable' }).click();
        await card.getByText('disabled', { exact: true }).waitFor();
        await card.getByRole('button', { name: 'Delete…' }).click();
        await card.getByRole('button', { name: 'Delete', exact: true }).click();
        await page.getByText('No endpoints yet').waitFor();
      });
    } finally {
      await context.close();
    }
  });

  it('shows the failed attempt of a broken receiver, and a resend after fixing the URL succeeds, at 390 px', async () => {
    const broken = `/fail-${randomUUID()}`;
    const fixed = `/ok-${randomUUID()}`;
    const { context, page } = await phonePage(MemberRole.OWNER);
    try {
      await withScreenshot(page, 'portal-webhooks-resend', async () => {
        await page.goto('/portal/webhooks');
        await addEndpoint(page, `${receiver.url}${broken}`);
        const card = page.getByRole('listitem', { name: `Endpoint ${receiver.url}${broken}` });
        await card.getByRole('button', { name: 'Send test event' }).click();
        const failed = card.getByRole('listitem', { name: /^webhook\.test (pending|failed)$/ });
        await failed.getByText('HTTP 500').waitFor({ timeout: 30_000 });
        await failed.getByText('Response').click();
        await failed.getByText(/receiver broke/).waitFor();
        await card.getByLabel('Status').selectOption('succeeded');
        await card.getByText('No deliveries match').waitFor();
        await card.getByLabel('Status').selectOption('');
        await expectNoSidewaysScroll(page);

        await card.getByRole('button', { name: 'Edit…' }).click();
        const edit = card.getByRole('form', { name: 'Edit Finance system' });
        await edit.getByLabel('Endpoint URL').fill(`${receiver.url}${fixed}`);
        await edit.getByRole('button', { name: 'Save endpoint' }).click();
        const moved = page.getByRole('listitem', { name: `Endpoint ${receiver.url}${fixed}` });
        await moved.getByRole('button', { name: 'Resend' }).click();
        await moved.getByRole('listitem', { name: 'webhook.test succeeded' }).getByText('HTTP 200').waitFor({ timeout: 30_000 });
        const [first] = receiver.at(broken);
        const [again] = await until(
          async () => receiver.at(fixed),
          (hooks) => hooks.length > 0,
          'the resent event',
          5_000,
        );
        expect(again?.headers['carlo-event-id']).toBe(first?.headers['carlo-event-id']);
      });
    } finally {
      await context.close();
    }
  });

  it('pages the delivery log ten at a time and filters it by event type', async () => {
    const { customerId, context, page } = await phonePage(MemberRole.DEVELOPER);
    const em = app.services.orm.em.fork();
    const url = `${receiver.url}/ok-${randomUUID()}`;
    const { endpoint } = await app.services.webhookEndpoints.create(em, customerId, { url, eventTypes: ['invoice.paid'] });
    for (let i = 0; i < 11; i += 1) await app.services.notifications.deliveries.sendTest(em, customerId, endpoint.id);
    try {
      await withScreenshot(page, 'portal-webhooks-paging', async () => {
        await page.goto('/portal/webhooks');
        const card = page.getByRole('listitem', { name: `Endpoint ${url}` });
        await card.getByRole('button', { name: 'Deliveries' }).click();
        await card.getByText('Page 1 of 2').waitFor();
        expect(await card.getByRole('listitem', { name: /^webhook\.test / }).count()).toBe(10);
        await card.getByRole('button', { name: 'Older' }).click();
        await card.getByText('Page 2 of 2').waitFor();
        expect(await card.getByRole('listitem', { name: /^webhook\.test / }).count()).toBe(1);
        await card.getByLabel('Event').selectOption('invoice.paid');
        await card.getByText('No deliveries match').waitFor();
      });
    } finally {
      await context.close();
    }
  });

  it('keeps the page from billing members', async () => {
    const { context, page } = await phonePage(MemberRole.BILLING);
    try {
      await withScreenshot(page, 'portal-webhooks-billing', async () => {
        await page.goto('/portal/webhooks');
        await page.getByRole('alert').waitFor();
        expect(await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Webhooks' }).count()).toBe(0);
      });
    } finally {
      await context.close();
    }
  });
});
