import { describe, expect, it } from 'vitest';
import { normalQuantile } from './normal.js';
import { VECTOR_CAPACITY, expColumn, log1pColumn, logColumn, normalQuantileColumn } from './vector-math.js';

/** Distance in units in the last place between two doubles of the same sign. */
function ulps(a: number, b: number): number {
  if (Object.is(a, b)) return 0;
  const bits = new BigInt64Array(Float64Array.of(a, b).buffer);
  return Number(bits[0] > bits[1] ? bits[0] - bits[1] : bits[1] - bits[0]);
}

/** A deterministic stream in [0, 1) (a 32-bit LCG), so a failure can be reproduced. */
function uniforms(n: number, seed: number): Float64Array {
  let state = seed >>> 0;
  return Float64Array.from({ length: n }, () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return (state + 0.5) / 4294967296;
  });
}

type Kernel = (col: Float64Array, m: number) => void;
function worstUlps(kernel: Kernel, reference: (x: number) => number, xs: Float64Array): number {
  const col = xs.slice();
  kernel(col, col.length);
  let worst = 0;
  for (let i = 0; i < xs.length; i++) worst = Math.max(worst, ulps(col[i], reference(xs[i])));
  return worst;
}

const cases: [string, Kernel, (x: number) => number, (u: number) => number][] = [
  ['log on (0, 1)', logColumn, Math.log, (u) => u],
  ['log from 1e-300 to 1e300', logColumn, Math.log, (u) => Math.exp((u - 0.5) * 1380)],
  ['log1p of -u (the exponential draw)', log1pColumn, Math.log1p, (u) => -u],
  ['log1p of tiny arguments', log1pColumn, Math.log1p, (u) => (u - 0.5) * 1e-12],
  ['log1p from -1 to 1e10', log1pColumn, Math.log1p, (u) => (u < 0.5 ? -2 * u : Math.exp((u - 0.5) * 46))],
  ['exp from -708 to 708', expColumn, Math.exp, (u) => (u - 0.5) * 1416],
  ['exp near 0', expColumn, Math.exp, (u) => (u - 0.5) * 1e-3],
];

describe('vector log, log1p, exp and normal quantile', () => {
  it.each(cases)('%s: within 1 ulp of Math over 200,000 arguments', (_, kernel, reference, map) => {
    const xs = uniforms(200_000, 7).map(map);
    expect(worstUlps(kernel, reference, xs)).toBeLessThanOrEqual(1);
  });

  it.each([
    ['log', logColumn, Math.log, [0, -0, -1, Number.POSITIVE_INFINITY, Number.NaN, 1e-310, Number.MIN_VALUE, 1]],
    ['log1p', log1pColumn, Math.log1p, [0, -0, -1, -2, Number.POSITIVE_INFINITY, Number.NaN, 1e-310, 1e308]],
    ['exp', expColumn, Math.exp, [0, -0, 709.7, 710, -745, -746, Number.NEGATIVE_INFINITY, Number.NaN]],
    ['normalQuantile', normalQuantileColumn, normalQuantile, [0, 1, -1, 2, Number.NaN, 1e-310, 0.5, 1 - 2 ** -53]],
  ] as [string, Kernel, (x: number) => number, number[]][])(
    '%s: zeros, infinities, NaN, subnormals and overflow give exactly what Math gives',
    (_, kernel, reference, specials) => {
      const col = Float64Array.from(specials);
      kernel(col, col.length);
      expect([...col]).toEqual(specials.map(reference));
    },
  );

  it('normalQuantile: the scalar AS241 bits in the central region, within 8 ulps in the tails (the log)', () => {
    const ps = uniforms(200_000, 3);
    const col = ps.slice();
    normalQuantileColumn(col, col.length);
    let central = 0;
    let tails = 0;
    for (let i = 0; i < ps.length; i++) {
      const error = ulps(col[i], normalQuantile(ps[i]));
      if (Math.abs(ps[i] - 0.5) <= 0.425) central = Math.max(central, error);
      else tails = Math.max(tails, error);
    }
    expect(central).toBe(0);
    expect(tails).toBeLessThanOrEqual(8);
    const deep = Float64Array.of(1e-300, 1e-20, 1 - 1e-16, 2 ** -53);
    const reference = [...deep].map(normalQuantile);
    normalQuantileColumn(deep, deep.length);
    deep.forEach((z, i) => expect(Math.abs(z - reference[i])).toBeLessThanOrEqual(1e-14 * Math.abs(reference[i])));
  });

  it('gives each value the same bits whatever its neighbours, its position and the column length', () => {
    const xs = uniforms(2 * VECTOR_CAPACITY + 3, 11).map((u) => (u - 0.5) * 20);
    xs[5] = Number.NaN; // a neighbour that takes the host's path
    for (const kernel of [logColumn, log1pColumn, expColumn, normalQuantileColumn]) {
      const whole = xs.slice();
      kernel(whole, whole.length);
      const part = xs.slice(4, 4 + VECTOR_CAPACITY + 1);
      kernel(part, part.length);
      expect(part).toEqual(whole.subarray(4, 4 + VECTOR_CAPACITY + 1));
      const lone = Float64Array.of(xs[4], xs[6]);
      kernel(lone, 1);
      expect(Object.is(lone[0], whole[4])).toBe(true);
      expect(lone[1]).toBe(xs[6]);
    }
  });
});
