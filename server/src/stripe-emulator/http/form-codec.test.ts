import { describe, expect, it } from 'vitest';
import { decodeForm } from './form-codec.js';

describe('decodeForm', () => {
  it('decodes Stripe bracket notation into nested objects and arrays', () => {
    const body =
      'customer=cus_1&items[0][price]=price_a&items[0][quantity]=2&items[1][price]=price_b&metadata[plan]=pro&expand[]=latest_invoice&expand[]=customer';
    expect(decodeForm(body)).toEqual({
      customer: 'cus_1',
      items: [{ price: 'price_a', quantity: '2' }, { price: 'price_b' }],
      metadata: { plan: 'pro' },
      expand: ['latest_invoice', 'customer'],
    });
  });

  it('keeps indexes in numeric order and decodes percent-escapes', () => {
    expect(decodeForm('a[10]=x&a[2]=y&s=%7BCHECKOUT_SESSION_ID%7D')).toEqual({ a: ['y', 'x'], s: '{CHECKOUT_SESSION_ID}' });
  });

  it('treats an empty value as an empty string (how Stripe clears fields)', () => {
    expect(decodeForm('metadata[k]=&description=')).toEqual({ metadata: { k: '' }, description: '' });
  });
});
