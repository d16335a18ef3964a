import { createHash } from 'node:crypto';
import { IncomingMessage, type OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import fastifyCompress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * Security headers on every answer (the API, the console, the billing pages) and compression.
 * The console is one same-origin module script; MUI and the charts set inline styles, hence
 * 'unsafe-inline' for styles only. HSTS and upgrade-insecure-requests only in production, where
 * TLS ends in front of Carlo; on a developer's http://127.0.0.1 they would break the console.
 */
export async function registerSecurityHeaders(app: FastifyInstance, production: boolean): Promise<void> {
  const headers = helmetHeaders({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(production ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
  // Server-rendered pages (the storefront) carry small inline scripts; each is allowed by its own
  // hash, so an injected script still cannot run. Added before compression, which turns the page
  // into a stream.
  app.addHook('onSend', async (_request, reply, payload) => {
    if (typeof payload !== 'string' || !String(reply.getHeader('content-type') ?? '').startsWith('text/html')) return payload;
    const hashes = [...payload.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
      (match) =>
        `'sha256-${createHash('sha256')
          .update(match[1] ?? '')
          .digest('base64')}'`,
    );
    const policy = reply.getHeader('content-security-policy');
    if (hashes.length > 0 && typeof policy === 'string') {
      reply.header('content-security-policy', policy.replace("script-src 'self'", `script-src 'self' ${hashes.join(' ')}`));
    }
    return payload;
  });
  await app.register(fastifyCompress, { global: true, threshold: 1024 });
}

/**
 * The headers helmet sets, computed once. With fixed directives (no nonces) helmet writes the same
 * headers on every answer; @fastify/helmet built helmet again on every request, parsing the
 * policy each time (bench:api profile: helmet's parseDirectives and dashify, and a setHeader per
 * header). Helmet runs here once against a response that is never sent, and the answers get its
 * headers in one `reply.headers` call.
 */
function helmetHeaders(options: HelmetOptions): OutgoingHttpHeaders {
  const request = new IncomingMessage(new Socket());
  const response = new ServerResponse(request);
  let failure: unknown = null;
  helmet(options)(request, response, (error?: unknown) => {
    failure = error ?? null;
  });
  if (failure) throw failure;
  return response.getHeaders();
}
