import type { AuthChecker } from 'type-graphql';
import { allows, refusalMessage, type Principal } from '../domain/access/index.js';
import { ErrorCode, requestError } from '../platform/graphql/index.js';
import type { Context } from './context.js';
import { parseRule, type ParsedRule } from './auth-rules.js';

/**
 * Decides per field from the rules the field declares. A refusal throws an error that tells the
 * caller why and what to do, instead of type-graphql's generic "Access denied", and carries its
 * HTTP status (401, 402 or 403), which Apollo gives the response, so a refused call is not a 200.
 */
export const authChecker: AuthChecker<Context> = ({ context }, rules) => {
  const parsed = rules.map(parseRule);
  if (parsed.some((rule) => rule.kind === 'public')) return true;
  const principal = context.principal;
  if (principal.kind === 'anonymous') {
    throw requestError(
      ErrorCode.UNAUTHENTICATED,
      'Sign in: send `Authorization: Bearer mc_live_…` with an API key, or sign in to the console.',
    );
  }
  const refusal =
    principal.kind === 'key'
      ? keyRefusal(principal, parsed)
      : principal.kind === 'admin'
        ? adminRefusal(principal, parsed)
        : memberRefusal(principal, parsed);
  if (refusal) throw refusal;
  return true;
};

function keyRefusal(principal: Extract<Principal, { kind: 'key' }>, rules: ParsedRule[]) {
  const keyRules = rules.flatMap((rule) => (rule.kind === 'key' ? [rule] : []));
  if (keyRules.length === 0)
    return requestError(ErrorCode.FORBIDDEN, 'This field is for console or portal sessions only; API keys cannot call it.');
  const scoped = keyRules.find((rule) => rule.scope === null || principal.scopes.includes(rule.scope));
  if (!scoped) {
    const needed = keyRules.map((rule) => rule.scope).join(' or ');
    return requestError(ErrorCode.FORBIDDEN, `This API key lacks the scope ${needed}. Create a key with that scope.`, {
      requiredScope: needed,
    });
  }
  if (allows(principal.access.level, scoped.use)) return null;
  const code = principal.access.reason === 'customer_suspended' ? ErrorCode.FORBIDDEN : ErrorCode.PAYMENT_REQUIRED;
  return requestError(code, refusalMessage(principal.access.reason), { access: principal.access.level, reason: principal.access.reason });
}

function adminRefusal(principal: Extract<Principal, { kind: 'admin' }>, rules: ParsedRule[]) {
  const roles = rules.flatMap((rule) => (rule.kind === 'admin' ? [rule.role] : []));
  if (roles.includes(principal.role)) return null;
  if (roles.length === 0)
    return requestError(
      ErrorCode.FORBIDDEN,
      'This field is not for console sessions; call it with an API key or from the customer portal.',
    );
  return requestError(ErrorCode.FORBIDDEN, `Your role (${principal.role}) cannot do this; it needs ${roles.join(' or ')}.`);
}

function memberRefusal(principal: Extract<Principal, { kind: 'member' }>, rules: ParsedRule[]) {
  const roles = rules.flatMap((rule) => (rule.kind === 'member' ? [rule.role] : []));
  if (roles.includes(principal.role)) return null;
  if (roles.length === 0) return requestError(ErrorCode.FORBIDDEN, 'This field is not for portal sessions; call it with an API key.');
  return requestError(
    ErrorCode.FORBIDDEN,
    `Your team role (${principal.role}) cannot do this; it needs ${roles.join(' or ')}. Ask your account owner.`,
  );
}
