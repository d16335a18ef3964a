import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { newSigningSecret, signatureHeader } from './webhook-signature.js';

describe('the Carlo-Signature header', () => {
  const body = JSON.stringify({ id: 'evt_1', type: 'invoice.paid', data: { amountCents: 4900 } });
  const timestampSeconds = 1_790_000_000;

  it("verifies with Stripe's own verifier, since it follows Stripe's scheme", () => {
    const secret = newSigningSecret();
    const header = signatureHeader(secret, body, timestampSeconds);
    const event = Stripe.webhooks.constructEvent(body, header, secret, 300, undefined, timestampSeconds * 1000);
    expect(event.id).toBe('evt_1');
  });

  it('fails verification under another secret or with a changed body', () => {
    const secret = newSigningSecret();
    const header = signatureHeader(secret, body, timestampSeconds);
    const verify = (payload: string, key: string) =>
      Stripe.webhooks.constructEvent(payload, header, key, 300, undefined, timestampSeconds * 1000);
    expect(() => verify(body, newSigningSecret())).toThrow(/signature/i);
    expect(() => verify(body.replace('4900', '4901'), secret)).toThrow(/signature/i);
  });

  it('makes a different secret each time', () => {
    expect(newSigningSecret()).not.toBe(newSigningSecret());
    expect(newSigningSecret()).toMatch(/^whsec_[A-Za-z0-9_-]{32}$/);
  });
});
