import type { GraphQLError } from 'graphql';
import { ErrorCode, appError } from '../../platform/graphql/index.js';

/** A problem with one function call; the translator adds the cell it is in. */
export class FunctionError extends Error {
  constructor(
    message: string,
    readonly fn: string | null,
  ) {
    super(message);
  }
}

/** A workbook Carlo cannot run as it is: the message names the cell, the function and what to do. */
export class WorkbookError extends Error {
  constructor(
    message: string,
    readonly cell: string | null,
    readonly fn: string | null,
  ) {
    super(message);
  }
}

/** BAD_USER_INPUT with the cell and function as details, so a client can point at them. */
export function workbookInputError(error: WorkbookError, field: string): GraphQLError {
  return appError(ErrorCode.BAD_USER_INPUT, error.message, { field, cell: error.cell, function: error.fn });
}
