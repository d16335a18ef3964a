import { performance } from 'node:perf_hooks';
import { request } from 'undici';
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
    // undici's request rather than fetch: it skips the web streams fetch builds per call, which were
    // the largest share of the worker's CPU per delivery, and it never follows redirects.
    const response = await request(post.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Carlo-Webhooks/1',
        [SIGNATURE_HEADER]: signatureHeader(post.secret, post.body, timestamp),
        [EVENT_ID_HEADER]: post.eventId,
      },
      body: post.body,
      signal: AbortSignal.timeout(post.timeoutMs ?? DELIVERY_TIMEOUT_MS),
    });
    const excerpt = await readExcerpt(response.body);
    return {
      ok: response.statusCode >= 200 && response.statusCode < 300,
      statusCode: response.statusCode,
      latencyMs: Math.round(performance.now() - started),
      excerpt,
      error: null,
    };
  } catch (error) {
    const timeoutMs = post.timeoutMs ?? DELIVERY_TIMEOUT_MS;
    return {
      ok: false,
      statusCode: null,
      latencyMs: Math.round(performance.now() - started),
      excerpt: null,
      error: describe(error, timeoutMs),
    };
  }
}

/** Reads the answer up to EXCERPT_BYTES and no further: a receiver that answers with a large page costs nothing more. */
async function readExcerpt(body: AsyncIterable<Buffer>): Promise<string | null> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of body) {
    chunks.push(chunk);
    bytes += chunk.length;
    if (bytes > EXCERPT_BYTES) break;
  }
  return excerptOf(Buffer.concat(chunks).toString('utf8'));
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

function describe(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && error.name === 'TimeoutError') return `The endpoint did not answer within ${timeoutMs / 1000} seconds.`;
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error instanceof Error ? error.message : String(error)}${cause}`.slice(0, 500);
}
