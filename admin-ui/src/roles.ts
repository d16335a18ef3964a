import type { AdminRole } from './generated/graphql';

/** What each role may do in the console; the server checks every field anyway (docs/architecture.md, Access). */
export type Role = AdminRole;

const can =
  (...roles: Role[]) =>
  (role: unknown): boolean =>
    roles.includes(role as Role);

export const canManageKeys = can('SUPER_ADMIN', 'ADMIN');
export const canReadKeysAndAudit = can('SUPER_ADMIN', 'ADMIN', 'SUPPORT');
export const canSuspend = can('SUPER_ADMIN', 'ADMIN', 'SUPPORT');
export const canManageAdmins = can('SUPER_ADMIN');
export const canReadFinance = can('SUPER_ADMIN', 'FINANCE');
export const canReadBillingOps = can('SUPER_ADMIN', 'ADMIN', 'SUPPORT');
export const canReplayEvents = can('SUPER_ADMIN', 'ADMIN');
/** Change plan, cancel, retry dead letters: the server refuses support and finance. */
export const canManageBilling = can('SUPER_ADMIN', 'ADMIN');
/** Refund, void and write off invoices: money leaves, so finance and the admins act and support only reads. */
export const canOperateInvoices = can('SUPER_ADMIN', 'ADMIN', 'FINANCE');
export const canGrantCredits = can('SUPER_ADMIN', 'ADMIN');
export const canSetOverrides = can('SUPER_ADMIN', 'ADMIN');
export const canEditPlans = can('SUPER_ADMIN');
/** Edit a customer's profile and issue keys on its behalf: account security, so the admins only. */
export const canEditCustomers = can('SUPER_ADMIN', 'ADMIN');
/** Retry, extend grace, waive and suspend in the dunning queue; support reads it. */
export const canCollect = can('SUPER_ADMIN', 'ADMIN', 'FINANCE');
/** Create, delete and apply coupons: a pricing decision, so the admins only; finance and support read. */
export const canManageCoupons = can('SUPER_ADMIN', 'ADMIN');
/** Acknowledge admin alerts: the roles that act on customers; finance reads the list. */
export const canAcknowledgeAlerts = can('SUPER_ADMIN', 'ADMIN', 'SUPPORT');
