/**
 * Sobol points in Gray-code order (Antonov-Saleev), the order SciPy's qmc.Sobol also uses,
 * scrambled by a random digital shift: every dimension XORs its 32-bit coordinates with a
 * word drawn from Philox keyed by (seed, dimension), so the scramble follows the seed.
 */
import { STREAM_SCRAMBLE, philox4x32 } from '../rng/philox.js';
import { SOBOL_SEEDS } from './sobol-seeds.js';

export const SOBOL_MAX_DIMENSIONS = SOBOL_SEEDS.length;
const BITS = 32;
const TWO_POW_32 = 4294967296;
const directionCache = new Map<number, Uint32Array>();

/** The 32 direction numbers v_1..v_32 (as 32-bit fractions) of one dimension. */
export function directionNumbers(dimension: number): Uint32Array {
  const cached = directionCache.get(dimension);
  if (cached) return cached;
  const [poly, ...m] = SOBOL_SEEDS[dimension];
  const s = 31 - Math.clz32(poly);
  const v = new Uint32Array(BITS);
  if (s === 0) {
    for (let k = 0; k < BITS; k++) v[k] = 2 ** (BITS - 1 - k);
  } else {
    const a = (poly >>> 1) & ((1 << (s - 1)) - 1);
    for (let k = 0; k < s; k++) v[k] = m[k] * 2 ** (BITS - 1 - k);
    for (let k = s; k < BITS; k++) {
      let x = v[k - s] ^ (v[k - s] >>> s);
      for (let j = 1; j < s; j++) if ((a >>> (s - 1 - j)) & 1) x ^= v[k - j];
      v[k] = x >>> 0;
    }
  }
  directionCache.set(dimension, v);
  return v;
}

/** The digital shift of one dimension for one seed. */
export function sobolShift(seed: number, dimension: number): number {
  const out = new Uint32Array(4);
  philox4x32(0, 0, STREAM_SCRAMBLE, 0, seed, dimension, out);
  return out[0];
}

/**
 * Writes coordinates `first..first+count` of one dimension, as (x XOR shift + 1/2) / 2^32
 * so every value lies strictly inside (0, 1). Pass shift 0 for the unscrambled sequence.
 */
export function fillSobol(dimension: number, shift: number, first: number, count: number, out: Float64Array): void {
  const v = directionNumbers(dimension);
  const gray = (first ^ (first >>> 1)) >>> 0;
  let x = 0;
  // Bit b of the Gray code selects direction number v_{b+1}.
  for (let b = 0; b < BITS; b++) if ((gray >>> b) & 1) x ^= v[b];
  for (let t = 0; t < count; t++) {
    out[t] = (((x ^ shift) >>> 0) + 0.5) / TWO_POW_32;
    const next = first + t + 1;
    x ^= v[31 - Math.clz32(next & -next)];
  }
}
