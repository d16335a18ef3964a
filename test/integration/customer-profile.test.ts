import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminRole } from '../../server/src/platform/staff/admin-role.js';
import { graphql } from '../generated/index.js';
import { errorCodes } from '../support/graphql-client.js';
import { type SignedInAdmin, signedInAdmin, uniqueEmail } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { payCheckout, settle } from './billing-helpers.js';

const SignUp = graphql(`mutation ProfileSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }`);
const Update = graphql(`
  mutation ProfileUpdate($id: ID!, $input: CustomerProfileInput!) {
    adminUpdateCustomer(id: $id, input: $input) {
      id company email billingEmail taxId notes tags stripeCustomerId
      address { line1 line2 city state postalCode country }
    }
  }
`);
const Timeline = graphql(`
  query ProfileTimeline($customerId: ID!) { customerTimeline(customerId: $customerId) { at kind title actor targetType targetId } }
`);
const Issue = graphql(`
  mutation ProfileIssueKey($customerId: ID!, $input: CreateApiKeyInput!, $reason: String!) {
    adminIssueApiKey(customerId: $customerId, input: $input, reason: $reason) { secret apiKey { id name customerId createdBy status } }
  }
`);
const Me = graphql(`query ProfileMe { me { id company } }`);

let app: TestApp;
let admin: SignedInAdmin;
let support: SignedInAdmin;
let finance: SignedInAdmin;
let customerId = '';
beforeAll(async () => {
  app = await startTestApp();
  admin = await signedInAdmin(app, AdminRole.ADMIN);
  support = await signedInAdmin(app, AdminRole.SUPPORT);
  finance = await signedInAdmin(app, AdminRole.FINANCE);
  const response = await app.client.request(SignUp, { input: { company: 'Profile Co', email: uniqueEmail('profile'), plan: 'starter' } });
  expect(response.errors).toEqual([]);
  customerId = response.data?.signUp.accountId ?? '';
  expect(await payCheckout(response.data?.signUp.checkoutUrl ?? '')).toBe(303);
  await settle(app);
});
afterAll(async () => {
  await app?.close();
});

const profile = (email: string) => ({
  company: 'Profile Renamed GmbH',
  email,
  billingEmail: 'Billing@Profile.example',
  taxId: 'DE123456789',
  address: { line1: 'Hauptstr. 1', city: 'Berlin', postalCode: '10115', country: 'de' },
  notes: 'Prefers invoices in EUR.',
  tags: ['VIP', 'eu', 'vip'],
});

describe('customer profile in the console', () => {
  it('saves every field, updates the Stripe customer through the Stripe API and audits before and after', async () => {
    const email = uniqueEmail('profile-renamed');
    const response = await app.client.request(Update, { id: customerId, input: profile(email) }, { cookie: admin.cookie });
    expect(response.errors).toEqual([]);
    const saved = response.data?.adminUpdateCustomer;
    expect(saved).toMatchObject({
      company: 'Profile Renamed GmbH',
      email: email.toLowerCase(),
      billingEmail: 'billing@profile.example',
      taxId: 'DE123456789',
      notes: 'Prefers invoices in EUR.',
      tags: ['vip', 'eu'],
      address: { line1: 'Hauptstr. 1', line2: null, city: 'Berlin', postalCode: '10115', country: 'DE' },
    });
    const stripeCustomer = await app.services.billing.gateway.stripe.customers.retrieve(saved?.stripeCustomerId ?? '');
    expect(stripeCustomer).toMatchObject({
      name: 'Profile Renamed GmbH',
      email: 'billing@profile.example',
      address: { line1: 'Hauptstr. 1', city: 'Berlin', postal_code: '10115', country: 'DE' },
    });
    const rows = await app.services.orm.em
      .getConnection()
      .execute<{ before: { company: string }; after: { company: string } }[]>(
        "select before, after from audit_log where action = 'customer.update' and target_id = ?",
        [customerId],
      );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.before.company).toBe('Profile Co');
    expect(rows[0]?.after.company).toBe('Profile Renamed GmbH');
  });

  it('names the field of a bad value and refuses support, changing nothing', async () => {
    const bad = await app.client.request(
      Update,
      { id: customerId, input: { ...profile('not-an-email'), tags: [] } },
      { cookie: admin.cookie },
    );
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(bad.errors)).toContain('email');
    const refused = await app.client.request(
      Update,
      { id: customerId, input: profile(uniqueEmail('support')) },
      { cookie: support.cookie },
    );
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    const rows = await app.services.orm.em
      .getConnection()
      .execute<{ company: string }[]>('select company from customer where id = ?', [customerId]);
    expect(rows[0]?.company).toBe('Profile Renamed GmbH');
  });

  it('issues a key on the customer’s behalf: the secret works, is shown once and the issue is audited; support is refused', async () => {
    const refused = await app.client.request(
      Issue,
      { customerId, input: { name: 'From support' }, reason: 'Customer lost access' },
      { cookie: support.cookie },
    );
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    const response = await app.client.request(
      Issue,
      { customerId, input: { name: 'Issued by staff' }, reason: 'Customer lost access' },
      { cookie: admin.cookie },
    );
    expect(response.errors).toEqual([]);
    const issued = response.data?.adminIssueApiKey;
    expect(issued?.apiKey).toMatchObject({ name: 'Issued by staff', customerId, status: 'ACTIVE' });
    expect(issued?.apiKey.createdBy).toMatch(/^admin:/);
    const me = await app.client.request(Me, {}, { key: issued?.secret ?? '' });
    expect(me.data?.me.id).toBe(customerId);
    const rows = await app.services.orm.em
      .getConnection()
      .execute<{ after: { keyId: string; reason: string } }[]>(
        "select after from audit_log where action = 'api_key.issue' and target_id = ?",
        [customerId],
      );
    expect(rows.map((row) => row.after)).toEqual([expect.objectContaining({ keyId: issued?.apiKey.id, reason: 'Customer lost access' })]);
  });

  it('lists sign-up, subscription, invoice, payment, keys and staff actions in one list, newest first; finance sees no staff rows', async () => {
    const response = await app.client.request(Timeline, { customerId }, { cookie: support.cookie });
    expect(response.errors).toEqual([]);
    const entries = response.data?.customerTimeline ?? [];
    const kinds = new Set(entries.map((entry) => entry.kind));
    for (const kind of ['signup', 'subscription', 'invoice', 'payment', 'key', 'support']) expect(kinds, kind).toContain(kind);
    const times = entries.map((entry) => new Date(entry.at).getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(entries.find((entry) => entry.kind === 'support' && entry.title.startsWith('api_key.issue'))?.title).toContain(
      'Customer lost access',
    );
    expect(entries.find((entry) => entry.kind === 'invoice')?.targetType).toBe('invoices');

    const forFinance = await app.client.request(Timeline, { customerId }, { cookie: finance.cookie });
    expect(forFinance.errors).toEqual([]);
    const financeKinds = new Set((forFinance.data?.customerTimeline ?? []).map((entry) => entry.kind));
    expect(financeKinds.has('support') || financeKinds.has('key')).toBe(false);
    expect(financeKinds).toContain('payment');
  });
});
