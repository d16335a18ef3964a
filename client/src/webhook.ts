import { WebhookSignatureError } from './errors.js';

export type VerifyOptions = {
  /** How far the signed timestamp may be from now, in seconds; 300 by default. */
  toleranceSeconds?: number;
  /** The current time in Unix seconds, for replaying stored deliveries. */
  nowSeconds?: number;
};

const encoder = new TextEncoder();

function fail(message: string): never {
  throw new WebhookSignatureError({ code: 'INVALID_SIGNATURE', message });
}

function hexToBytes(hex: string): Uint8Array | null {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) return null;
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

/** Compares every byte whatever the first difference, so the time taken says nothing about the MAC. */
function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i += 1) difference |= a[i] ^ b[i];
  return difference === 0;
}

/**
 * Checks a `Carlo-Signature: t=<unix seconds>,v1=<hex>` header against the raw request body:
 * v1 is HMAC-SHA256(secret, "<t>.<body>"). Several v1 values (during a secret rotation) pass if
 * any matches. Throws WebhookSignatureError, else resolves with the signed timestamp. Pass the
 * body exactly as received (a string or bytes), never re-serialised JSON. WebCrypto only, so it
 * runs in Node 20+, browsers and edge runtimes.
 */
export async function verifyWebhookSignature(
  payload: string | Uint8Array,
  header: string | null | undefined,
  secret: string,
  options: VerifyOptions = {},
): Promise<{ timestamp: number }> {
  if (!header) fail('The Carlo-Signature header is missing.');
  if (!secret) fail('No webhook secret was given to check the signature with.');
  let timestamp: number | null = null;
  const candidates: Uint8Array[] = [];
  for (const part of header.split(',')) {
    const [key, value = ''] = part.trim().split('=', 2);
    if (key === 't' && /^\d+$/.test(value)) timestamp = Number(value);
    const bytes = key === 'v1' ? hexToBytes(value) : null;
    if (bytes) candidates.push(bytes);
  }
  if (timestamp === null) fail('The Carlo-Signature header has no t=<timestamp>.');
  if (candidates.length === 0) fail('The Carlo-Signature header has no v1=<hex signature>.');
  const tolerance = options.toleranceSeconds ?? 300;
  const now = options.nowSeconds ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - timestamp) > tolerance)
    fail(
      `The signature's timestamp is ${now - timestamp} s away from now, beyond the tolerance of ${tolerance} s: a replay or a skewed clock.`,
    );

  const body = typeof payload === 'string' ? encoder.encode(payload) : payload;
  const prefix = encoder.encode(`${timestamp}.`);
  const signed = new Uint8Array(prefix.length + body.length);
  signed.set(prefix);
  signed.set(body, prefix.length);
  const key = await globalThis.crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const expected = new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', key, signed));
  let matched = false;
  // Every candidate is compared, so a match's position does not show in the timing either.
  for (const candidate of candidates) matched = timingSafeEqual(candidate, expected) || matched;
  if (!matched)
    fail('No v1 signature matches this body and secret: check the endpoint secret and that the body is the raw bytes received.');
  return { timestamp };
}
