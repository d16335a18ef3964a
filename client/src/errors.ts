import type { SimulationRunFieldsFragment } from './generated/graphql.js';
import type { ResponseMeta } from './response.js';

/** The codes Carlo sends in `extensions.code` (the ErrorCode enum of schema.graphql). */
export type ServerErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'RATE_LIMITED'
  | 'QUOTA_EXCEEDED'
  | 'PAYMENT_REQUIRED'
  | 'SPEND_CAP_REACHED'
  | 'CONFLICT'
  | 'COST_LIMIT_EXCEEDED'
  | 'UNAVAILABLE'
  | 'INTERNAL';

/** Codes the SDK raises itself, when there is no usable answer from the server. */
export type ClientErrorCode =
  | 'MISSING_API_KEY'
  | 'CONNECTION'
  | 'TIMEOUT'
  | 'INVALID_RESPONSE'
  | 'SIMULATION_FAILED'
  | 'SIMULATION_CANCELLED'
  | 'INVALID_SIGNATURE';

export type CarloErrorCode = ServerErrorCode | ClientErrorCode;

export type GraphQLErrorEntry = {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
};

export type CarloErrorInit = {
  code: CarloErrorCode;
  message: string;
  errors?: GraphQLErrorEntry[];
  response?: ResponseMeta | null;
  /** Data of a partly failed operation, when the server returned some. */
  data?: unknown;
  cause?: unknown;
};

/** Every error the SDK throws: a stable `code`, the server's message, and the request it came from. */
export class CarloError extends Error {
  readonly code: CarloErrorCode;
  /** HTTP status, or null when no response arrived. */
  readonly status: number | null;
  readonly requestId: string | null;
  /** Every GraphQL error of the response, first one first. */
  readonly errors: GraphQLErrorEntry[];
  /** `extensions` of the first error: details such as `field` or `requestedCredits`. */
  readonly details: Record<string, unknown>;
  readonly response: ResponseMeta | null;
  readonly data: unknown;

  constructor(init: CarloErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = new.target.name;
    this.code = init.code;
    this.errors = init.errors ?? [];
    this.details = this.errors[0]?.extensions ?? {};
    this.response = init.response ?? null;
    this.status = this.response?.status ?? null;
    this.requestId = this.response?.requestId ?? null;
    this.data = init.data ?? null;
  }
}

/** The key is missing, unknown, revoked or expired (UNAUTHENTICATED). */
export class AuthenticationError extends CarloError {}

/** The key lacks the scope, or the account's access level forbids the call (FORBIDDEN). */
export class PermissionError extends CarloError {}

/** The id does not exist or belongs to another account (NOT_FOUND). */
export class NotFoundError extends CarloError {}

/** An argument was refused (BAD_USER_INPUT); `fields` names the ones the server pointed at. */
export class ValidationError extends CarloError {
  /** Argument paths such as `input.iterations`, from `extensions.field` of each error. */
  readonly fields: string[];

  constructor(init: CarloErrorInit) {
    super(init);
    this.fields = (init.errors ?? []).flatMap((error) => {
      const field = error.extensions?.field;
      return typeof field === 'string' && field !== '' ? [field] : [];
    });
  }
}

/** Too many credits per second, or too many calls of a guarded field (RATE_LIMITED). */
export class RateLimitedError extends CarloError {
  /** Seconds to wait before the call can pass. */
  readonly retryAfter: number | null;

  constructor(init: CarloErrorInit) {
    super(init);
    const fromBody = init.errors?.[0]?.extensions?.retryAfterSeconds;
    this.retryAfter = init.response?.rateLimit.retryAfterSeconds ?? (typeof fromBody === 'number' ? fromBody : null);
  }
}

/** The period's credits are spent and the plan has no overage (QUOTA_EXCEEDED). */
export class QuotaExceededError extends CarloError {}

/** Overage is paused until an open invoice is paid, or the plan needs payment (PAYMENT_REQUIRED). */
export class PaymentRequiredError extends CarloError {}

/** The key's hard spend cap would be passed; it resets at `resetsAt` in the error's extensions (SPEND_CAP_REACHED). */
export class SpendCapReachedError extends CarloError {}

/** An idempotency key clash, or a state that forbids the change (CONFLICT). */
export class ConflictError extends CarloError {}

/** The operation costs more than the per-request maximum (COST_LIMIT_EXCEEDED). */
export class CostLimitExceededError extends CarloError {}

/** Carlo could not take or record the call right now; retry later (UNAVAILABLE). */
export class UnavailableError extends CarloError {}

/** An unexpected failure on Carlo's side (INTERNAL); quote `requestId` to support. */
export class InternalServerError extends CarloError {}

/** No answer: the connection failed or dropped before a response arrived. */
export class ConnectionError extends CarloError {}

/** No answer within `timeoutMs`. */
export class TimeoutError extends CarloError {}

/** A job ended FAILED or CANCELLED while `wait()` waited for it; `run` is its last state. */
export class SimulationFailedError extends CarloError {
  constructor(
    init: CarloErrorInit,
    readonly run: SimulationRunFieldsFragment,
  ) {
    super(init);
  }
}

const classes: Record<ServerErrorCode, new (init: CarloErrorInit) => CarloError> = {
  UNAUTHENTICATED: AuthenticationError,
  FORBIDDEN: PermissionError,
  NOT_FOUND: NotFoundError,
  BAD_USER_INPUT: ValidationError,
  RATE_LIMITED: RateLimitedError,
  QUOTA_EXCEEDED: QuotaExceededError,
  PAYMENT_REQUIRED: PaymentRequiredError,
  SPEND_CAP_REACHED: SpendCapReachedError,
  CONFLICT: ConflictError,
  COST_LIMIT_EXCEEDED: CostLimitExceededError,
  UNAVAILABLE: UnavailableError,
  INTERNAL: InternalServerError,
};

function isServerCode(code: unknown): code is ServerErrorCode {
  return typeof code === 'string' && Object.hasOwn(classes, code);
}

/** The error class of a response's first error; an unknown code is kept but typed INTERNAL. */
export function errorFromResponse(errors: GraphQLErrorEntry[], response: ResponseMeta, data: unknown): CarloError {
  const first = errors[0];
  const code = first?.extensions?.code;
  const message = first?.message ?? `Carlo answered HTTP ${response.status} without an error message.`;
  if (isServerCode(code)) return new classes[code]({ code, message, errors, response, data });
  return new InternalServerError({ code: 'INTERNAL', message, errors, response, data });
}

/** A webhook whose Carlo-Signature is missing, malformed, wrong or outside the tolerance. */
export class WebhookSignatureError extends CarloError {}
