import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import type { ApolloServerPlugin } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type RawServerDefault } from 'fastify';
import type { Context, Services } from '../api/index.js';
import { registerAdminUiRoute } from './http/admin-ui.route.js';
import { answerInApiErrorShape } from './http/api-error-shape.js';
import { refuseWhileDraining } from './http/drain.js';
import { guardGraphqlRequests } from './http/graphql-request-guard.js';
import { registerGraphqlRoute } from './http/graphql.route.js';
import { registerHealthRoutes } from './http/health.routes.js';
import { registerBillingPages } from './http/billing-pages.route.js';
import { registerDevMailRoute } from './http/dev-mail.route.js';
import { registerDocsRoutes } from './http/docs.route.js';
import { registerPortalRoute } from './http/portal.route.js';
import { registerSecurityHeaders } from './http/security-headers.js';
import { registerStripeWebhookRoute } from './http/stripe-webhook.route.js';
import { registerRevenueCsvRoute } from './http/revenue-csv.route.js';
import { registerSimulationDownloadRoute } from './http/simulation-download.route.js';
import { registerSignUpRoutes } from './storefront/signup.route.js';
import { registerStorefrontRoutes } from './storefront/storefront.route.js';

export type AppOptions = { apolloPlugins?: ApolloServerPlugin<Context>[] };

/** The HTTP app from its dependencies; main.ts listens on it and tests build it the same way. */
export async function buildApp(services: Services, options: AppOptions = {}): Promise<FastifyInstance> {
  const production = services.config.NODE_ENV === 'production';
  const app = Fastify<RawServerDefault, IncomingMessage, ServerResponse, FastifyBaseLogger>({
    loggerInstance: services.logger,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    bodyLimit: 1_048_576,
    trustProxy: proxyTrust(services.config.TRUST_PROXY),
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
  answerInApiErrorShape(app);
  guardGraphqlRequests(app);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    // A call that timed a part of itself (a simulation's engine) also says what the whole took on the server.
    const timing = reply.getHeader('server-timing');
    if (typeof timing === 'string') reply.header('server-timing', `${timing}, total;dur=${reply.elapsedTime.toFixed(2)}`);
  });
  await registerSecurityHeaders(app, production);
  await app.register(fastifyCookie);
  registerHealthRoutes(app, services);
  await registerGraphqlRoute(app, services, options.apolloPlugins ?? []);
  await registerAdminUiRoute(app);
  await registerPortalRoute(app);
  registerRevenueCsvRoute(app, services);
  registerSimulationDownloadRoute(app, services);
  await registerStripeWebhookRoute(app, services);
  registerBillingPages(app);
  await registerDocsRoutes(app);
  registerStorefrontRoutes(app, services);
  await registerSignUpRoutes(app, services);
  registerDevMailRoute(app, services.mail);
  return app;
}

/** A hop count becomes the function Fastify's types accept: the first `hops` peers are proxies. */
function proxyTrust(setting: false | number | string[]): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof setting === 'number' ? (_address, hop) => hop < setting : setting;
}
