import type { Access } from './access.js';
import type { AdminPrincipal } from '../../platform/staff/index.js';
import type { ApiKeyScope } from '../keys/index.js';

/** Who is calling: an integrator's API key, an admin's console session, or nobody. */
export type KeyPrincipal = {
  kind: 'key';
  keyId: string;
  customerId: string;
  scopes: readonly ApiKeyScope[];
  mode: 'live' | 'test';
  planCode: string;
  access: Access;
};

export type Principal = KeyPrincipal | AdminPrincipal | { kind: 'anonymous' };

/** The key behind a field whose rule admits only keys; the auth checker has already run. */
export function callerKey(principal: Principal): KeyPrincipal {
  if (principal.kind !== 'key') throw new Error('Field rule admitted a non-key principal');
  return principal;
}

export function callerAdmin(principal: Principal): AdminPrincipal {
  if (principal.kind !== 'admin') throw new Error('Field rule admitted a non-admin principal');
  return principal;
}
