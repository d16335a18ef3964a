import type { FastifyInstance } from 'fastify';
import { ErrorCode } from '../../platform/graphql/index.js';

const DRAINING = JSON.stringify({
  errors: [
    {
      message: 'This server is shutting down, so the call did not run and nothing was charged. Retry it; another instance will answer.',
      extensions: { code: ErrorCode.UNAVAILABLE },
    },
  ],
});

/**
 * Requests that arrive on a kept-alive connection while the server drains are refused with 503
 * UNAVAILABLE in the API's error shape (Fastify's own 503 carries no code), and the connection is
 * closed so the client reconnects elsewhere. Requests already running finish normally.
 */
export function refuseWhileDraining(app: FastifyInstance): void {
  let draining = false;
  app.addHook('preClose', async () => {
    draining = true;
  });
  app.addHook('onRequest', async (_request, reply) => {
    // Returning the reply ends the request here, before any handler runs.
    if (draining) return reply.code(503).header('connection', 'close').header('content-type', 'application/json').send(DRAINING);
  });
}
