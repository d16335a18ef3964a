import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import type { ApolloServerPlugin } from '@apollo/server';
import type { FastifyInstance } from 'fastify';
import { createApollo } from '../graphql/apollo.js';
import { authenticate, SESSION_COOKIE } from '../graphql/authenticate.js';
import type { Context } from '../graphql/context.js';
import { monetizationPlugin } from '../graphql/cost/monetization.plugin.js';
import { UsageCollector } from '../graphql/cost/usage-collector.js';
import type { Services } from '../services.js';

export async function registerGraphqlRoute(app: FastifyInstance, services: Services, plugins: ApolloServerPlugin<Context>[]): Promise<void> {
  const monetization = services.config.MONETIZATION === 'on';
  const apollo = createApollo(services, [fastifyApolloDrainPlugin(app), ...(monetization ? [monetizationPlugin(services)] : []), ...plugins]);
  await apollo.start();
  const secureCookies = services.config.NODE_ENV === 'production';
  await app.register(fastifyApollo(apollo), {
    path: '/graphql',
    method: ['GET', 'POST', 'OPTIONS'],
    context: async (request, reply): Promise<Context> => ({
      requestId: request.id,
      ip: request.ip,
      principal: await authenticate(request, services),
      em: services.orm.em.fork(),
      services,
      usage: monetization ? new UsageCollector() : { reportActualSize: () => undefined },
      response: {
        setSessionCookie: (token, expiresAt, cookie = SESSION_COOKIE) =>
          void reply.setCookie(cookie, token, { httpOnly: true, sameSite: 'strict', secure: secureCookies, path: '/', expires: expiresAt }),
        clearSessionCookie: (cookie = SESSION_COOKIE) => void reply.clearCookie(cookie, { path: '/' }),
        setHeader: (name, value) => void reply.header(name, value),
      },
    }),
  });
}
