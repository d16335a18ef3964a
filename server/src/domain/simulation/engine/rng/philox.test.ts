import { describe, expect, it } from 'vitest';
import { fillUniforms, philox4x32, uniformAt } from './philox.js';

const hex = (words: Uint32Array): string[] => [...words].map((w) => w.toString(16).padStart(8, '0'));

describe('Philox4x32-10', () => {
  it('matches the Random123 known-answer vectors', () => {
    const out = new Uint32Array(4);
    philox4x32(0, 0, 0, 0, 0, 0, out);
    expect(hex(out)).toEqual(['6627e8d5', 'e169c58d', 'bc57ac4c', '9b00dbd8']);
    philox4x32(0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, out);
    expect(hex(out)).toEqual(['408f276d', '41c83b0e', 'a20bc7c6', '6d5451fd']);
    philox4x32(0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344, 0xa4093822, 0x299f31d0, out);
    expect(hex(out)).toEqual(['d16cfe09', '94fdcceb', '5001e420', '24126ea1']);
  });

  it('gives every iteration the same uniform whatever range it is generated in', () => {
    const whole = new Float64Array(101);
    fillUniforms(42, 3, 0, 1000, 101, whole);
    const part = new Float64Array(37);
    fillUniforms(42, 3, 0, 1033, 37, part);
    expect([...part]).toEqual([...whole.subarray(33, 70)]);
    for (let i = 0; i < 101; i += 7) expect(uniformAt(42, 3, 0, 1000 + i)).toBe(whole[i]);
  });

  it('fills with the WebAssembly kernel exactly as the JS blocks compute, across the 2^32 counter carry and over several calls', () => {
    const count = 2 * 65_536 + 7;
    for (const first of [0, 1, 2 * 4294967296 - 9, 12345677]) {
      const out = new Float64Array(count);
      fillUniforms(0xfffffffe, 9, 2, first, count, out);
      for (let i = 0; i < count; i += i < 40 ? 1 : 997) expect(out[i]).toBe(uniformAt(0xfffffffe, 9, 2, first + i));
      expect(out[count - 1]).toBe(uniformAt(0xfffffffe, 9, 2, first + count - 1));
    }
  });

  it('produces uniforms strictly inside (0, 1) with the right mean', () => {
    const n = 100_000;
    const u = new Float64Array(n);
    fillUniforms(7, 0, 0, 0, n, u);
    let sum = 0;
    for (const x of u) {
      expect(x > 0 && x < 1).toBe(true);
      sum += x;
    }
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(5 * Math.sqrt(1 / 12 / n));
  });

  it('gives different inputs independent-looking streams', () => {
    const n = 50_000;
    const a = new Float64Array(n),
      b = new Float64Array(n);
    fillUniforms(7, 0, 0, 0, n, a);
    fillUniforms(7, 1, 0, 0, n, b);
    let cov = 0;
    for (let i = 0; i < n; i++) cov += (a[i] - 0.5) * (b[i] - 0.5);
    expect(Math.abs((cov / n) * 12)).toBeLessThan(5 / Math.sqrt(n));
  });
});
