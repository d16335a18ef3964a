import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode, appError, isUuid, notFound } from '../graphql/index.js';
import type { AdminPrincipal } from './admin-principal.js';
import { endSessionsOf } from './admin-session.service.js';
import { AdminUser } from './admin-user.entity.js';
import { MIN_PASSWORD_LENGTH, generatePassword } from './admin-user.service.js';
import { type AuditActor, recordAudit } from './audit.service.js';
import { hashPassword, verifyPassword } from './password.js';

type SignedInActor = AuditActor & { principal: AdminPrincipal };

/**
 * Changes the caller's own password after checking the current one. Every other session of theirs
 * ends, so a password changed because it leaked also locks out whoever used it.
 */
export async function changeOwnPassword(em: EntityManager, actor: SignedInActor, current: string, next: string): Promise<AdminUser> {
  const admin = await em.findOneOrFail(AdminUser, actor.principal.adminId);
  if (!(await verifyPassword(admin.passwordHash, current))) {
    throw appError(ErrorCode.BAD_USER_INPUT, 'The current password is wrong. Type it again.', { field: 'currentPassword' });
  }
  if (next.length < MIN_PASSWORD_LENGTH) {
    throw appError(ErrorCode.BAD_USER_INPUT, `The new password needs at least ${MIN_PASSWORD_LENGTH} characters.`, {
      field: 'newPassword',
    });
  }
  if (next === current) {
    throw appError(ErrorCode.BAD_USER_INPUT, 'The new password is the current one. Choose a different password.', {
      field: 'newPassword',
    });
  }
  admin.passwordHash = await hashPassword(next);
  admin.passwordChangedAt = new Date();
  const ended = await endSessionsOf(em, admin.id, actor.principal.sessionId);
  recordAudit(em, actor, {
    action: 'admin_user.password_change',
    targetType: 'admin_user',
    targetId: admin.id,
    after: { endedSessions: ended },
  });
  await em.flush();
  return admin;
}

/**
 * A super admin gives another user a new generated password, shown once, and ends all their
 * sessions. Their own password is changed with `changeOwnPassword`, which asks for the current one.
 */
export async function resetPassword(
  em: EntityManager,
  actor: SignedInActor,
  adminId: string,
): Promise<{ admin: AdminUser; password: string }> {
  const admin = isUuid(adminId) ? await em.findOne(AdminUser, adminId) : null;
  if (!admin) throw notFound('Admin user');
  if (admin.id === actor.principal.adminId) {
    throw appError(ErrorCode.BAD_USER_INPUT, 'Change your own password under My account, with your current password.', { field: 'id' });
  }
  const password = generatePassword();
  admin.passwordHash = await hashPassword(password);
  admin.passwordChangedAt = new Date();
  const ended = await endSessionsOf(em, admin.id);
  recordAudit(em, actor, {
    action: 'admin_user.password_reset',
    targetType: 'admin_user',
    targetId: admin.id,
    after: { endedSessions: ended },
  });
  await em.flush();
  return { admin, password };
}
