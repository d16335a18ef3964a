import Stripe from 'stripe';

export const SIGNATURE_TOLERANCE_SECONDS = 300;
/** Stripe signs with its clock; a timestamp further ahead than this is refused (the SDK only bounds the past). */
export const FUTURE_TOLERANCE_SECONDS = 60;

export type VerifiedEvent = { ok: true; event: Stripe.Event } | { ok: false; reason: string };

const verifier = Stripe.webhooks;

/**
 * Verifies a webhook against every secret in force (more than one while a secret is rotated):
 * `constructEvent` checks the v1 HMAC of the raw body and the 300 s age; we add the future bound.
 * Only `v1` signatures count: a header with only v0 (or other schemes) is refused.
 */
export function verifyWebhook(rawBody: Buffer, header: string | undefined, secrets: readonly string[], nowMs = Date.now()): VerifiedEvent {
  const nowSeconds = Math.floor(nowMs / 1000);
  if (!header) return { ok: false, reason: 'missing Stripe-Signature header' };
  // The SDK signs with the last t= and we bound the future with one t=: two could disagree.
  const timestamps = [...header.matchAll(/(?:^|,)\s*t=([^,]*)/g)].map((match) => match[1] ?? '');
  if (timestamps.length > 1) return { ok: false, reason: 'more than one timestamp in Stripe-Signature' };
  const timestamp = /^\d+$/.test(timestamps[0] ?? '') ? Number(timestamps[0]) : Number.NaN;
  if (!Number.isFinite(timestamp)) return { ok: false, reason: 'no timestamp in Stripe-Signature' };
  if (timestamp > nowSeconds + FUTURE_TOLERANCE_SECONDS) return { ok: false, reason: 'timestamp is in the future' };
  let last = 'no secret configured';
  for (const secret of secrets) {
    try {
      const event = verifier.constructEvent(rawBody, header, secret, SIGNATURE_TOLERANCE_SECONDS, undefined, nowMs);
      return { ok: true, event };
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
  }
  return { ok: false, reason: last };
}
