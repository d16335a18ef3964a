import { ErrorCode, appError } from '../platform/graphql/index.js';

/** A destructive console action names its reason; it is trimmed and kept in the audit log. */
export function auditReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed.length < 3 || trimmed.length > 500)
    throw appError(ErrorCode.BAD_USER_INPUT, 'Give a reason of 3 to 500 characters; it is kept in the audit log.', { field: 'reason' });
  return trimmed;
}
