import type { FastifyInstance } from 'fastify';
import { ErrorCode } from '../../platform/graphql/index.js';
import { sendApiError } from './api-error-shape.js';

/** Deeper variables than any schema input needs; quote's JSON variables included. */
export const MAX_VARIABLES_DEPTH = 32;

/** True when the value nests objects or arrays deeper than `limit`; iterative, so any depth is measured safely. */
export function nestedDeeperThan(value: unknown, limit: number): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    if (item.value === null || typeof item.value !== 'object') continue;
    if (item.depth >= limit) return true;
    for (const inner of Object.values(item.value)) stack.push({ value: inner, depth: item.depth + 1 });
  }
  return false;
}

/** True when any string in the value (keys included) holds a NUL character; PostgreSQL text cannot. */
export function holdsNul(value: unknown): boolean {
  const stack: unknown[] = [value];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (typeof item === 'string') {
      if (item.includes('\u0000')) return true;
    } else if (item !== null && typeof item === 'object') {
      for (const [key, inner] of Object.entries(item)) {
        if (key.includes('\u0000')) return true;
        stack.push(inner);
      }
    }
  }
  return false;
}

/**
 * Client mistakes that would otherwise reach the database or a recursive walker as INTERNAL
 * errors are answered 400 BAD_USER_INPUT before Apollo reads the request: NUL characters in any
 * string, and variables nested deeper than MAX_VARIABLES_DEPTH.
 */
export function guardGraphqlRequests(app: FastifyInstance): void {
  app.addHook('preHandler', async (request, reply) => {
    if (request.routeOptions.url !== '/graphql') return;
    const payload: unknown = request.method === 'GET' ? request.query : request.body;
    if (holdsNul(payload)) {
      return sendApiError(
        reply,
        400,
        ErrorCode.BAD_USER_INPUT,
        'The request holds a NUL character (\\u0000); remove it from the query and variables.',
      );
    }
    const variables =
      payload !== null && typeof payload === 'object' && 'variables' in payload ? parsedVariables(payload.variables) : undefined;
    if (nestedDeeperThan(variables, MAX_VARIABLES_DEPTH)) {
      return sendApiError(reply, 400, ErrorCode.BAD_USER_INPUT, `Variables nest deeper than ${MAX_VARIABLES_DEPTH} levels; flatten them.`);
    }
  });
}

/** GET sends variables as a JSON string; one that does not parse is left for Apollo to refuse. */
function parsedVariables(variables: unknown): unknown {
  if (typeof variables !== 'string') return variables;
  try {
    return JSON.parse(variables) as unknown;
  } catch {
    return undefined;
  }
}
