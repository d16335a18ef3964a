import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import type { ApolloServerPlugin } from '@apollo/server';
import type { FastifyInstance } from 'fastify';
import { createApollo } from '../graphql/apollo.js';
import { SESSION_COOKIE, authenticate, type Context, type Services } from '../../api/index.js';
import { UsageCollector, monetizationPlugin } from '../../metering/index.js';
import { RequestContext } from './request-context.js';

export async function registerGraphqlRoute(
  app: FastifyInstance,
  services: Services,
  plugins: ApolloServerPlugin<Context>[],
): Promise<void> {
  const monetization = services.config.MONETIZATION === 'on';
  const apollo = createApollo(services, [
    fastifyApolloDrainPlugin(app),
    ...(monetization
      ? [
          monetizationPlugin<Context>({
            monetization: services.monetization,
            maxRequestCredits: services.config.MAX_REQUEST_CREDITS,
            logger: services.logger,
          }),
        ]
      : []),
    ...plugins,
  ]);
  await apollo.start();
  const secureCookies = services.config.NODE_ENV === 'production';
  await app.register(fastifyApollo(apollo), {
    path: '/graphql',
    method: ['GET', 'POST', 'OPTIONS'],
    context: async (request, reply): Promise<Context> =>
      new RequestContext({
        requestId: request.id,
        ip: request.ip,
        principal: await authenticate(request, services),
        services,
        usage: monetization ? new UsageCollector() : { reportActualSize: () => undefined },
        response: {
          setSessionCookie: (token, expiresAt, cookie = SESSION_COOKIE) =>
            void reply.setCookie(cookie, token, {
              httpOnly: true,
              sameSite: 'strict',
              secure: secureCookies,
              path: '/',
              expires: expiresAt,
            }),
          clearSessionCookie: (cookie = SESSION_COOKIE) => void reply.clearCookie(cookie, { path: '/' }),
          setHeader: (name, value) => void reply.header(name, value),
        },
      }),
  });
}
