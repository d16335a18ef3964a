import { CarloError, ConnectionError, errorFromResponse, type GraphQLErrorEntry, TimeoutError } from './errors.js';
import { costOf, rateLimitOf, type ResponseMeta } from './response.js';
import { backoffDelayMs, rateLimitDelayMs, type RetryEvent, type RetryReason, serverWaitSeconds, sleep } from './retry.js';

export type TransportConfig = {
  apiKey: string;
  endpoint: string;
  timeoutMs: number;
  maxRetries: number;
  /** A rate-limit wait longer than this is not waited out: the call fails with RateLimitedError. */
  maxRetryWaitMs: number;
  fetch: typeof fetch;
  onRetry?: (event: RetryEvent) => void;
};

/** Per-call settings every SDK method accepts as its last argument. */
export type CallOptions = {
  signal?: AbortSignal;
  timeoutMs?: number;
  maxRetries?: number;
  /**
   * For mutations: the Idempotency-Key to send. runSimulation and startSimulation get a fresh
   * UUID per call when left out; pass your own to make a retry across processes safe, or `false`
   * to send none (then a dropped connection is not retried).
   */
  idempotencyKey?: string | false;
};

export type Operation = {
  query: string;
  variables: Record<string, unknown> | undefined;
  operationName: string | null;
  mutation: boolean;
  idempotencyKey: string | null;
};

export type RawResult = { data: Record<string, unknown>; meta: ResponseMeta };

type Body = { data?: Record<string, unknown> | null; errors?: GraphQLErrorEntry[]; extensions?: unknown };

/** Sends one GraphQL operation, retrying only where a retry cannot run or charge it twice. */
export async function send(config: TransportConfig, operation: Operation, options: CallOptions = {}): Promise<RawResult> {
  const maxRetries = options.maxRetries ?? config.maxRetries;
  // Only a mutation with an Idempotency-Key is safe to send again after an unknown outcome:
  // the server replays its stored response instead of running and charging it again.
  const safeAfterUnknownOutcome = operation.mutation && operation.idempotencyKey !== null;
  const body = JSON.stringify({
    query: operation.query,
    variables: operation.variables,
    ...(operation.operationName ? { operationName: operation.operationName } : {}),
  });
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/json',
    authorization: `Bearer ${config.apiKey}`,
  };
  if (operation.idempotencyKey !== null) headers['idempotency-key'] = operation.idempotencyKey;

  for (let attempt = 1; ; attempt += 1) {
    const retry = async (reason: RetryReason, delayMs: number, serverWait: number | null) => {
      config.onRetry?.({
        reason,
        attempt,
        delayMs,
        serverWaitSeconds: serverWait,
        operationName: operation.operationName,
        idempotencyKey: operation.idempotencyKey,
      });
      await sleep(delayMs, options.signal);
    };
    let response: Answer;
    try {
      response = await fetchWithTimeout(config, headers, body, options.timeoutMs ?? config.timeoutMs, options.signal);
    } catch (error) {
      if (options.signal?.aborted) throw options.signal.reason;
      const failure =
        error instanceof CarloError
          ? error
          : new ConnectionError({
              code: 'CONNECTION',
              message: `Could not reach Carlo at ${config.endpoint}: ${describe(error)}`,
              cause: error,
            });
      if (safeAfterUnknownOutcome && attempt <= maxRetries) {
        await retry('connection', backoffDelayMs(attempt), null);
        continue;
      }
      throw failure;
    }

    const meta: ResponseMeta = {
      status: response.status,
      requestId: response.headers.get('x-request-id'),
      cost: null,
      rateLimit: rateLimitOf(response.headers),
      replayed: response.headers.get('idempotent-replayed') === 'true',
      attempts: attempt,
    };
    const parsed = readBody(response.text);
    if (parsed === null) {
      if (response.status >= 500 && safeAfterUnknownOutcome && attempt <= maxRetries) {
        await retry('server_error', backoffDelayMs(attempt), null);
        continue;
      }
      throw new CarloError({
        code: 'INVALID_RESPONSE',
        message: `Carlo answered HTTP ${response.status} with a body that is not GraphQL JSON.`,
        response: meta,
      });
    }
    meta.cost = costOf(parsed.extensions);
    meta.replayed ||= meta.cost?.replayed === true;
    const errors = parsed.errors ?? [];
    if (errors.length === 0 && parsed.data) return { data: parsed.data, meta };

    const first = errors[0]?.extensions ?? {};
    if (response.status === 429 || first.code === 'RATE_LIMITED') {
      const wait = serverWaitSeconds(meta.rateLimit, first.retryAfterSeconds);
      const delayMs = wait === null ? backoffDelayMs(attempt) : rateLimitDelayMs(wait);
      if (attempt <= maxRetries && delayMs <= config.maxRetryWaitMs) {
        await retry('rate_limited', delayMs, wait);
        continue;
      }
    } else if (first.code === 'CONFLICT' && first.reason === 'in_progress' && operation.idempotencyKey !== null && attempt <= maxRetries) {
      // An earlier attempt with this key is still running; its stored response comes once it ends.
      await retry('idempotent_in_progress', backoffDelayMs(attempt), null);
      continue;
    } else if (response.status >= 500 && safeAfterUnknownOutcome && attempt <= maxRetries) {
      await retry('server_error', backoffDelayMs(attempt), null);
      continue;
    }
    throw errorFromResponse(errors, meta, parsed.data ?? null);
  }
}

type Answer = { status: number; headers: Headers; text: string };

async function fetchWithTimeout(
  config: TransportConfig,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
  signal: AbortSignal | undefined,
): Promise<Answer> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const forward = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', forward, { once: true });
  try {
    const response = await config.fetch(config.endpoint, { method: 'POST', headers, body, signal: controller.signal });
    // Read the body under the same deadline, so a response that stalls midway also times out.
    return { status: response.status, headers: response.headers, text: await response.text() };
  } catch (error) {
    if (timedOut)
      throw new TimeoutError({
        code: 'TIMEOUT',
        message: `Carlo did not answer within ${timeoutMs} ms. Raise timeoutMs for long runs, or use simulations.start().`,
        cause: error,
      });
    throw error;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forward);
  }
}

function readBody(text: string): Body | null {
  try {
    const json: unknown = JSON.parse(text);
    return json && typeof json === 'object' && ('data' in json || 'errors' in json) ? (json as Body) : null;
  } catch {
    return null;
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `${error.message}${cause}`;
}
