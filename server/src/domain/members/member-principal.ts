import type { MemberRole } from './member-role.js';

/** A customer's member signed in to the portal. */
export type MemberPrincipal = { kind: 'member'; memberId: string; customerId: string; email: string; role: MemberRole; sessionId: string };
