import { describe, expect, it } from 'vitest';
import { Customer } from '../../server/src/domain/customers/customer.entity.js';
import { ApiKey } from '../../server/src/domain/keys/api-key.entity.js';
import { customerWithKey } from '../support/factories.js';
import { AdminRole, consoleSuite } from './browser.js';

const suite = consoleSuite([AdminRole.ADMIN, AdminRole.SUPPORT]);
const { asRole } = suite;

describe('customers in the console', () => {
  it('lets an admin edit the profile; the show page and the database carry every field', async () => {
    const { customer } = await customerWithKey(suite.app);
    const other = await customerWithKey(suite.app);
    await asRole(AdminRole.ADMIN, 'customer-edit', async (page) => {
      await page.goto(`/admin/customers/${customer.id}/show`);
      await page.getByRole('link', { name: 'Edit' }).click();
      await page.locator('input[name="company"]').fill('Edited Analytics Ltd');
      // The server's own refusal lands beside the field it names.
      await page.locator('input[name="email"]').fill(other.customer.email);
      await page.getByRole('button', { name: 'Save' }).click();
      const emailField = page.locator('.MuiFormControl-root', { has: page.locator('input[name="email"]') });
      await emailField.getByText('Another customer signs in with').waitFor();
      await page.locator('input[name="email"]').fill(customer.email);
      await page.locator('input[name="billingEmail"]').fill('ap@edited.example');
      await page.locator('input[name="taxId"]').fill('GB123456789');
      await page.locator('input[name="address.line1"]').fill('1 Edit Street');
      await page.locator('input[name="address.city"]').fill('London');
      await page.locator('input[name="address.country"]').fill('gb');
      await page.locator('textarea[name="notes"]').fill('Renewal call in March.');
      await page.locator('input[name="tags"]').fill('vip, renewal');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByText('1 Edit Street, London, GB').waitFor();
      await page.getByText('Renewal call in March.').waitFor();
      await page.getByText('renewal', { exact: true }).waitFor();
    });
    const stored = await suite.app.services.orm.em.fork().findOneOrFail(Customer, { id: customer.id });
    expect(stored).toMatchObject({
      company: 'Edited Analytics Ltd',
      billingEmail: 'ap@edited.example',
      taxId: 'GB123456789',
      notes: 'Renewal call in March.',
      tags: ['vip', 'renewal'],
      address: { line1: '1 Edit Street', city: 'London', country: 'GB' },
    });
  });

  it('issues a key on the customer’s behalf, shows the secret once, and the timeline links to the key', async () => {
    const { customer } = await customerWithKey(suite.app);
    let secret = '';
    await asRole(AdminRole.ADMIN, 'customer-issue-key', async (page) => {
      await page.goto(`/admin/customers/${customer.id}/show`);
      await page.getByRole('button', { name: 'Issue key' }).click();
      await page.locator('input[name="keyName"]').fill('Handed over by support');
      await page.locator('textarea[name="reason"]').fill('Customer locked out of the portal');
      await page.getByRole('button', { name: 'Issue key' }).last().click();
      secret = (await page.getByTestId('issued-secret').textContent()) ?? '';
      await page.getByRole('button', { name: 'Done' }).click();
      await page.getByRole('tab', { name: 'Timeline' }).click();
      const timeline = page.getByTestId('customer-timeline');
      await timeline.getByText('api_key.issue: Customer locked out of the portal').waitFor();
      await timeline.getByText(/Signed up as/).waitFor();
      const keyEntry = timeline.locator('li', { hasText: 'Key Handed over by support' });
      await keyEntry.getByRole('link', { name: 'Open' }).click();
      await page.waitForURL(/\/admin\/apiKeys\?filter=/);
      await page.getByRole('cell', { name: 'Handed over by support' }).waitFor();
      expect(await page.getByRole('cell', { name: 'test key' }).count()).toBe(0);
    });
    expect(secret).toMatch(/^mc_live_/);
    const keys = await suite.app.services.orm.em.fork().find(ApiKey, { customer: customer.id, name: 'Handed over by support' });
    expect(keys.map((key) => key.createdBy)).toEqual([expect.stringMatching(/^admin:/)]);
  });

  it('links audit targets to their records', async () => {
    const { customer } = await customerWithKey(suite.app);
    await asRole(AdminRole.SUPPORT, 'audit-links', async (page) => {
      await page.goto(`/admin/customers/${customer.id}/show`);
      await page.getByRole('button', { name: 'Suspend' }).click();
      await page.locator('textarea[name="reason"]').fill('Chargeback under review');
      await page.getByRole('button', { name: 'Suspend customer' }).click();
      await page.getByText('Customer suspended').waitFor();
      await page.goto('/admin/auditLog');
      await page.getByRole('link', { name: customer.id }).first().click();
      await page.waitForURL(new RegExp(`/admin/customers/${customer.id}/show`));
      await page.getByText(customer.company).first().waitFor();
    });
  });

  it('shows support neither Edit nor Issue key; its timeline still lists the account', async () => {
    const { customer } = await customerWithKey(suite.app);
    await asRole(AdminRole.SUPPORT, 'customer-support-readonly', async (page) => {
      await page.goto(`/admin/customers/${customer.id}/show`);
      await page.getByRole('button', { name: 'Suspend' }).waitFor();
      expect(await page.getByRole('link', { name: 'Edit' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Issue key' }).count()).toBe(0);
      await page.getByRole('tab', { name: 'Timeline' }).click();
      await page
        .getByTestId('customer-timeline')
        .getByText(/Signed up as/)
        .waitFor();
    });
  });
});
