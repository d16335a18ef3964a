import type { GraphQLError } from 'graphql';
import { ErrorCode, appError, type ErrorDetails } from '../../platform/graphql/index.js';
import { ModelValidationError } from './engine/index.js';
import { SimulationTimeoutError } from './runner/index.js';

/** The GraphQL path of a ModelSpec field: `inputs[2].distribution.sd` is `input.inputs[2].distribution.sd`. */
export function inputField(field: string): string {
  return field === '' ? 'input' : `input.${field}`;
}

/** A bad model as BAD_USER_INPUT naming the field (and the position inside a formula). */
export function badModel(error: ModelValidationError): GraphQLError {
  const field = inputField(error.field);
  const details: ErrorDetails = error.position === null ? { field } : { field, position: error.position };
  return appError(ErrorCode.BAD_USER_INPUT, `${field}: ${error.message}`, details);
}

export function badInput(field: string, message: string): GraphQLError {
  return appError(ErrorCode.BAD_USER_INPUT, `${field}: ${message}`, { field });
}

/** Engine validation errors become BAD_USER_INPUT; anything else is rethrown unchanged. */
export function mapModelError(error: unknown): unknown {
  return error instanceof ModelValidationError ? badModel(error) : error;
}

export function syncTimeLimitExceeded(error: SimulationTimeoutError): GraphQLError {
  const seconds = Math.round(error.timeLimitMs / 1000);
  return appError(
    ErrorCode.BAD_USER_INPUT,
    `input.iterations: the model did not finish within ${seconds} s, the limit of runSimulation. Run it with startSimulation (a job with progress and cancel), or use fewer iterations. Nothing was charged.`,
    { field: 'input.iterations' },
  );
}
