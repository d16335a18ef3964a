import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from 'pino';
import { ErrorCode } from './error-code.js';

const knownCodes = new Set<string>(Object.values(ErrorCode));

/** Apollo's and graphql-js's own codes, renamed into our one enum. */
const renamed: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: ErrorCode.BAD_USER_INPUT,
  GRAPHQL_VALIDATION_FAILED: ErrorCode.BAD_USER_INPUT,
  BAD_REQUEST: ErrorCode.BAD_USER_INPUT,
  PERSISTED_QUERY_NOT_SUPPORTED: ErrorCode.BAD_USER_INPUT,
  OPERATION_RESOLUTION_FAILURE: ErrorCode.BAD_USER_INPUT,
};

type ValidationFailure = { constraints?: Record<string, string>; property: string; children?: ValidationFailure[] };

/**
 * Every error leaves with a code from ErrorCode. Errors we did not raise on purpose become
 * INTERNAL with a neutral message; their detail goes to the log only (no stack or SQL leaks).
 */
export function formatError(logger: Logger, exposeDetails: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const validation = validationMessage(original);
    if (validation) return { ...formatted, message: validation.message, extensions: { code: ErrorCode.BAD_USER_INPUT, field: validation.field } };
    const code = String(formatted.extensions?.code ?? '');
    if (knownCodes.has(code)) return formatted;
    if (renamed[code]) return { ...formatted, extensions: { ...formatted.extensions, code: renamed[code] } };
    logger.error({ err: original, path: formatted.path }, 'unexpected error while serving GraphQL');
    const extensions = exposeDetails ? { code: ErrorCode.INTERNAL, detail: formatted.message } : { code: ErrorCode.INTERNAL };
    return { message: 'Something went wrong on our side. Try again; if it persists, contact support with the request id.', path: formatted.path, locations: formatted.locations, extensions };
  };
}

/** type-graphql's ArgumentValidationError carries class-validator failures: name the first field. */
function validationMessage(error: unknown): { message: string; field: string } | null {
  if (!(error instanceof Error) || error.name !== 'ArgumentValidationError') return null;
  const failures = (error as Error & { extensions?: { validationErrors?: ValidationFailure[] } }).extensions?.validationErrors ?? [];
  const first = firstFailure(failures, '');
  if (!first) return { message: 'An argument is invalid.', field: '' };
  return { message: `${first.field}: ${first.text}`, field: first.field };
}

function firstFailure(failures: ValidationFailure[], prefix: string): { field: string; text: string } | null {
  for (const failure of failures) {
    const field = prefix ? `${prefix}.${failure.property}` : failure.property;
    const text = failure.constraints ? Object.values(failure.constraints)[0] : undefined;
    if (text) return { field, text };
    const nested = firstFailure(failure.children ?? [], field);
    if (nested) return nested;
  }
  return null;
}
