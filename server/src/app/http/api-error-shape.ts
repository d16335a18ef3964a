import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { ErrorCode } from '../../platform/graphql/index.js';

/** The API's error body, the same shape GraphQL errors have, for answers Fastify gives itself. */
export function sendApiError(reply: FastifyReply, status: number, code: ErrorCode, message: string): FastifyReply {
  return reply
    .code(status)
    .type('application/json; charset=utf-8')
    .send({ errors: [{ message, extensions: { code } }] });
}

const clientMessages: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'The request body is not valid JSON.',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'The request body is empty; send a JSON object.',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Unsupported content-type: send application/json.',
  FST_ERR_CTP_BODY_TOO_LARGE: 'The request body is larger than 1 MB.',
};

/**
 * Unknown routes and the errors Fastify raises before a handler runs (invalid JSON, an unsupported
 * content-type, a body too large) answer in the API's error shape with a code from ErrorCode;
 * server faults say nothing about their cause, which goes to the log.
 */
export function answerInApiErrorShape(app: FastifyInstance): void {
  app.setNotFoundHandler((_request, reply) =>
    sendApiError(reply, 404, ErrorCode.NOT_FOUND, 'Nothing is served here. The API is POST /graphql; the console is at /admin.'),
  );
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return sendApiError(
        reply,
        status,
        status === 503 ? ErrorCode.UNAVAILABLE : ErrorCode.INTERNAL,
        'Something went wrong on our side. Try again; if it persists, contact support with the request id.',
      );
    }
    const code = status === 404 ? ErrorCode.NOT_FOUND : status === 429 ? ErrorCode.RATE_LIMITED : ErrorCode.BAD_USER_INPUT;
    return sendApiError(reply, status, code, clientMessages[error.code] ?? error.message);
  });
}
