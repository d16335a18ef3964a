import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayPrefix, generateKey, KEY_LENGTH, lastFour, parseKey } from './key-format.js';

const mode = fc.constantFrom('live' as const, 'test' as const);

describe('API key format', () => {
  it('accepts every key it generates, with its mode', () => {
    fc.assert(
      fc.property(mode, (keyMode) => {
        const key = generateKey(keyMode);
        expect(key).toHaveLength(KEY_LENGTH);
        expect(key.startsWith(`mc_${keyMode}_`)).toBe(true);
        expect(parseKey(key)).toEqual({ mode: keyMode, key });
      }),
    );
  });

  it('refuses any single-character change to a valid key', () => {
    fc.assert(
      fc.property(mode, fc.nat(), fc.constantFrom(...'aZ9_-x0'), (keyMode, position, replacement) => {
        const key = generateKey(keyMode);
        const index = position % key.length;
        fc.pre(key[index] !== replacement);
        const altered = key.slice(0, index) + replacement + key.slice(index + 1);
        expect(parseKey(altered)).toBeNull();
      }),
    );
  });

  it('refuses arbitrary strings, including unicode, NUL and oversized input, without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ minLength: 40, maxLength: 60 })), (candidate) => {
        expect(parseKey(candidate)).toBeNull();
      }),
    );
    expect(parseKey('x'.repeat(10_000))).toBeNull();
    expect(parseKey(`${generateKey('live').slice(0, -1)}\u0000`)).toBeNull();
  });

  it('refuses a wrong prefix even with a recomputed-looking body', () => {
    const key = generateKey('live');
    expect(parseKey(key.replace('mc_live_', 'mc_prod_'))).toBeNull();
    expect(parseKey(key.replace('mc_live_', 'sk_live_'))).toBeNull();
  });

  it('shows only a prefix and the last four characters', () => {
    const key = generateKey('test');
    expect(displayPrefix(key)).toBe(key.slice(0, 12));
    expect(lastFour(key)).toBe(key.slice(-4));
  });
});
