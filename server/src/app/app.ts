import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import type { ApolloServerPlugin } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type RawServerDefault } from 'fastify';
import type { Context, Services } from '../api/index.js';
import { registerAdminUiRoute } from './http/admin-ui.route.js';
import { refuseWhileDraining } from './http/drain.js';
import { registerGraphqlRoute } from './http/graphql.route.js';
import { registerHealthRoutes } from './http/health.routes.js';
import { registerBillingPages } from './http/billing-pages.route.js';
import { registerStripeWebhookRoute } from './http/stripe-webhook.route.js';
import { registerRevenueCsvRoute } from './http/revenue-csv.route.js';

export type AppOptions = { apolloPlugins?: ApolloServerPlugin<Context>[] };

/** The HTTP app from its dependencies; main.ts listens on it and tests build it the same way. */
export async function buildApp(services: Services, options: AppOptions = {}): Promise<FastifyInstance> {
  const production = services.config.NODE_ENV === 'production';
  const app = Fastify<RawServerDefault, IncomingMessage, ServerResponse, FastifyBaseLogger>({
    loggerInstance: services.logger,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    bodyLimit: 1_048_576,
    trustProxy: production,
    // Refusals while draining carry the API's error shape (http/drain.ts).
    return503OnClosing: false,
    // Two info lines per request showed in the bench:api profile as string writes on the hot path;
    // in production only failed requests are logged, by the hook below.
    logController: new LogController({ disableRequestLogging: production }),
  });
  if (production) {
    app.addHook('onResponse', async (request, reply) => {
      if (reply.statusCode >= 500) request.log.warn({ req: request, res: reply, responseTime: reply.elapsedTime }, 'request failed');
    });
  }
  refuseWhileDraining(app);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  await app.register(fastifyCookie);
  registerHealthRoutes(app, services);
  await registerGraphqlRoute(app, services, options.apolloPlugins ?? []);
  await registerAdminUiRoute(app);
  registerRevenueCsvRoute(app, services);
  await registerStripeWebhookRoute(app, services);
  registerBillingPages(app);
  return app;
}
