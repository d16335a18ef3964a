import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { verifyWebhook } from './webhook-signature.js';

const secret = 'whsec_unit_test_secret_0123456789';
const payload = JSON.stringify({ id: 'evt_1', object: 'event', type: 'customer.created', data: { object: { id: 'cus_1' } } });
const nowMs = 1_800_000_000_000;
const at = (offsetSeconds: number, options: { secret?: string; scheme?: string } = {}) =>
  Stripe.webhooks.generateTestHeaderString({
    payload,
    secret: options.secret ?? secret,
    timestamp: nowMs / 1000 + offsetSeconds,
    scheme: options.scheme,
  });

describe('verifyWebhook', () => {
  it('accepts a fresh v1 signature and up to 300 s of age', () => {
    expect(verifyWebhook(Buffer.from(payload), at(0), [secret], nowMs).ok).toBe(true);
    expect(verifyWebhook(Buffer.from(payload), at(-300), [secret], nowMs).ok).toBe(true);
  });
  it('refuses 301 s of age, more than 60 s ahead, v0 only, and unknown secrets', () => {
    expect(verifyWebhook(Buffer.from(payload), at(-301), [secret], nowMs).ok).toBe(false);
    expect(verifyWebhook(Buffer.from(payload), at(61), [secret], nowMs).ok).toBe(false);
    expect(verifyWebhook(Buffer.from(payload), at(0, { scheme: 'v0' }), [secret], nowMs).ok).toBe(false);
    expect(verifyWebhook(Buffer.from(payload), at(0, { secret: 'whsec_other_000000000000' }), [secret], nowMs).ok).toBe(false);
  });
  it('accepts any secret of the rotation list', () => {
    expect(
      verifyWebhook(Buffer.from(payload), at(0, { secret: 'whsec_old_0000000000000000' }), [secret, 'whsec_old_0000000000000000'], nowMs)
        .ok,
    ).toBe(true);
  });
});
