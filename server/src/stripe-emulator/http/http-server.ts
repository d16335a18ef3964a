import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Core } from '../core.js';
import type { FaultSwitch } from '../faults/fault-switch.js';
import { newId } from '../state/ids.js';
import { expand } from './expand.js';
import { decodeForm, type Params } from './form-codec.js';
import { remember, replayFor } from './idempotency.js';
import { strings, optArr } from './params.js';
import type { Router } from './router.js';
import { StripeApiError } from './stripe-error.js';

export type RecordedRequest = {
  requestId: string;
  method: string;
  path: string;
  idempotencyKey: string | null;
  params: Params;
  status: number;
};
/** A page answers HTML, JSON, a redirect, or a binary body (the invoice PDF) with its content type. */
export type PageResult = { status: number; html?: string; location?: string; json?: object; body?: Buffer; contentType?: string };
export type PageHandler = (method: string, path: string, params: Params) => PageResult | null;
export type ServerLogger = { warn(obj: object, msg?: string): void };

const MAX_BODY_BYTES = 1024 * 1024;
const MAX_LOGGED_REQUESTS = 50_000;

export type HttpDeps = {
  core: () => Core;
  router: Router;
  faults: FaultSwitch;
  pages: PageHandler;
  log: RecordedRequest[];
  logger: ServerLogger;
};

/** The HTTP pipeline: request id, pages, auth, faults, body decoding, idempotency, routing, expand. */
export function createHttpServer(deps: HttpDeps): { server: Server; releaseHung(): void } {
  const hung = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    handle(deps, req, res, hung).catch((error: unknown) => {
      deps.logger.warn({ err: error }, 'stripe emulator request failed');
      if (!res.headersSent) send(res, 500, { error: { type: 'api_error', message: 'Internal emulator error.' } });
    });
  });
  const releaseHung = (): void => {
    for (const res of hung) res.socket?.destroy();
    hung.clear();
  };
  return { server, releaseHung };
}

async function handle(deps: HttpDeps, req: IncomingMessage, res: ServerResponse, hung: Set<ServerResponse>): Promise<void> {
  const requestId = newId('req', 14);
  res.setHeader('Request-Id', requestId);
  const url = new URL(req.url ?? '/', 'http://emulator');
  const method = req.method ?? 'GET';
  let params: Params;
  try {
    const raw = await readBody(req);
    const isJson =
      url.pathname.startsWith('/v2/') || url.pathname.startsWith('/_emulator/') || (req.headers['content-type'] ?? '').includes('json');
    params = { ...decodeForm(url.search.slice(1)), ...(raw ? (isJson ? parseJson(raw) : decodeForm(raw)) : {}) };
  } catch (error) {
    if (error instanceof StripeApiError) return send(res, error.status, error.body());
    throw error;
  }

  if (!url.pathname.startsWith('/v1/') && !url.pathname.startsWith('/v2/')) {
    const page = deps.pages(method, url.pathname, params);
    if (!page)
      return send(res, 404, {
        error: { type: 'invalid_request_error', message: `Unrecognized request URL (${method}: ${url.pathname}).` },
      });
    if (page.location) res.setHeader('Location', page.location);
    if (page.json) return send(res, page.status, page.json);
    if (page.body) {
      res.writeHead(page.status, { 'Content-Type': page.contentType ?? 'application/octet-stream', 'Content-Length': page.body.length });
      res.end(page.body);
      return;
    }
    res.writeHead(page.status, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(page.html ?? '');
    return;
  }

  const idempotencyKey = headerValue(req, 'idempotency-key');
  const record = (status: number): void => {
    deps.log.push({ requestId, method, path: url.pathname, idempotencyKey, params, status });
    // Bounded so a long-running `npm start` does not grow without limit; tests stay far below it.
    if (deps.log.length > MAX_LOGGED_REQUESTS) deps.log.splice(0, deps.log.length - MAX_LOGGED_REQUESTS);
  };
  if (!isTestKey(apiKeyOf(headerValue(req, 'authorization') ?? ''))) {
    record(401);
    return send(res, 401, {
      error: { type: 'invalid_request_error', message: 'Invalid API Key provided. Use a test key (sk_test_…) with the emulator.' },
    });
  }
  const fault = deps.faults.take(url.pathname);
  if (fault?.kind === 'hang') {
    hung.add(res);
    res.on('close', () => hung.delete(res));
    return;
  }
  if (fault) {
    record(fault.kind === 'error500' ? 500 : 429);
    if (fault.kind === 'rateLimit429') {
      res.setHeader('Retry-After', String(fault.retryAfterSeconds ?? 1));
      return send(res, 429, {
        error: { type: 'invalid_request_error', code: 'rate_limit', message: 'Too many requests hit the API too quickly.' },
      });
    }
    return send(res, 500, { error: { type: 'api_error', message: 'An unknown error occurred (injected by the emulator fault switch).' } });
  }

  const core = deps.core();
  const fingerprint = JSON.stringify([method, url.pathname, params]);
  const mutating = method === 'POST' || method === 'DELETE';
  try {
    if (idempotencyKey && mutating) {
      const replay = replayFor(core.state, idempotencyKey, fingerprint, core.wallNow());
      if (replay) {
        record(replay.status);
        res.setHeader('Idempotent-Replayed', 'true');
        return sendRaw(res, replay.status, replay.body);
      }
    }
    const match = deps.router.match(method, url.pathname);
    if (!match) throw new StripeApiError(404, 'invalid_request_error', `Unrecognized request URL (${method}: ${url.pathname}).`);
    core.request = { id: requestId, idempotencyKey };
    const result = match.handler({ core, path: match.path, params });
    const body = JSON.stringify(expand(core, result, strings(optArr(params, 'expand'))));
    if (idempotencyKey && mutating) remember(core.state, idempotencyKey, fingerprint, { status: 200, body }, core.wallNow());
    record(200);
    return sendRaw(res, 200, body);
  } catch (error) {
    if (!(error instanceof StripeApiError)) throw error;
    const body = JSON.stringify(error.body());
    if (idempotencyKey && mutating) remember(core.state, idempotencyKey, fingerprint, { status: error.status, body }, core.wallNow());
    record(error.status);
    if (error.status >= 400 && error.status < 500) res.setHeader('Stripe-Should-Retry', 'false');
    return sendRaw(res, error.status, body);
  } finally {
    core.request = { id: null, idempotencyKey: null };
    core.changed();
  }
}

function send(res: ServerResponse, status: number, body: object): void {
  sendRaw(res, status, JSON.stringify(body));
}

function sendRaw(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Stripe-Version': '2026-07-29.dahlia' });
  res.end(body);
}

function headerValue(req: IncomingMessage, name: string): string | null {
  const v = req.headers[name];
  return Array.isArray(v) ? (v[0] ?? null) : (v ?? null);
}

function parseJson(raw: string): Params {
  try {
    const parsed: unknown = JSON.parse(raw);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Params) : {};
  } catch {
    throw new StripeApiError(400, 'invalid_request_error', 'Invalid JSON body.');
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY_BYTES) throw new StripeApiError(413, 'invalid_request_error', 'Request body too large.');
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The key of `Bearer <key>` or of HTTP Basic `<key>:` (curl's `-u sk_test_…:`), as Stripe accepts both. */
export function apiKeyOf(authorization: string): string {
  const bearer = /^Bearer (\S+)$/.exec(authorization);
  if (bearer) return bearer[1];
  const basic = /^Basic ([A-Za-z0-9+/=]+)$/.exec(authorization);
  if (!basic) return '';
  const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon === -1 ? decoded : decoded.slice(0, colon);
}

function isTestKey(key: string): boolean {
  return /^(sk|rk)_test_\S+$/.test(key);
}
