import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminRole } from '../../server/src/platform/staff/admin-role.js';
import { graphql } from '../generated/index.js';
import { errorCodes } from '../support/graphql-client.js';
import { customerWithKey, signedInAdmin } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const Login = graphql(
  `mutation Login($email: String!, $password: String!) { adminLogin(email: $email, password: $password) { admin { email role } expiresAt } }`,
);
const Logout = graphql(`mutation Logout { adminLogout }`);
const AdminMe = graphql(`query AdminMe { adminMe { email role } }`);
const Suspend = graphql(
  `mutation Suspend($id: ID!, $reason: String!) { suspendCustomer(id: $id, reason: $reason) { id status suspendedReason } }`,
);
const Reinstate = graphql(`mutation Reinstate($id: ID!) { reinstateCustomer(id: $id) { id status } }`);
const CreateAdmin = graphql(`mutation CreateAdmin($input: CreateAdminUserInput!) { createAdminUser(input: $input) { id email role } }`);
const UpdateAdmin = graphql(
  `mutation UpdateAdmin($id: ID!, $role: AdminRole, $disabled: Boolean) { updateAdminUser(id: $id, role: $role, disabled: $disabled) { id role disabled } }`,
);
const AccountAccess = graphql(`query AccountAccess { me { access { level reason advice } } }`);
const KeysOfAccount = graphql(`query KeysOfAccount { apiKeys { totalCount } }`);
const AuditLog = graphql(
  `query AuditLog($targetId: String) { auditLog(targetId: $targetId) { totalCount items { action actorEmail targetType targetId before after } } }`,
);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

describe('admin sign-in', () => {
  it('signs in with the right password and refuses a wrong one without saying which part was wrong', async () => {
    const admin = await signedInAdmin(app, AdminRole.ADMIN);
    expect((await app.client.request(AdminMe, {}, { cookie: admin.cookie })).data?.adminMe).toEqual({ email: admin.email, role: 'ADMIN' });
    const wrong = await app.client.request(Login, { email: admin.email, password: 'wrong-password-123' });
    expect(errorCodes(wrong)).toEqual(['UNAUTHENTICATED']);
    const unknown = await app.client.request(Login, { email: 'nobody@example.test', password: 'wrong-password-123' });
    expect(unknown.errors[0].message).toBe(wrong.errors[0].message);
  });

  it('throttles an account after five failures, even with the right password', async () => {
    const admin = await signedInAdmin(app, AdminRole.SUPPORT);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect(errorCodes(await app.client.request(Login, { email: admin.email, password: `nope-${attempt}-xxxxxxxx` }))).toEqual([
        'UNAUTHENTICATED',
      ]);
    }
    const locked = await app.client.request(Login, { email: admin.email, password: admin.password });
    expect(errorCodes(locked)).toEqual(['RATE_LIMITED']);
    expect(locked.errors[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('ends the session on logout: the same cookie is refused afterwards', async () => {
    const admin = await signedInAdmin(app, AdminRole.FINANCE);
    expect((await app.client.request(Logout, {}, { cookie: admin.cookie })).data?.adminLogout).toBe(true);
    expect(errorCodes(await app.client.request(AdminMe, {}, { cookie: admin.cookie }))).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses an expired session', async () => {
    const admin = await signedInAdmin(app, AdminRole.ADMIN);
    await app.services.orm.em
      .fork()
      .getConnection()
      .execute(`update admin_session set expires_at = now() - interval '1 second' where admin_id = ?`, [admin.id]);
    expect(errorCodes(await app.client.request(AdminMe, {}, { cookie: admin.cookie }))).toEqual(['UNAUTHENTICATED']);
  });

  it('ends the sessions of a disabled admin at once', async () => {
    const boss = await signedInAdmin(app, AdminRole.SUPER_ADMIN);
    const target = await signedInAdmin(app, AdminRole.ADMIN);
    await app.client.request(UpdateAdmin, { id: target.id, disabled: true }, { cookie: boss.cookie });
    expect(errorCodes(await app.client.request(AdminMe, {}, { cookie: target.cookie }))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('suspension', () => {
  it("limits a suspended customer's key to billing fields at once, and restores it on reinstatement", async () => {
    const support = await signedInAdmin(app, AdminRole.SUPPORT);
    const { customer, key } = await customerWithKey(app);
    expect((await app.client.request(KeysOfAccount, {}, { key })).errors).toEqual([]);
    const suspended = await app.client.request(Suspend, { id: customer.id, reason: 'chargeback under review' }, { cookie: support.cookie });
    expect(suspended.data?.suspendCustomer).toMatchObject({ status: 'SUSPENDED', suspendedReason: 'chargeback under review' });
    expect(errorCodes(await app.client.request(KeysOfAccount, {}, { key }))).toEqual(['FORBIDDEN']);
    expect((await app.client.request(AccountAccess, {}, { key })).data?.me.access).toMatchObject({
      level: 'BILLING_ONLY',
      reason: 'customer_suspended',
    });
    await app.client.request(Reinstate, { id: customer.id }, { cookie: support.cookie });
    expect((await app.client.request(KeysOfAccount, {}, { key })).errors).toEqual([]);
  });

  it('refuses a suspension without a reason', async () => {
    const admin = await signedInAdmin(app, AdminRole.ADMIN);
    const { customer } = await customerWithKey(app);
    expect(errorCodes(await app.client.request(Suspend, { id: customer.id, reason: ' ' }, { cookie: admin.cookie }))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });
});

describe('audit log', () => {
  it('writes exactly one row per admin mutation, with the state before and after', async () => {
    const boss = await signedInAdmin(app, AdminRole.SUPER_ADMIN);
    const { customer } = await customerWithKey(app);
    await app.client.request(Suspend, { id: customer.id, reason: 'fraud check' }, { cookie: boss.cookie });
    await app.client.request(Reinstate, { id: customer.id }, { cookie: boss.cookie });
    const log = await app.client.request(AuditLog, { targetId: customer.id }, { cookie: boss.cookie });
    expect(log.data?.auditLog.items.map((item) => item.action)).toEqual(['customer.reinstate', 'customer.suspend']);
    expect(log.data?.auditLog.items[1]).toMatchObject({
      actorEmail: boss.email,
      before: { status: 'active' },
      after: { status: 'suspended', suspendedReason: 'fraud check' },
    });

    const created = await app.client.request(
      CreateAdmin,
      { input: { email: `new-${customer.id.slice(0, 8)}@example.test`, name: 'New', role: 'FINANCE', password: 'a-long-enough-password' } },
      { cookie: boss.cookie },
    );
    const newId = created.data?.createAdminUser.id ?? '';
    await app.client.request(UpdateAdmin, { id: newId, role: 'SUPPORT' }, { cookie: boss.cookie });
    const adminLog = await app.client.request(AuditLog, { targetId: newId }, { cookie: boss.cookie });
    expect(adminLog.data?.auditLog.items.map((item) => item.action)).toEqual(['admin_user.update', 'admin_user.create']);
    expect(JSON.stringify(adminLog.data)).not.toContain('a-long-enough-password');
  });
});
