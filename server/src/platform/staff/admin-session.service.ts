import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode, appError, isUuid, notFound } from '../graphql/index.js';
import type { AdminPrincipal } from './admin-principal.js';
import { AdminRole } from './admin-role.js';
import { AdminSession } from './admin-session.entity.js';
import { type AuditActor, recordAudit } from './audit.service.js';

/** Sessions that still sign in: neither ended nor expired, newest first. */
export function activeSessions(em: EntityManager, adminId: string, now = new Date()): Promise<AdminSession[]> {
  return em.find(AdminSession, { admin: adminId, revokedAt: null, expiresAt: { $gt: now } }, { orderBy: { createdAt: 'desc' } });
}

/** Ends an admin's sessions, all of them or all but `keep` (the one making the change). */
export async function endSessionsOf(em: EntityManager, adminId: string, keep: string | null = null): Promise<number> {
  const sessions = await activeSessions(em, adminId);
  const ending = sessions.filter((session) => session.id !== keep);
  for (const session of ending) session.revokedAt = new Date();
  return ending.length;
}

/** Ends one session: the caller's own, or anyone's for a super admin. */
export async function endSession(em: EntityManager, actor: AuditActor & { principal: AdminPrincipal }, sessionId: string): Promise<void> {
  const session = isUuid(sessionId) ? await em.findOne(AdminSession, sessionId) : null;
  const own = session?.admin.id === actor.principal.adminId;
  if (!session || (!own && actor.principal.role !== AdminRole.SUPER_ADMIN)) throw notFound('Session');
  if (session.revokedAt || session.expiresAt <= new Date()) {
    throw appError(ErrorCode.CONFLICT, 'This session has ended already. Reload the list.', { field: 'id' });
  }
  session.revokedAt = new Date();
  recordAudit(em, actor, {
    action: 'admin_session.end',
    targetType: 'admin_session',
    targetId: session.id,
    after: { adminId: session.admin.id, ip: session.ip },
  });
  await em.flush();
}
