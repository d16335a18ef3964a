import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyWebhookSignature, WebhookSignatureError } from '@carlo/client';

const secret = 'whsec_carlo_test_secret';
const body = JSON.stringify({ type: 'simulation.succeeded', data: { id: 'run_1', note: 'prix € 5' } });

/** The signature as Carlo's sender writes it, computed here with node:crypto rather than the SDK's WebCrypto. */
function sign(payload: string, timestamp: number, key = secret): string {
  return createHmac('sha256', key).update(`${timestamp}.${payload}`).digest('hex');
}

async function refusal(work: Promise<unknown>): Promise<string> {
  const error = await work.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof WebhookSignatureError)) throw new Error(`expected WebhookSignatureError, got ${String(error)}`);
  expect(error.code).toBe('INVALID_SIGNATURE');
  return error.message;
}

describe('verifyWebhookSignature', () => {
  const now = 1_800_000_000;

  it('accepts the signature of the raw body, as a string or as bytes', async () => {
    const header = `t=${now},v1=${sign(body, now)}`;
    await expect(verifyWebhookSignature(body, header, secret, { nowSeconds: now })).resolves.toEqual({ timestamp: now });
    await expect(verifyWebhookSignature(new TextEncoder().encode(body), header, secret, { nowSeconds: now + 299 })).resolves.toEqual({
      timestamp: now,
    });
  });

  it('accepts any of several v1 signatures, as during a secret rotation', async () => {
    const header = `t=${now}, v1=${sign(body, now, 'old secret')}, v1=${sign(body, now)}`;
    await expect(verifyWebhookSignature(body, header, secret, { nowSeconds: now })).resolves.toEqual({ timestamp: now });
  });

  it('refuses a changed body, another secret, and a signature of another timestamp', async () => {
    expect(await refusal(verifyWebhookSignature(`${body} `, `t=${now},v1=${sign(body, now)}`, secret, { nowSeconds: now }))).toMatch(
      /No v1 signature matches/,
    );
    expect(await refusal(verifyWebhookSignature(body, `t=${now},v1=${sign(body, now, 'other')}`, secret, { nowSeconds: now }))).toMatch(
      /No v1 signature matches/,
    );
    expect(await refusal(verifyWebhookSignature(body, `t=${now + 1},v1=${sign(body, now)}`, secret, { nowSeconds: now }))).toMatch(
      /No v1 signature matches/,
    );
  });

  it('refuses a timestamp outside the tolerance in either direction', async () => {
    const header = `t=${now},v1=${sign(body, now)}`;
    expect(await refusal(verifyWebhookSignature(body, header, secret, { nowSeconds: now + 301 }))).toMatch(/tolerance of 300 s/);
    expect(await refusal(verifyWebhookSignature(body, header, secret, { nowSeconds: now - 61, toleranceSeconds: 60 }))).toMatch(
      /tolerance of 60 s/,
    );
  });

  it('refuses a missing or malformed header', async () => {
    expect(await refusal(verifyWebhookSignature(body, null, secret))).toMatch(/missing/);
    expect(await refusal(verifyWebhookSignature(body, `v1=${sign(body, now)}`, secret, { nowSeconds: now }))).toMatch(/no t=/);
    expect(await refusal(verifyWebhookSignature(body, `t=${now},v1=zz`, secret, { nowSeconds: now }))).toMatch(/no v1=/);
    expect(await refusal(verifyWebhookSignature(body, `t=${now},v0=${sign(body, now)}`, secret, { nowSeconds: now }))).toMatch(/no v1=/);
  });
});
