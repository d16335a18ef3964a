import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from 'pino';
import { ArgumentValidationError } from 'type-graphql';
import { ErrorCode } from './error-code.js';

const knownCodes = new Set<string>(Object.values(ErrorCode));

/** Apollo's and graphql-js's own codes, renamed into our one enum. */
const renamed: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: ErrorCode.BAD_USER_INPUT,
  GRAPHQL_VALIDATION_FAILED: ErrorCode.BAD_USER_INPUT,
  BAD_REQUEST: ErrorCode.BAD_USER_INPUT,
  PERSISTED_QUERY_NOT_SUPPORTED: ErrorCode.BAD_USER_INPUT,
  OPERATION_RESOLUTION_FAILURE: ErrorCode.BAD_USER_INPUT,
  // The message stays "PersistedQueryNotFound", which persisted-query clients look for to resend the query.
  PERSISTED_QUERY_NOT_FOUND: ErrorCode.BAD_USER_INPUT,
};

type ValidationFailure = { constraints?: Record<string, string>; property: string; children?: ValidationFailure[] };

/**
 * Every error leaves with a code from ErrorCode. Errors we did not raise on purpose become
 * INTERNAL with a neutral message; their detail goes to the log only (no stack or SQL leaks).
 */
export function formatError(logger: Logger, exposeDetails: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const failures = validationFailures(original);
    if (failures) return validationError(formatted, failures);
    const code = String(formatted.extensions?.code ?? '');
    if (knownCodes.has(code)) return formatted;
    if (renamed[code]) return { ...formatted, extensions: { ...formatted.extensions, code: renamed[code] } };
    logger.error({ err: original, path: formatted.path }, 'unexpected error while serving GraphQL');
    const extensions = exposeDetails ? { code: ErrorCode.INTERNAL, detail: formatted.message } : { code: ErrorCode.INTERNAL };
    return {
      message: 'Something went wrong on our side. Try again; if it persists, contact support with the request id.',
      path: formatted.path,
      locations: formatted.locations,
      extensions,
    };
  };
}

type FieldFailure = { path: string; message: string };

/**
 * type-graphql's ArgumentValidationError (a GraphQLError whose name is never set) carries
 * class-validator's failures, each with the whole input object and the value: only the paths and
 * messages leave, so a refused password is never echoed.
 */
function validationFailures(error: unknown): FieldFailure[] | null {
  if (!(error instanceof ArgumentValidationError)) return null;
  const failures = (error.extensions as { validationErrors?: ValidationFailure[] }).validationErrors ?? [];
  const collected: FieldFailure[] = [];
  collectFailures(failures, '', collected);
  return collected;
}

function collectFailures(failures: ValidationFailure[], prefix: string, into: FieldFailure[]): void {
  for (const failure of failures) {
    const path = /^\d+$/.test(failure.property)
      ? `${prefix}[${failure.property}]`
      : prefix
        ? `${prefix}.${failure.property}`
        : failure.property;
    if (failure.constraints) into.push({ path, message: Object.values(failure.constraints).join('; ') });
    collectFailures(failure.children ?? [], path, into);
  }
}

function validationError(formatted: GraphQLFormattedError, fields: FieldFailure[]): GraphQLFormattedError {
  const message = fields.length > 0 ? fields.map((field) => `${field.path}: ${field.message}`).join('. ') : 'An argument is invalid.';
  return {
    message,
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: ErrorCode.BAD_USER_INPUT, field: fields[0]?.path ?? '', fields },
  };
}
