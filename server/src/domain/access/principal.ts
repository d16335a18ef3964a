import type { Access } from './access.js';
import type { AdminPrincipal } from '../../platform/staff/index.js';
import type { ApiKeyScope, SpendCap } from '../keys/index.js';
import type { MemberPrincipal } from '../members/index.js';

/** Who is calling: an integrator's API key, an admin's console session, a member's portal session, or nobody. */
export type KeyPrincipal = {
  kind: 'key';
  keyId: string;
  customerId: string;
  scopes: readonly ApiKeyScope[];
  mode: 'live' | 'test';
  planCode: string;
  spendCap: SpendCap | null;
  access: Access;
};

export type Principal = KeyPrincipal | AdminPrincipal | MemberPrincipal | { kind: 'anonymous' };

/** The key behind a field whose rule admits only keys; the auth checker has already run. */
export function callerKey(principal: Principal): KeyPrincipal {
  if (principal.kind !== 'key') throw new Error('Field rule admitted a non-key principal');
  return principal;
}

export function callerAdmin(principal: Principal): AdminPrincipal {
  if (principal.kind !== 'admin') throw new Error('Field rule admitted a non-admin principal');
  return principal;
}

export function callerMember(principal: Principal): MemberPrincipal {
  if (principal.kind !== 'member') throw new Error('Field rule admitted a non-member principal');
  return principal;
}
