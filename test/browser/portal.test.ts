import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemberRole } from '../../server/src/domain/members/member-role.js';
import { graphql } from '../generated/index.js';
import { payCheckout, settle } from '../integration/billing-helpers.js';
import { customerWithKey, uniqueEmail } from '../support/factories.js';
import { signedInMember } from '../support/members.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { launchBrowser, withScreenshot } from './browser.js';

const Run = graphql(`mutation PortalBrowserRun($input: SimulationInput!) { runSimulation(input: $input) { iterationsRun } }`);
const SignUp = graphql(`mutation PortalBrowserSignUp($input: SignUpInput!) { signUp(input: $input) { checkoutUrl } }`);
const KeyGrace = graphql(`query PortalBrowserKeyGrace { apiKeys(perPage: 10) { items { id graceUntil } } }`);
const smallRun = {
  iterations: 1000,
  seed: 7,
  inputs: [{ name: 'x', distribution: { type: 'NORMAL' as const, mean: 0, sd: 1 } }],
  outputs: [{ name: 'y', formula: 'x * 2' }],
};

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

async function phone(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: app.url, viewport: { width: 390, height: 844 } });
  return { context, page: await context.newPage() };
}

/** A browser already signed in as a member (the cookie the portal's sign-in would set). */
async function asMember(cookie: string): Promise<{ context: BrowserContext; page: Page }> {
  const { context, page } = await phone();
  const [name, value] = cookie.split('=');
  await context.addCookies([{ name, value, url: app.url, httpOnly: true, sameSite: 'Strict' }]);
  return { context, page };
}

/** Reloads until the text shows: the page reads fresh data on every load, and some facts land asynchronously. */
async function reloadUntil(page: Page, testId: string, text: RegExp, what: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const locator = page.getByTestId(testId);
    if ((await locator.count()) > 0 && text.test((await locator.textContent()) ?? '')) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
  }
}

/** Opens the link of a mail in /dev/mail, reloading until it has arrived (the outbox sends after the request). */
async function followMailLink(page: Page, to: string, subject: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  await page.goto('/dev/mail');
  const mail = page.locator('article', { hasText: `To ${to}` }).filter({ hasText: subject });
  while ((await mail.count()) === 0) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for "${subject}" to ${to}`);
    await page.reload();
  }
  await mail.first().getByRole('link').click();
}

async function noSidewaysScroll(page: Page): Promise<void> {
  const widths = await page.evaluate<{ scroll: number; view: number }>(
    '({ scroll: document.documentElement.scrollWidth, view: window.innerWidth })',
  );
  expect(widths.scroll, 'page wider than the phone').toBeLessThanOrEqual(widths.view);
}

describe('the customer portal in a real browser', () => {
  it('goes from /pricing to a verified, paid account whose new key works, shows its usage, and changes plan', async () => {
    const { context, page } = await phone();
    const email = uniqueEmail('portal');
    try {
      await withScreenshot(page, 'portal-journey', async () => {
        await page.goto('/pricing');
        await page.getByRole('link', { name: 'Start with Starter' }).click();
        await page.getByLabel('Company').fill('Portal Journey');
        await page.getByLabel('Work email').fill(email);
        await page.getByLabel('Password (10 characters or more)').fill('journey-password-1');
        await page.getByRole('button', { name: 'Create account' }).click();
        expect(await page.locator('#api-key').textContent()).toMatch(/^mc_live_/);
        await page.getByRole('link', { name: 'Pay on Stripe Checkout' }).click();
        await page.getByLabel('Card number').fill('4242 4242 4242 4242');
        await page.getByLabel('Expiry (MM/YY)').fill('12/34');
        await page.getByLabel('CVC').fill('123');
        await page.getByRole('button', { name: 'Pay' }).click();
        await page.getByRole('heading', { name: 'Payment received' }).waitFor();
        await settle(app);

        await followMailLink(page, email, 'Verify your email for Carlo');
        await page.getByText('Your email is verified.').waitFor();
        await page.getByRole('link', { name: 'Go to your account' }).click();

        await reloadUntil(page, 'plan-name', /Starter/, 'the overview to show the paid plan');
        expect(await page.getByText(`Check ${email}`).count()).toBe(0);
        await noSidewaysScroll(page);

        await page.getByRole('link', { name: 'Keys' }).click();
        await page.getByLabel('Name').fill('Browser key');
        await page.getByRole('button', { name: 'Create key' }).click();
        const secret = (await page.getByTestId('new-key-secret').textContent()) ?? '';
        expect(secret).toMatch(/^mc_live_/);
        await page.getByRole('row', { name: /Browser key/ }).waitFor();
        await page.getByRole('button', { name: 'I stored it' }).click();
        expect(await page.getByTestId('new-key-secret').count()).toBe(0);
        await noSidewaysScroll(page);

        const run = await app.client.request(Run, { input: smallRun }, { key: secret });
        expect(run.errors).toEqual([]);
        await page.getByRole('link', { name: 'Overview' }).click();
        await reloadUntil(page, 'usage-total', /^1 calls, 1 credit charged/, 'the call to show in the usage');
        expect(await page.getByTestId('included-used').textContent()).toContain('1 credit used of 25,000 credits');
        expect(await page.getByTestId('usage-by-operation').textContent()).toContain('PortalBrowserRun');
        expect(await page.getByTestId('next-invoice-total').textContent()).toBe('$29.00');

        await page.getByRole('link', { name: 'Billing' }).click();
        await page.getByRole('cell', { name: '$29.00' }).first().waitFor();
        await page.getByRole('button', { name: /^Preview Pro/ }).click();
        const preview = page.getByTestId('plan-preview');
        await preview.getByText('Included credits: +125,000 credits / month').waitFor();
        await preview.getByRole('button', { name: 'Switch to Pro' }).click();
        await page.getByText('You are on Pro now.').waitFor();
        await settle(app);
        await page.getByRole('link', { name: 'Overview' }).click();
        await reloadUntil(page, 'plan-name', /Pro/, 'the overview to show the new plan');
        // The upgrade's prorated invoice joins the first one on the Billing page.
        await page.getByRole('link', { name: 'Billing' }).click();
        await page
          .getByRole('link', { name: /^View invoice/ })
          .nth(1)
          .waitFor();
      });
    } finally {
      await context.close();
    }
  });

  it('upgrades a free account from Billing on Checkout, where a declined card says so first', async () => {
    const { context, page } = await phone();
    try {
      await withScreenshot(page, 'portal-upgrade', async () => {
        await page.goto('/signup?plan=free');
        await page.getByLabel('Company').fill('Free Upgrader');
        await page.getByLabel('Work email').fill(uniqueEmail('upgrader'));
        await page.getByLabel('Password (10 characters or more)').fill('upgrader-password');
        await page.getByRole('button', { name: 'Create account' }).click();
        await page.locator('#api-key').waitFor();
        await page.goto('/portal/billing');
        await page.getByRole('button', { name: /^Upgrade to Starter/ }).click();
        const pay = async (card: string) => {
          await page.getByLabel('Card number').fill(card);
          await page.getByLabel('Expiry (MM/YY)').fill('12/34');
          await page.getByLabel('CVC').fill('123');
          await page.getByRole('button', { name: 'Pay' }).click();
        };
        await pay('4000 0000 0000 0002');
        await page.getByRole('alert').getByText('Your card was declined.').waitFor();
        // A 3-D Secure card asks for authentication first; completing it pays.
        await pay('4000 0027 6000 3184');
        await page.getByRole('button', { name: 'Complete authentication' }).click();
        await page.getByRole('heading', { name: 'Payment received' }).waitFor();
        await settle(app);
        await page.goto('/portal/');
        await reloadUntil(page, 'plan-name', /Starter/, 'the overview to show the upgrade');
      });
    } finally {
      await context.close();
    }
  });

  it('cancels the subscription at the period end after asking, and takes the cancellation back', async () => {
    const email = uniqueEmail('portal-end');
    const signUp = await app.client.request(
      SignUp,
      { input: { company: 'Portal End', email, plan: 'starter', password: 'portal-end-password' } },
      {},
    );
    const cookie = (signUp.headers.get('set-cookie') ?? '').split(';')[0];
    expect(await payCheckout(signUp.data?.signUp.checkoutUrl ?? '')).toBe(303);
    await settle(app);
    const { context, page } = await asMember(cookie);
    try {
      await withScreenshot(page, 'portal-cancel-resume', async () => {
        await page.goto('/portal/billing');
        await page.getByRole('button', { name: 'Cancel subscription…' }).click();
        await page.getByRole('group', { name: 'Cancel the subscription?' }).getByText('Nothing is refunded').waitFor();
        await page.getByRole('button', { name: 'Cancel at period end' }).click();
        await page.getByText(/Your subscription ends on/).waitFor();
        await page.getByRole('button', { name: 'Keep my subscription' }).click();
        await page.getByRole('button', { name: 'Cancel subscription…' }).waitFor();
      });
    } finally {
      await context.close();
    }
  });

  it('signs in with email and password, and signs out', async () => {
    const { customer } = await customerWithKey(app);
    const owner = await signedInMember(app, customer.id, MemberRole.OWNER);
    const { context, page } = await phone();
    try {
      await withScreenshot(page, 'portal-sign-in', async () => {
        await page.goto('/portal/keys');
        await page.waitForURL(/\/portal\/signin/);
        await page.getByLabel('Email').fill(owner.email);
        await page.getByLabel('Password').fill('not-the-password');
        await page.getByRole('button', { name: 'Sign in' }).click();
        await page.getByRole('alert').getByText('Email or password is wrong').waitFor();
        await page.getByLabel('Password').fill(owner.password);
        await page.getByRole('button', { name: 'Sign in' }).click();
        await page.getByRole('heading', { name: 'API keys' }).waitFor();
        await page.getByRole('button', { name: 'Sign out' }).click();
        await page.waitForURL(/\/portal\/signin/);
      });
    } finally {
      await context.close();
    }
  });

  it('lets the owner invite a developer from Team, who joins from the mailed link with a password', async () => {
    const { customer } = await customerWithKey(app);
    const owner = await signedInMember(app, customer.id, MemberRole.OWNER);
    const invitee = uniqueEmail('joiner');
    const asOwner = await asMember(owner.cookie);
    const fresh = await phone();
    try {
      await withScreenshot(asOwner.page, 'portal-invite', async () => {
        await asOwner.page.goto('/portal/team');
        await asOwner.page.getByText('Only you so far.').waitFor();
        await asOwner.page.getByLabel('Email').fill(invitee);
        await asOwner.page.getByRole('button', { name: 'Send invitation' }).click();
        await asOwner.page.getByRole('row', { name: new RegExp(`${invitee}.*developer.*invited`) }).waitFor();
      });
      await withScreenshot(fresh.page, 'portal-join', async () => {
        await followMailLink(fresh.page, invitee, 'You are invited to');
        await fresh.page.getByLabel('New password (10 characters or more)').fill('joiner-password');
        await fresh.page.getByRole('button', { name: 'Set password and sign in' }).click();
        await fresh.page.getByRole('link', { name: 'Keys' }).waitFor();
        expect(await fresh.page.getByRole('link', { name: 'Team' }).count()).toBe(0);
      });
    } finally {
      await asOwner.context.close();
      await fresh.context.close();
    }
  });

  it('resets a forgotten password from the mailed link', async () => {
    const { customer } = await customerWithKey(app);
    const member = await signedInMember(app, customer.id, MemberRole.DEVELOPER);
    const { context, page } = await phone();
    try {
      await withScreenshot(page, 'portal-reset', async () => {
        await page.goto('/portal/signin');
        await page.getByRole('link', { name: 'Forgot your password?' }).click();
        // The sign-in form stays on screen while the next page's chunk loads: fill the reset form, not it.
        await page.getByRole('heading', { name: 'Reset your password' }).waitFor();
        await page.getByLabel('Email').fill(member.email);
        await page.getByRole('button', { name: 'Mail me a reset link' }).click();
        await page.getByText('a reset link is on its way').waitFor();
        await followMailLink(page, member.email, 'Reset your Carlo password');
        await page.getByLabel('New password (10 characters or more)').fill('a-new-password-1');
        await page.getByRole('button', { name: 'Set password' }).click();
        await page.getByRole('link', { name: 'Sign in' }).click();
        await page.getByLabel('Email').fill(member.email);
        await page.getByLabel('Password').fill('a-new-password-1');
        await page.getByRole('button', { name: 'Sign in' }).click();
        await page.getByRole('heading', { name: 'Overview' }).waitFor();
      });
    } finally {
      await context.close();
    }
  });

  it('lets a billing member see billing but not keys, and a developer keys but not billing', async () => {
    const { customer } = await customerWithKey(app);
    const billing = await signedInMember(app, customer.id, MemberRole.BILLING);
    const developer = await signedInMember(app, customer.id, MemberRole.DEVELOPER);
    const asBilling = await asMember(billing.cookie);
    try {
      await withScreenshot(asBilling.page, 'portal-billing-role', async () => {
        await asBilling.page.goto('/portal/');
        await asBilling.page.getByRole('link', { name: 'Billing' }).waitFor();
        expect(await asBilling.page.getByRole('link', { name: 'Keys' }).count()).toBe(0);
        await asBilling.page.goto('/portal/keys');
        await asBilling.page.getByRole('alert').getByText('Your team role (billing) cannot do this').waitFor();
        await asBilling.page.getByLabel('Name').fill('Not allowed');
        await asBilling.page.getByRole('button', { name: 'Create key' }).click();
        await asBilling.page.getByRole('alert').first().waitFor();
        expect(await asBilling.page.getByTestId('new-key-secret').count()).toBe(0);
      });
    } finally {
      await asBilling.context.close();
    }
    const asDeveloper = await asMember(developer.cookie);
    try {
      await withScreenshot(asDeveloper.page, 'portal-developer-role', async () => {
        await asDeveloper.page.goto('/portal/');
        await asDeveloper.page.getByRole('link', { name: 'Keys' }).waitFor();
        expect(await asDeveloper.page.getByRole('link', { name: 'Billing' }).count()).toBe(0);
        await asDeveloper.page.goto('/portal/billing');
        await asDeveloper.page.getByRole('alert').getByText('Your team role (developer) cannot do this').waitFor();
      });
    } finally {
      await asDeveloper.context.close();
    }
  });

  it('rotates a key with the grace the developer picks, showing the new secret once and when the old key stops', async () => {
    const { customer, key, keyId } = await customerWithKey(app);
    const developer = await signedInMember(app, customer.id, MemberRole.DEVELOPER);
    const { context, page } = await asMember(developer.cookie);
    try {
      await withScreenshot(page, 'portal-rotate-grace', async () => {
        await page.goto('/portal/keys');
        await page.getByRole('button', { name: 'Rotate…' }).click();
        const form = page.getByRole('form', { name: 'Rotate test key' });
        await form.getByLabel('Old key keeps working for').selectOption({ label: '7 days' });
        const before = Date.now();
        await form.getByRole('button', { name: 'Rotate' }).click();
        expect(await page.getByTestId('new-key-secret').textContent()).toMatch(/^mc_live_/);
        await page.getByRole('row', { name: /active until .* UTC/ }).waitFor();
        await noSidewaysScroll(page);
        const listed = await app.client.request(KeyGrace, {}, { key });
        const graceUntil = Date.parse(listed.data?.apiKeys.items.find((item) => item.id === keyId)?.graceUntil ?? '');
        expect(graceUntil).toBeGreaterThanOrEqual(before + 7 * 24 * 3_600_000);
        expect(graceUntil).toBeLessThanOrEqual(Date.now() + 7 * 24 * 3_600_000);
      });
    } finally {
      await context.close();
    }
  });

  it("never shows one customer another customer's keys or team", async () => {
    const first = await customerWithKey(app);
    const second = await customerWithKey(app);
    const owner = await signedInMember(app, second.customer.id, MemberRole.OWNER);
    const stranger = await signedInMember(app, first.customer.id, MemberRole.DEVELOPER);
    const { context, page } = await asMember(owner.cookie);
    try {
      await withScreenshot(page, 'portal-isolation', async () => {
        await page.goto('/portal/keys');
        await page.getByRole('row', { name: /test key/ }).waitFor();
        expect(await page.getByRole('row').count()).toBe(2);
        await page.goto('/portal/team');
        await page.getByRole('cell', { name: owner.email }).waitFor();
        expect(await page.getByText(stranger.email).count()).toBe(0);
      });
    } finally {
      await context.close();
    }
  });
});
