import type { State } from '../state/state.js';
import { StripeApiError } from './stripe-error.js';

const KEY_TTL_SECONDS = 24 * 60 * 60;

export type StoredResponse = { status: number; body: string };

/** Stripe's idempotency: same key and parameters replay; same key, other parameters is an error. */
export function replayFor(state: State, key: string, fingerprint: string, nowSeconds: number): StoredResponse | null {
  const entry = state.idempotency[key];
  if (!entry || nowSeconds - entry.createdAt > KEY_TTL_SECONDS) return null;
  if (entry.fingerprint !== fingerprint) {
    throw new StripeApiError(
      400,
      'idempotency_error',
      `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
    );
  }
  return { status: entry.status, body: entry.body };
}

/** Only outcomes of requests that ran are kept (2xx and card errors), as Stripe does. */
export function remember(state: State, key: string, fingerprint: string, response: StoredResponse, nowSeconds: number): void {
  if ((response.status >= 200 && response.status < 300) || response.status === 402) {
    state.idempotency[key] = { fingerprint, status: response.status, body: response.body, createdAt: nowSeconds };
  }
}
