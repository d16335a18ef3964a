import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

const HASHED_ASSET = /[\\/]assets[\\/][^\\/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

const DIST = fileURLToPath(new URL('../../../../admin-ui/dist/', import.meta.url));

/**
 * The built console at /admin, with client routes (/admin/customers/…) answered by index.html.
 * Without a build, /admin says how to make one instead of a bare 404. Files are listed when the
 * server starts (wildcard: false), so rebuild before restarting.
 */
export async function registerAdminUiRoute(app: FastifyInstance, dist: string = DIST): Promise<void> {
  if (!existsSync(`${dist}index.html`)) {
    const missing = async (_request: FastifyRequest, reply: FastifyReply) =>
      reply.code(503).type('text/plain').send('The console is not built. Run `npm run build -w admin-ui`, then restart the server.\n');
    app.get('/admin', missing);
    app.get('/admin/*', missing);
    return;
  }
  await app.register(fastifyStatic, {
    root: dist,
    prefix: '/admin/',
    redirect: false,
    wildcard: false,
    index: ['index.html'],
    cacheControl: false,
    // Vite names built assets by their content hash, so they never change; index.html always may.
    setHeaders: (reply, file) => {
      reply.header('cache-control', HASHED_ASSET.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.get('/admin', async (_request, reply) => reply.redirect('/admin/'));
  // Only paths without a file extension are client routes; a missing asset stays a 404.
  app.get('/admin/*', async (request, reply) => {
    const path = request.url.split('?')[0];
    if (/\.[a-z0-9]+$/i.test(path)) return reply.code(404).type('text/plain').send('Not found\n');
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
