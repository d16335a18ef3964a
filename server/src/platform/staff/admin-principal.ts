import type { AdminRole } from './admin-role.js';

/** A signed-in staff member, as the console session identifies them. */
export type AdminPrincipal = { kind: 'admin'; adminId: string; email: string; role: AdminRole; sessionId: string };
