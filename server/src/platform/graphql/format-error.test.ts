import { GraphQLError } from 'graphql';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { appError, ErrorCode } from './error-code.js';
import { formatError } from './format-error.js';

const logger = pino({ level: 'silent' });

describe('formatError', () => {
  it('hides the message of an unexpected error outside development', () => {
    const leaky = new Error('insert into "usage_event" ("id") values ($1) - duplicate key');
    const formatted = formatError(logger, false)(
      { message: leaky.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x.ts:1'] } },
      leaky,
    );
    expect(formatted.extensions).toEqual({ code: ErrorCode.INTERNAL });
    expect(JSON.stringify(formatted)).not.toMatch(/usage_event|insert|stacktrace/);
  });

  it('keeps errors raised on purpose as they are', () => {
    const error = appError(ErrorCode.QUOTA_EXCEEDED, 'Out of credits: buy a pack or upgrade.');
    const formatted = formatError(logger, false)({ message: error.message, extensions: error.extensions }, error);
    expect(formatted).toMatchObject({ message: 'Out of credits: buy a pack or upgrade.', extensions: { code: 'QUOTA_EXCEEDED' } });
  });

  it('renames graphql-js validation codes into the one ErrorCode enum', () => {
    const error = new GraphQLError('Cannot query field "x" on type "Query".', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    const formatted = formatError(logger, false)({ message: error.message, extensions: error.extensions }, error);
    expect(formatted.extensions?.code).toBe(ErrorCode.BAD_USER_INPUT);
  });
});
