import { Authorized } from 'type-graphql';
import type { FieldUse } from '../domain/access/index.js';
import type { AdminRole } from '../platform/staff/index.js';
import type { ApiKeyScope } from '../domain/keys/index.js';
import type { MemberRole } from '../domain/members/index.js';

/**
 * Every root field declares who may call it with exactly one of these decorators; the schema
 * build fails on a root field without one. Rules are encoded as type-graphql role strings.
 */
export const PUBLIC_RULE = 'public';

/** Anyone, signed in or not (plans, signUp, adminLogin). */
export function Public(): MethodDecorator {
  return Authorized(PUBLIC_RULE);
}

/** An integrator's API key with this scope, whose account state allows this use. */
export function ForKey(use: FieldUse, scope?: ApiKeyScope): MethodDecorator {
  return Authorized(`key|${use}|${scope ?? ''}`);
}

/** An admin session with one of these roles. */
export function ForAdmin(...roles: AdminRole[]): MethodDecorator {
  return Authorized(roles.map((role) => `admin|${role}`));
}

/** A customer member's portal session with one of these roles. */
export function ForMember(...roles: MemberRole[]): MethodDecorator {
  return Authorized(roles.map((role) => `member|${role}`));
}

export type ParsedRule =
  | { kind: 'public' }
  | { kind: 'key'; use: FieldUse; scope: ApiKeyScope | null }
  | { kind: 'admin'; role: AdminRole }
  | { kind: 'member'; role: MemberRole };

export function parseRule(rule: string): ParsedRule {
  if (rule === PUBLIC_RULE) return { kind: 'public' };
  const [kind, first, second] = rule.split('|');
  if (kind === 'key') return { kind: 'key', use: first as FieldUse, scope: second ? (second as ApiKeyScope) : null };
  if (kind === 'member') return { kind: 'member', role: first as MemberRole };
  return { kind: 'admin', role: first as AdminRole };
}
