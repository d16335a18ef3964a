import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminRole } from '../../server/src/platform/staff/admin-role.js';
import { graphql } from '../generated/index.js';
import { customerWithMargin } from '../support/customer-margin-seed.js';
import { customerWithKey, type SignedInAdmin, signedInAdmin } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const InvoicesOfMonth = graphql(
  `query ClickThroughInvoices($customerId: ID, $issuedMonth: String) { invoices(page: 1, perPage: 50, customerId: $customerId, issuedMonth: $issuedMonth) { totalCount items { id } } }`,
);
const CustomersOnPlan = graphql(
  `query ClickThroughCustomers($search: String, $planCode: String) { customers(page: 1, perPage: 50, search: $search, planCode: $planCode, sortField: CREATED_AT, sortOrder: DESC) { items { id } } }`,
);
const Margins = graphql(
  `query ClickThroughMargins($from: String!, $to: String!) { customerMargins(from: $from, to: $to) { customerId company revenueCents computeSeconds computeCostCents marginCents marginRate } }`,
);

let app: TestApp;
let finance: SignedInAdmin;
beforeAll(async () => {
  app = await startTestApp();
  finance = await signedInAdmin(app, AdminRole.FINANCE);
});
afterAll(async () => {
  await app?.close();
});

const nextMonth = (month: string) => `2011-${String(Number(month.slice(5)) + 1).padStart(2, '0')}`;

describe('the lists a revenue chart opens', () => {
  it('lists only the invoices issued in the month a chart column names', async () => {
    const seed = await customerWithMargin(app);
    const ofMonth = (issuedMonth: string) =>
      app.client.request(InvoicesOfMonth, { customerId: seed.customerId, issuedMonth }, { cookie: finance.cookie });
    const inMonth = await ofMonth(seed.month);
    expect(inMonth.errors).toEqual([]);
    expect(inMonth.data?.invoices.items.map((invoice) => invoice.id)).toEqual([seed.invoiceId]);
    expect((await ofMonth(nextMonth(seed.month))).data?.invoices.totalCount).toBe(0);
  });

  it('refuses an issue month that is not YYYY-MM, naming the field', async () => {
    const response = await app.client.request(InvoicesOfMonth, { issuedMonth: '2011-13' }, { cookie: finance.cookie });
    expect(response.errors.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });

  it('lists the customers whose newest subscription is on the plan a plan-mix bar names', async () => {
    const starter = await customerWithKey(app, { plan: 'starter' });
    const onPlan = async (planCode: string) =>
      (
        await app.client.request(CustomersOnPlan, { search: starter.customer.company, planCode }, { cookie: finance.cookie })
      ).data?.customers.items.map((customer) => customer.id);
    expect(await onPlan('starter')).toEqual([starter.customer.id]);
    expect(await onPlan('pro')).toEqual([]);
  });
});

describe('gross margin per customer', () => {
  it('subtracts the compute cost of the runs started in the months from the billed revenue', async () => {
    const seed = await customerWithMargin(app);
    const response = await app.client.request(Margins, { from: seed.month, to: seed.month }, { cookie: finance.cookie });
    expect(response.errors).toEqual([]);
    const centsPerHour = app.services.config.COMPUTE_COST_CENTS_PER_HOUR;
    const cost = Math.round(1.5 * centsPerHour);
    expect(response.data?.customerMargins.find((row) => row.customerId === seed.customerId)).toEqual({
      customerId: seed.customerId,
      company: seed.company,
      revenueCents: 12_000,
      computeSeconds: 5_400,
      computeCostCents: cost,
      marginCents: 12_000 - cost,
      marginRate: Math.round(((12_000 - cost) / 12_000) * 10_000) / 10_000,
    });
  });

  it('refuses a malformed period', async () => {
    const response = await app.client.request(Margins, { from: '2011-05', to: '2011-01' }, { cookie: finance.cookie });
    expect(response.errors.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});
