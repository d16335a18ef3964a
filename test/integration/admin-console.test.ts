import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminRole } from '../../server/src/modules/admin/admin-role.js';
import { graphql } from '../generated/index.js';
import { errorCodes } from '../support/graphql-client.js';
import { customerWithKey, signedInAdmin } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const CustomersPage = graphql(`
  query AdminTestCustomersPage($page: Int!, $perPage: Int!) {
    customers(page: $page, perPage: $perPage, sortField: CREATED_AT, sortOrder: DESC) {
      totalCount
      items { id company currentSubscription { planCode status priceCents } keyCounts { total active } }
    }
  }
`);
const KeysPage = graphql(`
  query AdminTestKeys($customerId: ID, $perPage: Int!) {
    adminApiKeys(customerId: $customerId, perPage: $perPage) { totalCount items { id status customerId customer { id company } } }
  }
`);
const RevokeKey = graphql(`mutation AdminTestRevoke($id: ID!, $reason: String!) { adminRevokeApiKey(id: $id, reason: $reason) { id status revokedAt } }`);
const RotateKey = graphql(`mutation AdminTestRotate($id: ID!) { adminRotateApiKey(id: $id) { secret apiKey { id status customerId } } }`);
const Me = graphql(`query AdminTestMe { me { id } }`);
const Audit = graphql(`query AdminTestAudit($targetId: String) { auditLog(targetId: $targetId) { items { action actorEmail } } }`);
const Dashboard = graphql(`query AdminTestDashboard { adminDashboard { customersByStatus { key count } activeCustomersByPlan { key count } newCustomersByDay { day count } } }`);
const Revenue = graphql(`query AdminTestRevenue($month: String!) { revenueReport(month: $month) { totalMrrCents lineCount groups { key mrrCents } } revenueMetrics(months: 2) { month mrrCents } }`);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  for (let i = 0; i < 12; i += 1) await customerWithKey(app);
});
afterAll(async () => {
  await app?.close();
});

describe('console queries', () => {
  it('reads a customers page with subscriptions and key counts in the same number of SQL statements at any page size', async () => {
    const { cookie } = await signedInAdmin(app, AdminRole.SUPPORT);
    const statementsFor = async (perPage: number) => {
      const before = app.database.queries.total;
      const response = await app.client.request(CustomersPage, { page: 1, perPage }, { cookie });
      expect(response.errors).toEqual([]);
      expect(response.data?.customers.items).toHaveLength(perPage);
      for (const item of response.data?.customers.items ?? []) {
        expect(item.currentSubscription?.planCode).toBe('pro');
        expect(item.keyCounts).toEqual({ total: 1, active: 1 });
      }
      return app.database.queries.total - before;
    };
    const small = await statementsFor(2);
    const large = await statementsFor(10);
    expect(large, 'statements for 10 rows vs 2 rows').toBe(small);
  });

  it('lets an admin revoke any customer key, refuses it at once and audits the revocation', async () => {
    const { cookie } = await signedInAdmin(app, AdminRole.ADMIN);
    const { customer, key, keyId } = await customerWithKey(app);
    const listed = await app.client.request(KeysPage, { customerId: customer.id, perPage: 10 }, { cookie });
    expect(listed.data?.adminApiKeys.items).toEqual([{ id: keyId, status: 'ACTIVE', customerId: customer.id, customer: { id: customer.id, company: customer.company } }]);
    const revoked = await app.client.request(RevokeKey, { id: keyId, reason: 'leaked in a public repo' }, { cookie });
    expect(revoked.data?.adminRevokeApiKey.status).toBe('REVOKED');
    expect((await app.client.request(Me, {}, { key })).status).toBe(401);
    const audit = await app.client.request(Audit, { targetId: keyId }, { cookie });
    expect(audit.data?.auditLog.items.map((entry) => entry.action)).toEqual(['api_key.revoke']);
  });

  it('rotates a key for an admin: the new secret works and one audit row is written', async () => {
    const { cookie } = await signedInAdmin(app, AdminRole.SUPER_ADMIN);
    const { customer, keyId } = await customerWithKey(app);
    const rotated = await app.client.request(RotateKey, { id: keyId }, { cookie });
    expect(rotated.errors).toEqual([]);
    expect(rotated.data?.adminRotateApiKey.apiKey.customerId).toBe(customer.id);
    const secret = rotated.data?.adminRotateApiKey.secret ?? '';
    expect((await app.client.request(Me, {}, { key: secret })).data?.me.id).toBe(customer.id);
    const again = await app.client.request(RotateKey, { id: keyId }, { cookie });
    expect(errorCodes(again)).toEqual(['CONFLICT']);
    const audit = await app.client.request(Audit, { targetId: keyId }, { cookie });
    expect(audit.data?.auditLog.items.map((entry) => entry.action)).toEqual(['api_key.rotate']);
  });

  it('keeps key management from support and finance, and finance reports from support and admins', async () => {
    const { keyId } = await customerWithKey(app);
    const support = await signedInAdmin(app, AdminRole.SUPPORT);
    const finance = await signedInAdmin(app, AdminRole.FINANCE);
    const admin = await signedInAdmin(app, AdminRole.ADMIN);
    expect(errorCodes(await app.client.request(RevokeKey, { id: keyId, reason: 'not allowed' }, { cookie: support.cookie }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await app.client.request(KeysPage, { perPage: 5 }, { cookie: finance.cookie }))).toEqual(['FORBIDDEN']);
    const month = new Date().toISOString().slice(0, 7);
    expect(errorCodes(await app.client.request(Revenue, { month }, { cookie: support.cookie }))).toContain('FORBIDDEN');
    expect(errorCodes(await app.client.request(Revenue, { month }, { cookie: admin.cookie }))).toContain('FORBIDDEN');
  });

  it('serves the dashboard to every role and the revenue report to finance, whose CSV total matches it', async () => {
    const finance = await signedInAdmin(app, AdminRole.FINANCE);
    const dashboard = await app.client.request(Dashboard, {}, { cookie: finance.cookie });
    expect(dashboard.errors).toEqual([]);
    expect(dashboard.data?.adminDashboard.newCustomersByDay).toHaveLength(30);
    const month = new Date().toISOString().slice(0, 7);
    const report = await app.client.request(Revenue, { month }, { cookie: finance.cookie });
    expect(report.errors).toEqual([]);
    const total = report.data?.revenueReport.totalMrrCents ?? -1;
    expect(total).toBeGreaterThan(0);
    expect(report.data?.revenueMetrics.at(-1)?.mrrCents).toBe(total);

    const csv = await fetch(`${app.url}/reports/revenue.csv?month=${month}`, { headers: { cookie: finance.cookie } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (await csv.text()).split('\r\n').filter((line) => line.length > 0);
    expect(lines[0]).toBe('month,subscription_id,customer_id,company,plan,status,mrr_cents,mrr');
    const cents = lines.slice(1).map((line) => Number(line.split(',')[6]));
    expect(cents).toHaveLength(report.data?.revenueReport.lineCount ?? -1);
    expect(cents.reduce((a, b) => a + b, 0)).toBe(total);
  });

  it('refuses the CSV export without a finance session', async () => {
    const support = await signedInAdmin(app, AdminRole.SUPPORT);
    expect((await fetch(`${app.url}/reports/revenue.csv`)).status).toBe(401);
    expect((await fetch(`${app.url}/reports/revenue.csv`, { headers: { cookie: support.cookie } })).status).toBe(403);
  });
});
