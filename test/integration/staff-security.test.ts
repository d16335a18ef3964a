import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminRole } from '../../server/src/platform/staff/admin-role.js';
import { graphql } from '../generated/index.js';
import { signedInAdmin } from '../support/factories.js';
import { errorCodes } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const Me = graphql(`query StaffMe { adminMe { email totpEnabled passwordChangedAt } }`);
const Sessions = graphql(`query StaffSessions($adminId: ID) { adminSessions(adminId: $adminId) { id ip current } }`);
const EndSession = graphql(`mutation StaffEndSession($id: ID!) { endAdminSession(id: $id) }`);
const ChangePassword = graphql(
  `mutation StaffChangePassword($current: String!, $next: String!) { changeOwnAdminPassword(currentPassword: $current, newPassword: $next) { email passwordChangedAt } }`,
);
const ResetPassword = graphql(`mutation StaffResetPassword($id: ID!) { resetAdminPassword(id: $id) { password admin { email } } }`);
const StartTotp = graphql(`mutation StaffStartTotp { startTotpEnrolment { secret otpauthUri qrSvg } }`);
const ConfirmTotp = graphql(`mutation StaffConfirmTotp($code: String!) { confirmTotpEnrolment(code: $code) { totpEnabled } }`);
const DisableTotp = graphql(`mutation StaffDisableTotp($password: String!) { disableOwnTotp(password: $password) { totpEnabled } }`);
const ClearTotp = graphql(`mutation StaffClearTotp($id: ID!) { clearAdminTotp(id: $id) { totpEnabled } }`);
const AuditLog = graphql(`query StaffAudit($targetId: String) { auditLog(targetId: $targetId) { items { action } } }`);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

type SignIn = { cookie: string | null; errors: { message: string; extensions?: Record<string, unknown> }[] };

/** Signs in over HTTP as the console does and returns the session cookie, or the refusal. */
async function signIn(email: string, password: string, totpCode?: string): Promise<SignIn> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        'mutation ($email: String!, $password: String!, $totpCode: String) { adminLogin(email: $email, password: $password, totpCode: $totpCode) { expiresAt } }',
      variables: { email, password, totpCode },
    }),
  });
  const body = (await response.json()) as { errors?: SignIn['errors'] };
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0];
  return { cookie: cookie.startsWith('carlo_session=') ? cookie : null, errors: body.errors ?? [] };
}

/** A code of the step `offset` steps from now, as an authenticator app would show it then. */
const codeAt = (secret: string, offset: number) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + offset * 30 });

describe('own password', () => {
  it('changes only with the current password, and ends every other session of the account', async () => {
    const admin = await signedInAdmin(app, AdminRole.SUPPORT);
    const other = await signIn(admin.email, admin.password);
    expect(other.cookie).not.toBeNull();

    const wrong = await app.client.request(ChangePassword, { current: 'not-my-password', next: 'a-new-password-123' }, admin);
    expect(wrong.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const short = await app.client.request(ChangePassword, { current: admin.password, next: 'short' }, admin);
    expect(short.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });

    const changed = await app.client.request(ChangePassword, { current: admin.password, next: 'a-new-password-123' }, admin);
    expect(changed.data?.changeOwnAdminPassword.passwordChangedAt).not.toBeNull();
    expect(errorCodes(await app.client.request(Me, {}, { cookie: other.cookie ?? '' }))).toEqual(['UNAUTHENTICATED']);
    expect((await app.client.request(Me, {}, admin)).data?.adminMe.email).toBe(admin.email);
    expect((await signIn(admin.email, admin.password)).cookie).toBeNull();
    expect((await signIn(admin.email, 'a-new-password-123')).cookie).not.toBeNull();
  });
});

describe('password reset by a super admin', () => {
  it('gives a generated password shown once, ends the user’s sessions, and is for super admins only', async () => {
    const superAdmin = await signedInAdmin(app, AdminRole.SUPER_ADMIN);
    const admin = await signedInAdmin(app, AdminRole.FINANCE);
    const me = (await app.client.request(Me, {}, admin)).data?.adminMe;
    expect(me?.email).toBe(admin.email);

    expect(errorCodes(await app.client.request(ResetPassword, { id: superAdmin.id }, admin))).toEqual(['FORBIDDEN']);
    const self = await app.client.request(ResetPassword, { id: superAdmin.id }, superAdmin);
    expect(self.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });

    const reset = await app.client.request(ResetPassword, { id: admin.id }, superAdmin);
    const password = reset.data?.resetAdminPassword.password ?? '';
    expect(password.length).toBeGreaterThanOrEqual(12);
    expect(errorCodes(await app.client.request(Me, {}, admin))).toEqual(['UNAUTHENTICATED']);
    expect((await signIn(admin.email, admin.password)).cookie).toBeNull();
    expect((await signIn(admin.email, password)).cookie).not.toBeNull();
    const audit = await app.client.request(AuditLog, { targetId: admin.id }, superAdmin);
    expect(audit.data?.auditLog.items.map((item) => item.action)).toContain('admin_user.password_reset');
  });
});

describe('two-step sign-in (TOTP)', () => {
  it('is on only after a code confirms the enrolment, then asks every sign-in for a code used once', async () => {
    const admin = await signedInAdmin(app, AdminRole.ADMIN);
    const enrolment = (await app.client.request(StartTotp, {}, admin)).data?.startTotpEnrolment;
    const secret = enrolment?.secret ?? '';
    expect(enrolment?.otpauthUri).toContain(`secret=${secret}`);
    expect(enrolment?.qrSvg).toContain('<svg');
    expect((await signIn(admin.email, admin.password)).cookie).not.toBeNull();

    const wrong = await app.client.request(ConfirmTotp, { code: '000000' }, admin);
    expect(wrong.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    const confirmingCode = await codeAt(secret, 0);
    expect((await app.client.request(ConfirmTotp, { code: confirmingCode }, admin)).data?.confirmTotpEnrolment.totpEnabled).toBe(true);

    const withoutCode = await signIn(admin.email, admin.password);
    expect(withoutCode.cookie).toBeNull();
    expect(withoutCode.errors[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', field: 'totpCode', totpRequired: true });
    const confirmedCodeAgain = await signIn(admin.email, admin.password, confirmingCode);
    expect(confirmedCodeAgain.cookie).toBeNull();

    const next = await codeAt(secret, 1);
    const racing = await Promise.all([signIn(admin.email, admin.password, next), signIn(admin.email, admin.password, next)]);
    expect(racing.filter((attempt) => attempt.cookie !== null)).toHaveLength(1);
    expect((await signIn(admin.email, 'wrong-password-123', await codeAt(secret, 1))).errors[0].extensions?.field).toBeUndefined();

    const offWrong = await app.client.request(DisableTotp, { password: 'wrong-password-123' }, admin);
    expect(offWrong.errors[0].extensions).toMatchObject({ field: 'password' });
    expect((await app.client.request(DisableTotp, { password: admin.password }, admin)).data?.disableOwnTotp.totpEnabled).toBe(false);
    expect((await signIn(admin.email, admin.password)).cookie).not.toBeNull();
  });

  it('can be removed by a super admin for someone who lost their phone, and by nobody else', async () => {
    const superAdmin = await signedInAdmin(app, AdminRole.SUPER_ADMIN);
    const admin = await signedInAdmin(app, AdminRole.SUPPORT);
    const secret = (await app.client.request(StartTotp, {}, admin)).data?.startTotpEnrolment.secret ?? '';
    await app.client.request(ConfirmTotp, { code: await codeAt(secret, 0) }, admin);
    expect(errorCodes(await app.client.request(ClearTotp, { id: admin.id }, admin))).toEqual(['FORBIDDEN']);
    expect((await app.client.request(ClearTotp, { id: admin.id }, superAdmin)).data?.clearAdminTotp.totpEnabled).toBe(false);
    expect((await signIn(admin.email, admin.password)).cookie).not.toBeNull();
  });
});

describe('sessions', () => {
  it('lists the active sessions with the current one marked, and ends one at once', async () => {
    const admin = await signedInAdmin(app, AdminRole.FINANCE);
    const second = await signIn(admin.email, admin.password);
    const listed = (await app.client.request(Sessions, {}, admin)).data?.adminSessions ?? [];
    expect(listed).toHaveLength(2);
    expect(listed.filter((session) => session.current)).toHaveLength(1);
    const other = listed.find((session) => !session.current);
    expect((await app.client.request(EndSession, { id: other?.id ?? '' }, admin)).data?.endAdminSession).toBe(true);
    expect(errorCodes(await app.client.request(Me, {}, { cookie: second.cookie ?? '' }))).toEqual(['UNAUTHENTICATED']);
    expect((await app.client.request(Sessions, {}, admin)).data?.adminSessions).toHaveLength(1);
  });

  it("lets a super admin see and end another user's sessions, and hides them from everyone else", async () => {
    const superAdmin = await signedInAdmin(app, AdminRole.SUPER_ADMIN);
    const support = await signedInAdmin(app, AdminRole.SUPPORT);
    const finance = await signedInAdmin(app, AdminRole.FINANCE);
    expect(errorCodes(await app.client.request(Sessions, { adminId: finance.id }, support))).toEqual(['NOT_FOUND']);
    const theirs = (await app.client.request(Sessions, { adminId: finance.id }, superAdmin)).data?.adminSessions ?? [];
    expect(theirs).toHaveLength(1);
    expect(errorCodes(await app.client.request(EndSession, { id: theirs[0].id }, support))).toEqual(['NOT_FOUND']);
    await app.client.request(EndSession, { id: theirs[0].id }, superAdmin);
    expect(errorCodes(await app.client.request(Me, {}, finance))).toEqual(['UNAUTHENTICATED']);
    const again = await app.client.request(EndSession, { id: theirs[0].id }, superAdmin);
    expect(again.errors[0].extensions).toMatchObject({ code: 'CONFLICT' });
  });
});
