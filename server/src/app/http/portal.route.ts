import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

const DIST = fileURLToPath(new URL('../../../../portal/dist/', import.meta.url));

/**
 * The built customer portal at /portal, with client routes (/portal/keys, /portal/verify?token=…)
 * answered by index.html; without a build, /portal says how to make one.
 */
export async function registerPortalRoute(app: FastifyInstance, dist: string = DIST): Promise<void> {
  if (!existsSync(`${dist}index.html`)) {
    const missing = async (_request: FastifyRequest, reply: FastifyReply) =>
      reply.code(503).type('text/plain').send('The portal is not built. Run `npm run build -w portal`, then restart the server.\n');
    app.get('/portal', missing);
    app.get('/portal/*', missing);
    return;
  }
  // The console's static plugin may have decorated the reply already; sendFile takes the root per call.
  await app.register(fastifyStatic, {
    root: dist,
    prefix: '/portal/',
    redirect: false,
    wildcard: false,
    index: ['index.html'],
    decorateReply: !app.hasReplyDecorator('sendFile'),
  });
  app.get('/portal', async (_request, reply) => reply.redirect('/portal/'));
  app.get('/portal/*', async (request, reply) => {
    const path = request.url.split('?')[0];
    if (/\.[a-z0-9]+$/i.test(path)) return reply.code(404).type('text/plain').send('Not found\n');
    return reply.header('cache-control', 'no-cache').sendFile('index.html', dist);
  });
}
