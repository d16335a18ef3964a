import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { Subscription } from '../../server/src/domain/subscriptions/subscription.entity.js';
import { settle } from '../integration/billing-helpers.js';
import { DECLINES_AFTER_ATTACHING, customerOnClock, subscriptionOf } from '../integration/customer-on-clock.js';
import { AdminRole, consoleSuite } from './browser.js';

const suite = consoleSuite([AdminRole.FINANCE, AdminRole.SUPPORT, AdminRole.ADMIN]);
const { asRole } = suite;

describe('dunning in the console', () => {
  it('shows a failed renewal in the queue; finance extends the grace with a reason, support sees no actions', async () => {
    const company = `Past Due ${Date.now()}`;
    const { subscription } = await customerOnClock(suite.app, DECLINES_AFTER_ATTACHING, true, company);
    expect(subscription.status).toBe('past_due');
    const row = (page: Page) => page.locator(`tr[data-subscription="${subscription.id}"]`);

    await asRole(AdminRole.SUPPORT, 'dunning-support', async (page) => {
      await page.getByRole('menuitem', { name: 'Dunning' }).click();
      await row(page).getByText(company).waitFor();
      expect(await row(page).getByRole('button').count()).toBe(0);
    });

    await asRole(AdminRole.FINANCE, 'dunning-finance', async (page) => {
      await page.getByRole('menuitem', { name: 'Dunning' }).click();
      await row(page).getByText('past_due').waitFor();
      await row(page).getByRole('button', { name: 'Extend grace' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.locator('input[name="graceDays"]').fill('45');
      await dialog.getByText('Between 1 and 30 days').waitFor();
      expect(await dialog.getByRole('button', { name: 'Extend grace' }).isDisabled()).toBe(true);
      await dialog.locator('input[name="graceDays"]').fill('10');
      await dialog.locator('textarea[name="reason"]').fill('Waiting for the purchase order');
      await dialog.getByRole('button', { name: 'Extend grace' }).click();
      await row(page).getByTestId('days-to-degradation').getByText('extended').waitFor();
    });
    const extended = await suite.app.services.orm.em.fork().findOneOrFail(Subscription, subscription.id);
    expect(extended.graceExtendedUntil).not.toBeNull();
  });

  it('takes back a cancellation at the period end from the customer page with Resume', async () => {
    const { customerId } = await customerOnClock(suite.app, '4242 4242 4242 4242', false, `Resume ${Date.now()}`);
    await asRole(AdminRole.ADMIN, 'dunning-resume', async (page) => {
      await page.goto(`/admin/customers/${customerId}/show`);
      await page.getByRole('button', { name: 'Cancel subscription' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Cancel subscription' }).click();
      await page.getByText('Subscription cancels at the period end').waitFor();
      // Carlo's subscription row follows Stripe's webhook, which a loaded inbox may apply after the page refreshed.
      await settle(suite.app);
      await page.reload();
      await page.getByRole('button', { name: 'Resume subscription' }).click();
      await page.getByText('Cancellation taken back; the subscription renews').waitFor();
      await settle(suite.app);
      await page.reload();
      await page.getByRole('button', { name: 'Cancel subscription' }).waitFor();
    });
    const subscription = await subscriptionOf(suite.app, customerId);
    expect(subscription.cancelAtPeriodEnd).toBe(false);
    const inStripe = await suite.app.services.billing.gateway.stripe.subscriptions.retrieve(subscription.stripeSubscriptionId ?? '');
    expect(inStripe.cancel_at_period_end).toBe(false);
  });
});
