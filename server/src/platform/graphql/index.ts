/** The platform/graphql module's public surface: other modules import only what is listed here. */
export { ErrorCode, appError, httpStatus, notFound, requestError } from './error-code.js';
export type { ErrorDetails } from './error-code.js';
export { formatError } from './format-error.js';
export { isUuid } from './ids.js';
export { PageArgs, Paginated, pageOf } from './pagination.js';
export type { PageOf } from './pagination.js';
