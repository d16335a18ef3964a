import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode, appError, isUuid, notFound } from '../graphql/index.js';
import type { AdminPrincipal } from './admin-principal.js';
import { AdminUser } from './admin-user.entity.js';
import { type AuditActor, recordAudit } from './audit.service.js';
import { verifyPassword } from './password.js';
import { type TotpEnrolment, acceptedTotpStep, newTotpSecret, totpEnrolment } from './totp.js';

type SignedInActor = AuditActor & { principal: AdminPrincipal };

const wrongCode = () =>
  appError(ErrorCode.BAD_USER_INPUT, 'The code is wrong, expired or used already. Type the code your app shows now.', {
    field: 'code',
  });

/** Offers a new secret; the second factor is on only once a code from it is confirmed. */
export async function startTotpEnrolment(em: EntityManager, actor: SignedInActor): Promise<TotpEnrolment> {
  const admin = await em.findOneOrFail(AdminUser, actor.principal.adminId);
  if (admin.totpSecret) {
    throw appError(ErrorCode.CONFLICT, 'Two-step sign-in is on already. Turn it off first to move it to another app.');
  }
  admin.totpPendingSecret = newTotpSecret();
  recordAudit(em, actor, { action: 'admin_user.totp_enrolment_start', targetType: 'admin_user', targetId: admin.id });
  await em.flush();
  return totpEnrolment(admin.email, admin.totpPendingSecret);
}

export async function confirmTotpEnrolment(em: EntityManager, actor: SignedInActor, code: string): Promise<AdminUser> {
  const admin = await em.findOneOrFail(AdminUser, actor.principal.adminId);
  if (!admin.totpPendingSecret) {
    throw appError(ErrorCode.CONFLICT, 'There is no enrolment to confirm. Start again to get a new QR code.');
  }
  const step = await acceptedTotpStep(admin.totpPendingSecret, code, null);
  if (step === null) throw wrongCode();
  admin.totpSecret = admin.totpPendingSecret;
  admin.totpPendingSecret = null;
  admin.totpLastStep = step;
  recordAudit(em, actor, { action: 'admin_user.totp_enable', targetType: 'admin_user', targetId: admin.id });
  await em.flush();
  return admin;
}

/** Turns the caller's own second factor off; the password is asked again so an open laptop is not enough. */
export async function disableOwnTotp(em: EntityManager, actor: SignedInActor, password: string): Promise<AdminUser> {
  const admin = await em.findOneOrFail(AdminUser, actor.principal.adminId);
  if (!(await verifyPassword(admin.passwordHash, password))) {
    throw appError(ErrorCode.BAD_USER_INPUT, 'The password is wrong. Type your current password.', { field: 'password' });
  }
  return clear(em, actor, admin);
}

/** A super admin removes the second factor of someone who lost their phone. */
export async function clearTotp(em: EntityManager, actor: SignedInActor, adminId: string): Promise<AdminUser> {
  const admin = isUuid(adminId) ? await em.findOne(AdminUser, adminId) : null;
  if (!admin) throw notFound('Admin user');
  return clear(em, actor, admin);
}

async function clear(em: EntityManager, actor: SignedInActor, admin: AdminUser): Promise<AdminUser> {
  if (!admin.totpSecret) throw appError(ErrorCode.CONFLICT, 'Two-step sign-in is off for this account already.');
  admin.totpSecret = null;
  admin.totpPendingSecret = null;
  admin.totpLastStep = null;
  recordAudit(em, actor, { action: 'admin_user.totp_disable', targetType: 'admin_user', targetId: admin.id });
  await em.flush();
  return admin;
}

/**
 * Checks the code of a sign-in for an account with two-step sign-in on. The step is claimed with one
 * conditional update, so two sign-ins racing with the same code cannot both pass.
 */
export async function checkSignInCode(em: EntityManager, admin: AdminUser, code: string | null | undefined): Promise<void> {
  if (!admin.totpSecret) return;
  if (!code) {
    throw appError(ErrorCode.UNAUTHENTICATED, 'Enter the 6-digit code from your authenticator app.', {
      field: 'totpCode',
      totpRequired: true,
    });
  }
  const step = await acceptedTotpStep(admin.totpSecret, code, admin.totpLastStep);
  const claimed =
    step !== null &&
    (await em.nativeUpdate(
      AdminUser,
      { id: admin.id, $or: [{ totpLastStep: null }, { totpLastStep: { $lt: step } }] },
      { totpLastStep: step },
    )) === 1;
  if (!claimed) {
    throw appError(ErrorCode.UNAUTHENTICATED, 'The code is wrong, expired or used already. Type the code your app shows now.', {
      field: 'totpCode',
      totpRequired: true,
    });
  }
}
