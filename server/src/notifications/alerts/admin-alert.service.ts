import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { ErrorCode, appError, isUuid, notFound } from '../../platform/graphql/index.js';
import type { AdminAlertKind } from './admin-alert-kind.js';
import { AdminAlert } from './admin-alert.entity.js';
import { AdminAlertStatus } from './admin-alert.type.js';

export type AlertFilters = { status?: AdminAlertStatus | null; kind?: AdminAlertKind | null };
export type Acknowledger = { adminId: string; email: string };

/** The console's side of admin alerts: the list, and acknowledging one (the caller audits it). */
export function findAdminAlerts(
  em: EntityManager,
  filters: AlertFilters,
  page: { limit: number; offset: number },
): Promise<[AdminAlert[], number]> {
  const where: FilterQuery<AdminAlert> = {};
  if (filters.kind) where.kind = filters.kind;
  if (filters.status === AdminAlertStatus.OPEN) where.acknowledgedAt = null;
  if (filters.status === AdminAlertStatus.ACKNOWLEDGED) where.acknowledgedById = { $ne: null };
  if (filters.status === AdminAlertStatus.RESOLVED) Object.assign(where, { acknowledgedAt: { $ne: null }, acknowledgedById: null });
  return em.findAndCount(AdminAlert, where, { orderBy: { openedAt: 'desc', id: 'desc' }, ...page });
}

/** Marks an open alert acknowledged with the admin's note; the next detection of its cause opens a new one. */
export async function acknowledgeAdminAlert(em: EntityManager, id: string, by: Acknowledger, note: string): Promise<AdminAlert> {
  const trimmed = note.trim();
  if (trimmed.length > 1_000) {
    throw appError(ErrorCode.BAD_USER_INPUT, 'Keep the note under 1,000 characters.', { field: 'note' });
  }
  const alert = isUuid(id) ? await em.findOne(AdminAlert, id) : null;
  if (!alert) throw notFound('Admin alert');
  if (alert.acknowledgedAt) {
    throw appError(ErrorCode.CONFLICT, 'This alert is already closed; reload the list to see the open ones.', { field: 'id' });
  }
  alert.acknowledgedAt = new Date();
  alert.acknowledgedById = by.adminId;
  alert.acknowledgedByEmail = by.email;
  alert.details = { ...alert.details, acknowledgementNote: trimmed || null };
  return alert;
}
