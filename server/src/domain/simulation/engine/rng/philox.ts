/**
 * Philox4x32-10 (Salmon et al., "Parallel random numbers: as easy as 1, 2, 3", SC 2011),
 * the counter-based generator of Random123. The engine keys it with (seed, input index)
 * and uses the iteration as the counter, so any iteration can be computed on any worker.
 *
 * JavaScript has no 32x32->64 multiply: the low word comes from Math.imul and the high
 * word from four Math.imul on 16-bit halves. Bulk filling runs the WebAssembly kernel of
 * philox-wasm.ts instead, which has the multiply; this version serves single blocks.
 */
import { WASM_CAPACITY, philoxPairs } from './philox-wasm.js';

const M0 = 0xd2511f53;
const M1 = 0xcd9e8d57;
const M0_HI = M0 >>> 16;
const M0_LO = M0 & 0xffff;
const M1_HI = M1 >>> 16;
const M1_LO = M1 & 0xffff;
const W0 = 0x9e3779b9;
const W1 = 0xbb67ae85;
const TWO_POW_MINUS_53 = 1 / 9007199254740992;

/** Streams separate the independent uses of one (seed, input) key. */
export const STREAM_SAMPLE = 0;
export const STREAM_PERMUTATION = 1;
export const STREAM_SCRAMBLE = 2;
export const STREAM_SCORES = 3;

/** High 32 bits of the 64-bit product of a 32-bit word and a multiplier split in 16-bit halves. */
function mulHi(a: number, mHi: number, mLo: number): number {
  const aLo = a & 0xffff,
    aHi = a >>> 16;
  const ll = Math.imul(aLo, mLo) >>> 0,
    lh = Math.imul(aLo, mHi) >>> 0;
  const hl = Math.imul(aHi, mLo) >>> 0,
    hh = Math.imul(aHi, mHi) >>> 0;
  const mid = (ll >>> 16) + (lh & 0xffff) + (hl & 0xffff);
  return (hh + (lh >>> 16) + (hl >>> 16) + (mid >>> 16)) | 0;
}

/** Computes one Philox4x32-10 block and writes the four output words to `out`. */
export function philox4x32(c0: number, c1: number, c2: number, c3: number, k0: number, k1: number, out: Uint32Array): void {
  let x0 = c0 | 0,
    x1 = c1 | 0,
    x2 = c2 | 0,
    x3 = c3 | 0,
    key0 = k0 | 0,
    key1 = k1 | 0;
  for (let round = 0; round < 10; round++) {
    const hi0 = mulHi(x0, M0_HI, M0_LO),
      lo0 = Math.imul(x0, M0);
    const hi1 = mulHi(x2, M1_HI, M1_LO),
      lo1 = Math.imul(x2, M1);
    x0 = hi1 ^ x1 ^ key0;
    x1 = lo1;
    x2 = hi0 ^ x3 ^ key1;
    x3 = lo0;
    key0 = (key0 + W0) | 0;
    key1 = (key1 + W1) | 0;
  }
  out[0] = x0;
  out[1] = x1;
  out[2] = x2;
  out[3] = x3;
}

/** Maps two 32-bit words to a 53-bit uniform strictly inside (0, 1). */
export function wordsToUniform(hi: number, lo: number): number {
  return ((hi >>> 5) * 67108864 + (lo >>> 6) + 0.5) * TWO_POW_MINUS_53;
}

/**
 * Fills `out[0..count)` with the uniforms of iterations `first..first+count` for one
 * (seed, input, stream). One Philox block yields two uniforms, so iterations 2j and 2j+1
 * share the block with counter j: words 0-1 serve the even one, words 2-3 the odd one.
 * Whole blocks come from the WebAssembly kernel (philox-wasm.ts, same bits); an odd first or
 * last iteration takes its block from the JS version.
 */
export function fillUniforms(seed: number, input: number, stream: number, first: number, count: number, out: Float64Array): void {
  const block = new Uint32Array(4);
  let i = 0;
  if (first % 2 === 1 && count > 0) {
    philoxBlock(seed, input, stream, (first - 1) / 2, block);
    out[0] = wordsToUniform(block[2], block[3]);
    i = 1;
  }
  while (i + 1 < count) {
    const pairs = Math.min((count - i) >> 1, WASM_CAPACITY / 2);
    out.set(philoxPairs(seed, input, stream, (first + i) / 2, pairs), i);
    i += 2 * pairs;
  }
  if (i < count) {
    philoxBlock(seed, input, stream, (first + i) / 2, block);
    out[i] = wordsToUniform(block[0], block[1]);
  }
}

/** The uniform of a single iteration; equals what fillUniforms produces for it. */
export function uniformAt(seed: number, input: number, stream: number, iteration: number): number {
  const block = new Uint32Array(4);
  philoxBlock(seed, input, stream, Math.floor(iteration / 2), block);
  return iteration % 2 === 0 ? wordsToUniform(block[0], block[1]) : wordsToUniform(block[2], block[3]);
}

function philoxBlock(seed: number, input: number, stream: number, pair: number, out: Uint32Array): void {
  philox4x32(pair % 4294967296, Math.floor(pair / 4294967296), stream, 0, seed, input, out);
}
