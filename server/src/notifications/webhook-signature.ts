import { createHmac, randomBytes } from 'node:crypto';

/** The header that carries the signature, built like Stripe's so its verifiers and habits carry over. */
export const SIGNATURE_HEADER = 'Carlo-Signature';

/** A new signing secret; the prefix tells a reader at a glance what the string is for. */
export function newSigningSecret(): string {
  return `whsec_${randomBytes(24).toString('base64url')}`;
}

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body" under the secret>`. */
export function signatureHeader(secret: string, body: string, timestampSeconds: number): string {
  const digest = createHmac('sha256', secret).update(`${timestampSeconds}.${body}`).digest('hex');
  return `t=${timestampSeconds},v1=${digest}`;
}
