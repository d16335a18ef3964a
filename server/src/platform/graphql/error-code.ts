import { GraphQLError } from 'graphql';

/** The one list of error codes a client can see in `extensions.code`. */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  RATE_LIMITED = 'RATE_LIMITED',
  QUOTA_EXCEEDED = 'QUOTA_EXCEEDED',
  PAYMENT_REQUIRED = 'PAYMENT_REQUIRED',
  SPEND_CAP_REACHED = 'SPEND_CAP_REACHED',
  CONFLICT = 'CONFLICT',
  COST_LIMIT_EXCEEDED = 'COST_LIMIT_EXCEEDED',
  UNAVAILABLE = 'UNAVAILABLE',
  INTERNAL = 'INTERNAL',
}

/** HTTP status for errors raised before execution and for access refusals; other errors inside execution keep 200 as GraphQL does. */
export const httpStatus: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  RATE_LIMITED: 429,
  QUOTA_EXCEEDED: 402,
  PAYMENT_REQUIRED: 402,
  SPEND_CAP_REACHED: 402,
  CONFLICT: 409,
  COST_LIMIT_EXCEEDED: 400,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

export type ErrorDetails = Record<string, string | number | boolean | null>;

/** An error a client can act on: a code, a message that says what to do, and optional details. */
export function appError(code: ErrorCode, message: string, details: ErrorDetails = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details } });
}

/** The same error for the request pipeline, where Apollo needs the HTTP status on the error itself. */
export function requestError(code: ErrorCode, message: string, details: ErrorDetails = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details, http: { status: httpStatus[code] } } });
}

export function notFound(what: string): GraphQLError {
  return appError(ErrorCode.NOT_FOUND, `${what} was not found. Check the id; ids of other accounts are never visible.`);
}
