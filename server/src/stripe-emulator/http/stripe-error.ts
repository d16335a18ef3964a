export type StripeErrorType =
  | 'invalid_request_error'
  | 'card_error'
  | 'api_error'
  | 'idempotency_error'
  | 'rate_limit_error'
  | 'authentication_error';

export type StripeErrorBody = {
  error: { type: StripeErrorType; message: string; code?: string; param?: string; decline_code?: string; doc_url?: string };
};

/** Thrown by handlers; the HTTP layer turns it into Stripe's error envelope and status. */
export class StripeApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: StripeErrorType,
    message: string,
    readonly extra: { code?: string; param?: string; decline_code?: string } = {},
  ) {
    super(message);
  }

  body(): StripeErrorBody {
    return { error: { type: this.type, message: this.message, ...this.extra } };
  }
}

export function invalidRequest(message: string, param?: string, code?: string): StripeApiError {
  return new StripeApiError(400, 'invalid_request_error', message, { ...(param ? { param } : {}), ...(code ? { code } : {}) });
}

export function missingParam(param: string): StripeApiError {
  return invalidRequest(`Missing required param: ${param}.`, param, 'parameter_missing');
}

export function notFound(kind: string, id: string, param = 'id'): StripeApiError {
  return new StripeApiError(404, 'invalid_request_error', `No such ${kind}: '${id}'`, { code: 'resource_missing', param });
}

export function cardDeclined(message: string, declineCode: string): StripeApiError {
  return new StripeApiError(402, 'card_error', message, { code: 'card_declined', decline_code: declineCode });
}

/** A test card's error as Stripe answers it (402 `card_error`, its code, decline code and param). */
export function cardError(decline: { code: string; declineCode: string | null; message: string; param: string | null }): StripeApiError {
  return new StripeApiError(402, 'card_error', decline.message, {
    code: decline.code,
    ...(decline.declineCode ? { decline_code: decline.declineCode } : {}),
    ...(decline.param ? { param: decline.param } : {}),
  });
}
