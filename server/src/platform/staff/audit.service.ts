import type { EntityManager } from '@mikro-orm/postgresql';
import type { AdminPrincipal } from './admin-principal.js';
import { AuditLog } from './audit-log.entity.js';

export type AuditEntry = {
  action: string;
  targetType: string;
  targetId: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
};

export type AuditActor = { principal: AdminPrincipal | null; ip: string | null; requestId: string | null; email?: string };

/**
 * Adds the audit row to the caller's unit of work, so it commits with the change it describes
 * or not at all.
 */
export function recordAudit(em: EntityManager, actor: AuditActor, entry: AuditEntry): AuditLog {
  return em.create(AuditLog, {
    actorId: actor.principal?.adminId ?? null,
    actorEmail: actor.principal?.email ?? actor.email ?? 'system',
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    before: entry.before ?? null,
    after: entry.after ?? null,
    ip: actor.ip,
    requestId: actor.requestId,
  });
}

/** Records what an audited change led to, once it is known (a rotated key's new id). */
export function completeAudit(entry: AuditLog, after: Record<string, unknown>): void {
  entry.after = after;
}

/** Takes an audit row back out of the unit of work: the change it described was refused. */
export function withdrawAudit(em: EntityManager, entry: AuditLog): void {
  em.remove(entry);
}
