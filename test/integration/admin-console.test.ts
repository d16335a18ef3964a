import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminRole } from '../../server/src/platform/staff/admin-role.js';
import { Invoice } from '../../server/src/billing/stripe/invoice.entity.js';
import { InvoiceRefund } from '../../server/src/billing/stripe/invoice-refund.entity.js';
import { Customer, CustomerStatus } from '../../server/src/domain/customers/customer.entity.js';
import { SubscriptionStatus } from '../../server/src/domain/subscriptions/subscription.entity.js';
import { graphql } from '../generated/index.js';
import { errorCodes } from '../support/graphql-client.js';
import { customerWithKey, signedInAdmin, uniqueEmail } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { payCheckout, settle } from './billing-helpers.js';

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
const RevokeKey = graphql(
  `mutation AdminTestRevoke($id: ID!, $reason: String!) { adminRevokeApiKey(id: $id, reason: $reason) { id status revokedAt } }`,
);
const RotateKey = graphql(`mutation AdminTestRotate($id: ID!) { adminRotateApiKey(id: $id) { secret apiKey { id status customerId } } }`);
const SignUp = graphql(`mutation AdminTestSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }`);
const Me = graphql(`query AdminTestMe { me { id } }`);
const Audit = graphql(`query AdminTestAudit($targetId: String) { auditLog(targetId: $targetId) { items { action actorEmail } } }`);
const Dashboard = graphql(
  `query AdminTestDashboard { adminDashboard { customersByStatus { key count } activeCustomersByPlan { key count } newCustomersByDay { day count } } }`,
);
const Revenue = graphql(
  `query AdminTestRevenue($month: String!) { mrrReport(month: $month) { totalMrrCents lineCount groups { key mrrCents } } revenueMetrics(months: 2) { month mrrCents } }`,
);
const Explorer = graphql(`
  query AdminTestExplorer { adminUsage(days: 7) { byDay { day calls } byOperation { operationName } topCustomers { customerId } } revenueMetrics(months: 1) { month billedCents overageCents } }
`);
const SyncPlans = graphql(`mutation AdminTestSyncPlans { syncPlansToStripe { plans created } }`);
const Drift = graphql(
  `query AdminTestDrift($customerId: ID, $onlyDrift: Boolean!) { meterDrift(customerId: $customerId, onlyDrift: $onlyDrift) { totalCount items { driftCredits localCredits stripeCredits } } }`,
);
const Billed = graphql(`
  query AdminTestBilled($from: String!, $to: String!, $groupBy: RevenueGroupBy!) {
    revenueReport(from: $from, to: $to, groupBy: $groupBy) { billedCents overageCents refundedCents netCents mirrorSubtotalCents invoiceCount lineCount groups { key amountCents } }
  }
`);

/** Tables only background work reads on its own timer, never the customers page. */
const BACKGROUND_WORK = /\b(webhook_delivery|webhook_endpoint|stripe_event|stripe_outbox|admin_alert|usage_event|pgboss)\b/;

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
      const stop = app.database.queries.watch();
      const response = await app.client.request(CustomersPage, { page: 1, perPage }, { cookie });
      expect(response.errors).toEqual([]);
      expect(response.data?.customers.items).toHaveLength(perPage);
      for (const item of response.data?.customers.items ?? []) {
        expect(item.currentSubscription?.planCode).toBe('pro');
        expect(item.keyCounts).toEqual({ total: 1, active: 1 });
      }
      return stop().filter((statement) => !BACKGROUND_WORK.test(statement)).length;
    };
    // Background timers (webhook sweep, Stripe inbox and outbox, alert detectors, pg-boss) run their
    // own statements at any time; they are left out, and the least of a few samples is the request's own count.
    const least = async (perPage: number) =>
      Math.min(await statementsFor(perPage), await statementsFor(perPage), await statementsFor(perPage));
    const small = await least(2);
    const large = await least(10);
    expect(large, 'statements for 10 rows vs 2 rows').toBe(small);
    expect(small, 'statements for a customers page').toBeLessThanOrEqual(6);
  });

  it('lets an admin revoke any customer key, refuses it at once and audits the revocation', async () => {
    const { cookie } = await signedInAdmin(app, AdminRole.ADMIN);
    const { customer, key, keyId } = await customerWithKey(app);
    const listed = await app.client.request(KeysPage, { customerId: customer.id, perPage: 10 }, { cookie });
    expect(listed.data?.adminApiKeys.items).toEqual([
      { id: keyId, status: 'ACTIVE', customerId: customer.id, customer: { id: customer.id, company: customer.company } },
    ]);
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
    expect(errorCodes(await app.client.request(RevokeKey, { id: keyId, reason: 'not allowed' }, { cookie: support.cookie }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(errorCodes(await app.client.request(KeysPage, { perPage: 5 }, { cookie: finance.cookie }))).toEqual(['FORBIDDEN']);
    const month = new Date().toISOString().slice(0, 7);
    expect(errorCodes(await app.client.request(Revenue, { month }, { cookie: support.cookie }))).toContain('FORBIDDEN');
    expect(errorCodes(await app.client.request(Revenue, { month }, { cookie: admin.cookie }))).toContain('FORBIDDEN');
  });

  it('counts only paying sign-ups in active customers by plan, as MRR does, not incomplete ones', async () => {
    const finance = await signedInAdmin(app, AdminRole.FINANCE);
    const proCount = async () => {
      const dashboard = await app.client.request(Dashboard, {}, { cookie: finance.cookie });
      return dashboard.data?.adminDashboard.activeCustomersByPlan.find((row) => row.key === 'pro')?.count ?? 0;
    };
    const before = await proCount();
    const incomplete = await customerWithKey(app, { plan: 'pro', status: SubscriptionStatus.INCOMPLETE });
    expect(incomplete.customer.status).toBe(CustomerStatus.ACTIVE);
    expect(await proCount()).toBe(before);
    await customerWithKey(app, { plan: 'pro', status: SubscriptionStatus.PAST_DUE });
    expect(await proCount()).toBe(before + 1);
  });

  it('serves the dashboard to every role and the revenue report to finance, whose CSV total matches it', async () => {
    const finance = await signedInAdmin(app, AdminRole.FINANCE);
    // MRR is what Stripe bills, so the report needs a customer who paid Checkout.
    const signUp = await app.client.request(SignUp, { input: { company: 'MRR Co', email: uniqueEmail('mrr'), plan: 'starter' } });
    expect(await payCheckout(signUp.data?.signUp.checkoutUrl ?? '')).toBe(303);
    await settle(app);
    const dashboard = await app.client.request(Dashboard, {}, { cookie: finance.cookie });
    expect(dashboard.errors).toEqual([]);
    expect(dashboard.data?.adminDashboard.newCustomersByDay).toHaveLength(30);
    const month = new Date().toISOString().slice(0, 7);
    const report = await app.client.request(Revenue, { month }, { cookie: finance.cookie });
    expect(report.errors).toEqual([]);
    const total = report.data?.mrrReport.totalMrrCents ?? -1;
    expect(total).toBeGreaterThan(0);
    expect(report.data?.revenueMetrics.at(-1)?.mrrCents).toBe(total);

    const csv = await fetch(`${app.url}/reports/mrr.csv?month=${month}`, { headers: { cookie: finance.cookie } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (await csv.text()).split('\r\n').filter((line) => line.length > 0);
    expect(lines[0]).toBe('month,subscription_id,customer_id,company,plan,status,mrr_cents,mrr');
    const cents = lines.slice(1).map((line) => Number(line.split(',')[6]));
    expect(cents).toHaveLength(report.data?.mrrReport.lineCount ?? -1);
    expect(cents.reduce((a, b) => a + b, 0)).toBe(total);
  });

  it('reports billed revenue from the invoice mirror; the CSV reconciles to the cent and neutralises formulas', async () => {
    const { customer } = await customerWithKey(app);
    const em = app.services.orm.em.fork();
    const target = await em.findOneOrFail(Customer, customer.id);
    target.company = '=HYPERLINK("http://evil.example","click")';
    const line = (id: string, lookupKey: string | null, amountCents: number) => ({
      id,
      description: `line ${id}, "quoted"`,
      amountCents,
      quantity: 1,
      priceId: null,
      lookupKey,
      proration: false,
      periodStart: '2019-02-01',
      periodEnd: '2019-03-01',
    });
    const invoice = (n: number, status: string, issuedAt: string, lines: ReturnType<typeof line>[], refunded = 0) => {
      const row = em.create(Invoice, {
        stripeInvoiceId: `in_test_${customer.id}_${n}`,
        customerId: customer.id,
        number: `T-${n}`,
        status,
        currency: 'usd',
        subtotalCents: lines.reduce((sum, l) => sum + l.amountCents, 0),
        totalCents: lines.reduce((sum, l) => sum + l.amountCents, 0),
        amountPaidCents: 0,
        amountDueCents: 0,
        amountRefundedCents: refunded,
        periodStart: new Date('2019-02-01T00:00:00Z'),
        periodEnd: new Date('2019-03-01T00:00:00Z'),
        issuedAt: new Date(issuedAt),
        lines,
      });
      if (refunded > 0)
        em.create(InvoiceRefund, {
          stripeRefundId: `re_test_${customer.id}_${n}`,
          invoiceId: row.id,
          amountCents: refunded,
          refundedAt: new Date(issuedAt),
        });
    };
    // The report covers every customer, so these invoices sit in months no other test writes to
    // (the suites share one database on PostgreSQL).
    invoice(1, 'paid', '2019-02-01T00:00:00Z', [line('a', 'carlo_pro_base', 9_900), line('b', 'carlo_pro_overage', 1_337)], 500);
    invoice(2, 'open', '2019-03-31T23:59:59Z', [line('c', 'carlo_pack_10k', 4_999)]);
    invoice(3, 'void', '2019-03-10T00:00:00Z', [line('d', 'carlo_pro_base', 9_900)]);
    invoice(4, 'paid', '2019-04-01T00:00:00Z', [line('e', 'carlo_pro_base', 9_900)]);
    await em.flush();

    const finance = await signedInAdmin(app, AdminRole.FINANCE);
    const report = await app.client.request(Billed, { from: '2019-02', to: '2019-03', groupBy: 'MONTH' }, { cookie: finance.cookie });
    expect(report.errors).toEqual([]);
    expect(report.data?.revenueReport).toEqual({
      billedCents: 16_236,
      overageCents: 1_337,
      refundedCents: 500,
      netCents: 15_736,
      mirrorSubtotalCents: 16_236,
      invoiceCount: 2,
      lineCount: 3,
      groups: [
        { key: '2019-02', amountCents: 11_237 },
        { key: '2019-03', amountCents: 4_999 },
      ],
    });

    const csv = await fetch(`${app.url}/reports/revenue.csv?from=2019-02&to=2019-03`, { headers: { cookie: finance.cookie } });
    expect(csv.status).toBe(200);
    const text = await csv.text();
    expect(
      text.startsWith(
        'issued_at,invoice_id,invoice_number,status,customer_id,company,kind,plan,description,currency,amount_cents,amount\r\n',
      ),
    ).toBe(true);
    // RFC 4180: quotes doubled inside quoted fields; the formula gets a leading apostrophe.
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(text).toContain('"line b, ""quoted"""');
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
    const amounts = [...text.matchAll(/,(-?\d+),(-?\d+\.\d{2})\r\n/g)].map((match) => Number(match[1]));
    // The refund of invoice 1 follows the billed lines as a negative line, so the amounts sum to net revenue.
    expect(amounts.sort((a, b) => a - b)).toEqual([-500, 1_337, 4_999, 9_900]);
  });

  it('gives the usage explorer every day of the window and the dashboard the billed and overage revenue', async () => {
    const { customer } = await customerWithKey(app);
    const em = app.services.orm.em.fork();
    const now = new Date();
    const line = (id: string, lookupKey: string, amountCents: number) => ({
      id,
      description: null,
      amountCents,
      quantity: 1,
      priceId: null,
      lookupKey,
      proration: false,
      periodStart: now.toISOString(),
      periodEnd: now.toISOString(),
    });
    em.create(Invoice, {
      stripeInvoiceId: `in_metrics_${customer.id}`,
      customerId: customer.id,
      number: null,
      status: 'paid',
      currency: 'usd',
      subtotalCents: 12_345,
      totalCents: 12_345,
      amountPaidCents: 12_345,
      amountDueCents: 0,
      periodStart: now,
      periodEnd: now,
      issuedAt: now,
      lines: [line('x', 'carlo_pro_base', 9_900), line('y', 'carlo_pro_overage', 2_445)],
    });
    await em.flush();
    const { cookie } = await signedInAdmin(app, AdminRole.SUPER_ADMIN);
    const response = await app.client.request(Explorer, {}, { cookie });
    expect(response.errors).toEqual([]);
    expect(response.data?.adminUsage.byDay).toHaveLength(7);
    const month = response.data?.revenueMetrics[0];
    expect(month?.month).toBe(now.toISOString().slice(0, 7));
    expect(month?.billedCents).toBeGreaterThanOrEqual(12_345);
    expect(month?.overageCents).toBeGreaterThanOrEqual(2_445);
  });

  it('lists meter reconciliation drift for a customer, only hours that differ by default', async () => {
    const { customer } = await customerWithKey(app);
    const connection = app.services.orm.em.fork().getConnection();
    await connection.execute(
      'insert into meter_drift (customer_id, hour_start, local_credits, stripe_credits) values (?, ?, 120, 120), (?, ?, 80, 75)',
      [customer.id, new Date('2026-01-01T10:00:00Z'), customer.id, new Date('2026-01-01T11:00:00Z')],
    );
    const { cookie } = await signedInAdmin(app, AdminRole.FINANCE);
    const drifting = await app.client.request(Drift, { customerId: customer.id, onlyDrift: true }, { cookie });
    expect(drifting.errors).toEqual([]);
    expect(drifting.data?.meterDrift).toEqual({ totalCount: 1, items: [{ driftCredits: -5, localCredits: 80, stripeCredits: 75 }] });
    const all = await app.client.request(Drift, { customerId: customer.id, onlyDrift: false }, { cookie });
    expect(all.data?.meterDrift.totalCount).toBe(2);
  });

  it('exports every line exactly once across batches, even for invoices issued microseconds apart', async () => {
    const { customer } = await customerWithKey(app);
    const connection = app.services.orm.em.fork().getConnection();
    await connection.execute(
      `insert into invoice (id, created_at, updated_at, stripe_invoice_id, customer_id, status, currency, subtotal_cents, total_cents, amount_paid_cents, amount_due_cents, period_start, period_end, issued_at, lines)
       select gen_random_uuid(), now(), now(), 'in_batch_' || ? || '_' || g, ?, 'paid', 'usd', 100 + g, 100 + g, 0, 0, now(), now(),
              timestamptz '2023-05-10 12:00:00+00' + g * interval '1 microsecond',
              jsonb_build_array(jsonb_build_object('id', 'l' || g, 'description', null, 'amountCents', 100 + g, 'quantity', 1, 'priceId', null, 'lookupKey', 'carlo_pro_base', 'proration', false, 'periodStart', '2023-05-01', 'periodEnd', '2023-06-01'))
         from generate_series(1, 1234) g`,
      [customer.id, customer.id],
    );
    const expected = Array.from({ length: 1234 }, (_, i) => 101 + i).reduce((a, b) => a + b, 0);
    const finance = await signedInAdmin(app, AdminRole.FINANCE);
    const report = await app.client.request(Billed, { from: '2023-05', to: '2023-05', groupBy: 'PLAN' }, { cookie: finance.cookie });
    expect(report.data?.revenueReport).toMatchObject({
      lineCount: 1234,
      invoiceCount: 1234,
      billedCents: expected,
      mirrorSubtotalCents: expected,
    });
    const text = await (
      await fetch(`${app.url}/reports/revenue.csv?from=2023-05&to=2023-05`, { headers: { cookie: finance.cookie } })
    ).text();
    const invoiceIds = text
      .split('\r\n')
      .slice(1)
      .filter((row) => row !== '')
      .map((row) => row.split(',')[1]);
    expect(invoiceIds).toHaveLength(1234);
    expect(new Set(invoiceIds).size).toBe(1234);
  });

  it('syncs plans to Stripe for a super admin, a second time creating nothing, each run audited', async () => {
    const { cookie } = await signedInAdmin(app, AdminRole.SUPER_ADMIN);
    const first = await app.client.request(SyncPlans, {}, { cookie });
    expect(first.errors).toEqual([]);
    const second = await app.client.request(SyncPlans, {}, { cookie });
    expect(second.data?.syncPlansToStripe).toEqual({ plans: first.data?.syncPlansToStripe.plans, created: [] });
    const audit = await app.client.request(Audit, { targetId: null }, { cookie });
    expect(audit.data?.auditLog.items.filter((entry) => entry.action === 'plans.sync').length).toBeGreaterThanOrEqual(2);
    const admin = await signedInAdmin(app, AdminRole.ADMIN);
    expect(errorCodes(await app.client.request(SyncPlans, {}, { cookie: admin.cookie }))).toEqual(['FORBIDDEN']);
  });

  it('refuses the CSV export without a finance session', async () => {
    const support = await signedInAdmin(app, AdminRole.SUPPORT);
    expect((await fetch(`${app.url}/reports/revenue.csv`)).status).toBe(401);
    expect((await fetch(`${app.url}/reports/revenue.csv`, { headers: { cookie: support.cookie } })).status).toBe(403);
    expect((await fetch(`${app.url}/reports/mrr.csv`, { headers: { cookie: support.cookie } })).status).toBe(403);
  });
});
