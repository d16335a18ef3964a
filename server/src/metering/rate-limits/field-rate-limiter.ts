import { getDirectiveValues, type GraphQLField } from 'graphql';
import { getGraphQLRateLimiter } from 'graphql-rate-limit';
import type { Principal } from '../../domain/access/index.js';
import { rateLimitDirective } from './rate-limit.directive.js';

export type FieldLimit = { max: number; window: string; windowSeconds: number };

const limits = new WeakMap<GraphQLField<unknown, unknown>, FieldLimit | null>();

/** The `@rateLimit` of a field definition, read once. */
export function fieldLimitOf(field: GraphQLField<unknown, unknown>): FieldLimit | null {
  const cached = limits.get(field);
  if (cached !== undefined) return cached;
  const values = field.astNode ? getDirectiveValues(rateLimitDirective, field.astNode) : undefined;
  const limit = values
    ? { max: Number(values.max), window: String(values.window), windowSeconds: windowSeconds(String(values.window)) }
    : null;
  limits.set(field, limit);
  return limit;
}

function windowSeconds(window: string): number {
  const match = /^(\d+)\s*(s|m|h)$/.exec(window.trim());
  if (!match) throw new Error(`@rateLimit window "${window}" must look like 60s, 15m or 1h`);
  return Number(match[1]) * { s: 1, m: 60, h: 3600 }[match[2] as 's' | 'm' | 'h'];
}

type Caller = { principal: Principal; ip: string };

/**
 * graphql-rate-limit's limiter, called from the request pipeline before execution for the root
 * fields that carry `@rateLimit` (its own directive needs a schema transform that type-graphql
 * cannot apply). Counters stay in this process: these guards are coarse, the sign-in throttle
 * that must be shared uses Redis already, and the library's Redis store is not atomic.
 */
export class FieldRateLimiter {
  private readonly limiter = getGraphQLRateLimiter({
    identifyContext: (context: Caller) => {
      const { principal, ip } = context;
      if (principal.kind === 'key') return `customer:${principal.customerId}`;
      if (principal.kind === 'admin') return `admin:${principal.adminId}`;
      if (principal.kind === 'member') return `member:${principal.memberId}`;
      return `ip:${ip}`;
    },
  });

  /** Null when allowed, else the seconds to wait. */
  async check(caller: Caller, fieldName: string, limit: FieldLimit): Promise<number | null> {
    const refused = await this.limiter(
      { parent: undefined, args: {}, context: caller, info: { fieldName } as never },
      { max: limit.max, window: limit.window },
    );
    return refused ? limit.windowSeconds : null;
  }
}
