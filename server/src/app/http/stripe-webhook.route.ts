import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../../api/index.js';
import { UnstorableEvent, verifyWebhook } from '../../billing/index.js';

/** Stripe's events are a few KB; 1 MB leaves room and keeps a 2 MB body from being read at all. */
export const WEBHOOK_BODY_LIMIT = 1_048_576;

/**
 * POST /webhooks/stripe: the raw body (a content-type parser scoped to this route keeps it as
 * bytes), the signature checked against every secret in force, the event stored in the inbox
 * under its id, then 2xx. A bad signature, or an event no database could take, is 400 and writes
 * nothing; a database that cannot take the row now is 503, so Stripe delivers again.
 */
export async function registerStripeWebhookRoute(app: FastifyInstance, services: Services): Promise<void> {
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: WEBHOOK_BODY_LIMIT }, (_request, body, done) => done(null, body));
    scope.post('/webhooks/stripe', { bodyLimit: WEBHOOK_BODY_LIMIT }, (request, reply) => receive(services, request, reply));
  });
}

async function receive(services: Services, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const billing = services.billing;
  const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
  const header = request.headers['stripe-signature'];
  const verified = verifyWebhook(body, typeof header === 'string' ? header : undefined, billing.webhookSecrets());
  if (!verified.ok) {
    request.log.warn({ reason: verified.reason.split('\n')[0] }, 'stripe webhook refused');
    return reply.code(400).send({ error: 'invalid signature' });
  }
  let inserted: boolean;
  try {
    inserted = await billing.inbox.store(verified.event);
  } catch (error) {
    if (error instanceof UnstorableEvent) {
      request.log.warn({ reason: error.message }, 'stripe webhook can never be stored');
      return reply.code(400).send({ error: `event cannot be stored: ${error.message}` });
    }
    request.log.error(
      { err: error instanceof Error ? error.message : String(error), eventId: verified.event.id },
      'stripe webhook not stored',
    );
    return reply.code(503).header('retry-after', '5').send({ error: 'event not stored; retry' });
  }
  if (inserted) billing.worker.nudge();
  return reply.code(200).send({ received: true, duplicate: !inserted });
}
