import { performance } from 'node:perf_hooks';
import { SIGNATURE_HEADER, signatureHeader } from '../webhook-signature.js';

/** A receiver that has not answered after this long fails the attempt; the retry schedule takes over. */
export const DELIVERY_TIMEOUT_MS = 10_000;
/** The log keeps this much of the receiver's answer: enough to read an error, never a whole page. */
export const EXCERPT_BYTES = 1024;
export const EVENT_ID_HEADER = 'Carlo-Event-Id';

export type PostOutcome = { ok: boolean; statusCode: number | null; latencyMs: number; excerpt: string | null; error: string | null };

export type SignedPost = { url: string; secret: string; eventId: string; body: string; signedAt: Date; timeoutMs?: number };

/** One attempt: POST the body signed with the endpoint's secret; a 2xx answer within the timeout is a success. */
export async function postSigned(post: SignedPost): Promise<PostOutcome> {
  const started = performance.now();
  const timestamp = Math.floor(post.signedAt.getTime() / 1000);
  try {
    const response = await fetch(post.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Carlo-Webhooks/1',
        [SIGNATURE_HEADER]: signatureHeader(post.secret, post.body, timestamp),
        [EVENT_ID_HEADER]: post.eventId,
      },
      body: post.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(post.timeoutMs ?? DELIVERY_TIMEOUT_MS),
    });
    const text = await response.text();
    return {
      ok: response.status >= 200 && response.status < 300,
      statusCode: response.status,
      latencyMs: Math.round(performance.now() - started),
      excerpt: excerptOf(text),
      error: null,
    };
  } catch (error) {
    return { ok: false, statusCode: null, latencyMs: Math.round(performance.now() - started), excerpt: null, error: describe(error) };
  }
}

/** The first EXCERPT_BYTES bytes of UTF-8, cut on a character boundary. */
export function excerptOf(text: string): string | null {
  if (text.length === 0) return null;
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length <= EXCERPT_BYTES) return text;
  return bytes
    .subarray(0, EXCERPT_BYTES)
    .toString('utf8')
    .replace(/\uFFFD+$/, '');
}

function describe(error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError') return 'The endpoint did not answer within 10 seconds.';
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error instanceof Error ? error.message : String(error)}${cause}`.slice(0, 500);
}
