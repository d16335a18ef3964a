/**
 * The formulas of the vector kernels (vector-math.ts) as WebAssembly SIMD instructions over f64x2
 * lanes, without branches: each reads the input from a local, leaves the result on the stack, and
 * uses the temporaries it is given. The constants are fdlibm's (log, exp) and Wichura's (AS241).
 */
import { get, i32, set, simd, uleb } from '../wasm/assembler.js';

export const load = simd(0, 4, 0);
export const store = simd(11, 4, 0);
export const and = simd(78);
export const allTrue64 = simd(195);
export const extractI64 = (lane: number): number[] => simd(29, lane);
export const extractF64 = (lane: number): number[] => simd(33, lane);
const shrU64 = simd(205);
const xor = simd(81);
const or = simd(80);
const shl64 = simd(203);
const add64 = simd(206);
const sub64 = simd(209);
const extendLowS = simd(199);
const neF = simd(72);
const ltF = simd(73);
const gtF = simd(74);
const leF = simd(75);
const geF = simd(76);
const absF = simd(236);
const negF = simd(237);
const sqrtF = simd(239);
const bitselect = simd(82);
const anyTrue = simd(83);
const addF = simd(240);
const subF = simd(241);
const mulF = simd(242);
const divF = simd(243);
const nearestF = simd(148);
const truncSatZero = simd(252);

/**
 * Constants live in a pool at the start of the kernels' memory, one 16-byte vector each, and are
 * loaded where used. With inline v128.const the kernels were slower (per value: log 4.5 ns against
 * 3.6, log1p 5.3 against 3.9, the normal quantile 9.8 against 8.3; exp the same, about 3.3).
 */
export const constantPool: bigint[] = [];
const POOL_BYTES = 4096;
/** Where the columns start in the kernels' memory, after the pool. */
export const DATA_OFFSET = POOL_BYTES;
function constant(x: number | bigint): number[] {
  const bits = typeof x === 'bigint' ? x : new BigInt64Array(Float64Array.of(x).buffer)[0];
  let index = constantPool.indexOf(bits);
  if (index < 0) index = constantPool.push(bits) - 1;
  if (16 * constantPool.length > POOL_BYTES) throw new Error('the vector kernels have more constants than their pool holds');
  return [...i32(0), ...simd(0, 4, ...uleb(16 * index))];
}

/** The locals of one kernel: its input, its in-range mask and sixteen temporaries. */
export type Stream = { x: number; ok: number; t: number[] };

/** c[0] + v (c[1] + v (c[2] + ...)), in the order of the JS Horner loops (same bits). */
const poly = (v: number, cs: number[]): number[] =>
  cs.length === 1 ? constant(cs[0]) : [...constant(cs[0]), ...get(v), ...poly(v, cs.slice(1)), ...mulF, ...addF];

/** log(x) of the f64x2 in local `x`, left on the stack; uses the first eight temporaries. */
export function logOf(x: number, temps: number[]): number[] {
  const [t, k, f, s, z, w, r, hfsq] = temps;
  return [
    // t = bits(x) - bits(sqrt(2)/2); k = t >> 52 (arithmetic); m = bits(x) - (t & exponent mask).
    // k as a double without an arithmetic shift, which x64 lacks for 64-bit lanes: the top twelve
    // bits of t + 2^63, over the bits of 2^52, are 2^52 + 2048 + k.
    ...get(x),
    ...constant(0x3fe6a09e667f3bcdn),
    ...sub64,
    ...set(t),
    ...get(t),
    ...constant(-0x8000000000000000n),
    ...xor,
    ...i32(52),
    ...shrU64,
    ...constant(0x4330000000000000n),
    ...or,
    ...constant(4503599627372544),
    ...subF,
    ...set(k),
    ...get(x),
    ...get(t),
    ...constant(-0x10000000000000n),
    ...and,
    ...sub64,
    ...constant(1),
    ...subF,
    ...set(f),
    ...get(f),
    ...constant(2),
    ...get(f),
    ...addF,
    ...divF,
    ...set(s),
    ...get(s),
    ...get(s),
    ...mulF,
    ...set(z),
    ...get(z),
    ...get(z),
    ...mulF,
    ...set(w),
    // r = z (Lg1 + w (Lg3 + w (Lg5 + w Lg7))) + w (Lg2 + w (Lg4 + w Lg6))
    ...get(z),
    ...poly(w, [6.66666666666673513e-1, 2.857142874366239149e-1, 1.818357216161805012e-1, 1.479819860511658591e-1]),
    ...mulF,
    ...get(w),
    ...poly(w, [3.999999999940941908e-1, 2.222219843214978396e-1, 1.531383769920937332e-1]),
    ...mulF,
    ...addF,
    ...set(r),
    ...constant(0.5),
    ...get(f),
    ...mulF,
    ...get(f),
    ...mulF,
    ...set(hfsq),
    // s (hfsq + r) + k ln2_lo - hfsq + f + k ln2_hi, left to right as fdlibm
    ...get(s),
    ...get(hfsq),
    ...get(r),
    ...addF,
    ...mulF,
    ...get(k),
    ...constant(1.90821492927058770002e-10),
    ...mulF,
    ...addF,
    ...get(hfsq),
    ...subF,
    ...get(f),
    ...addF,
    ...get(k),
    ...constant(6.9314718036912381649e-1),
    ...mulF,
    ...addF,
  ];
}

/** The smallest positive normal double. */
const MIN_NORMAL = 2.2250738585072014e-308;

/** Lanes of local `v` in [low, high); NaN is in no range. */
const within = (v: number, low: number, high: number): number[] => [
  ...get(v),
  ...constant(low),
  ...geF,
  ...get(v),
  ...constant(high),
  ...ltF,
  ...and,
];

/** Lanes of local `v` that are normal, finite and positive: where the log formula holds. */
export const positiveNormal = (v: number): number[] => within(v, MIN_NORMAL, Number.POSITIVE_INFINITY);

/**
 * log1p(x) = log(y) + (x - (y - 1)) / y with y = 1 + x; the range is taken on y (local Y), and
 * x = ±0 goes to the host so that log1p(-0) keeps its sign.
 */
export function log1pOf({ x, t }: Stream): number[] {
  const [Y, Q] = [t[8], t[9]];
  return [
    ...constant(1),
    ...get(x),
    ...addF,
    ...set(Y),
    ...get(x),
    ...get(Y),
    ...constant(1),
    ...subF,
    ...subF,
    ...get(Y),
    ...divF,
    ...set(Q),
    ...logOf(Y, t),
    ...get(Q),
    ...addF,
  ];
}

export function expOf({ x, t: temps }: Stream): number[] {
  const [k, hi, lo, r, t, c, y] = temps;
  return [
    ...get(x),
    ...constant(Math.LOG2E),
    ...mulF,
    ...nearestF,
    ...set(k),
    ...get(x),
    ...get(k),
    ...constant(6.9314718036912381649e-1),
    ...mulF,
    ...subF,
    ...set(hi),
    ...get(k),
    ...constant(1.90821492927058770002e-10),
    ...mulF,
    ...set(lo),
    ...get(hi),
    ...get(lo),
    ...subF,
    ...set(r),
    ...get(r),
    ...get(r),
    ...mulF,
    ...set(t),
    // c = r - t (P1 + t (P2 + t (P3 + t (P4 + t P5))))
    ...get(r),
    ...get(t),
    ...poly(
      t,
      [
        1.66666666666666019037e-1, -2.77777777770155933842e-3, 6.61375632143793436117e-5, -1.6533902205465251539e-6,
        4.13813679705723846039e-8,
      ],
    ),
    ...mulF,
    ...subF,
    ...set(c),
    // y = 1 - ((lo - r c / (2 - c)) - hi)
    ...constant(1),
    ...get(lo),
    ...get(r),
    ...get(c),
    ...mulF,
    ...constant(2),
    ...get(c),
    ...subF,
    ...divF,
    ...subF,
    ...get(hi),
    ...subF,
    ...subF,
    ...set(y),
    // y 2^k: k added to the exponent bits (|x| <= 708 keeps the result normal).
    ...get(y),
    ...get(k),
    ...truncSatZero,
    ...extendLowS,
    ...i32(52),
    ...shl64,
    ...add64,
  ];
}

export const expRange = ({ x }: Stream): number[] => [...get(x), ...absF, ...constant(708), ...leF];

/** Lanes where 1 + x is a positive normal double (log1pOf left it in t[8]) and x is not ±0. */
export const log1pRange = ({ x, t }: Stream): number[] => [...positiveNormal(t[8]), ...get(x), ...constant(0), ...neF, ...and];

/** `a` where the mask `m` is set, else `b` (all three are instruction lists leaving a vector). */
const select = (a: number[], b: number[], m: number[]): number[] => [...a, ...b, ...m, ...bitselect];

/**
 * AS241 (math/normal.ts) for p in (0, 1), the same operations in the same order: the central
 * rational function for every lane, and only when a lane of the vector lies in a tail
 * (|p - 1/2| > 0.425) the tail's r = sqrt(-log(min(p, 1 - p))) with the vector log and both tail
 * rational functions, chosen per lane. The central region gives the scalar function's bits; the
 * tails differ from it only by the vector log (within 1 ulp of Math.log).
 */
export function normalQuantileOf({ x, t }: Stream): number[] {
  const [q, central, tails, r, value] = t.slice(11, 16);
  const ratio = (v: number, shift: number, num: number[], den: number[]): number[] => [
    ...get(v),
    ...constant(shift),
    ...subF,
    ...set(value),
    ...poly(value, num),
    ...poly(value, den),
    ...divF,
  ];
  return [
    ...get(x),
    ...constant(0.5),
    ...subF,
    ...set(q),
    ...constant(0.180625),
    ...get(q),
    ...get(q),
    ...mulF,
    ...subF,
    ...set(r),
    ...get(q),
    ...poly(r, CENTRAL_NUM),
    ...mulF,
    ...poly(r, CENTRAL_DEN),
    ...divF,
    ...set(central),
    ...get(q),
    ...absF,
    ...constant(0.425),
    ...gtF,
    ...set(tails),
    ...get(tails),
    ...anyTrue,
    0x04,
    0x7b, // if (result v128)
    ...select(get(x), [...constant(1), ...get(x), ...subF], [...get(q), ...constant(0), ...ltF]),
    ...set(r),
    ...logOf(r, t),
    ...negF,
    ...sqrtF,
    ...set(r),
    ...select(ratio(r, 1.6, NEAR_NUM, NEAR_DEN), ratio(r, 5, FAR_NUM, FAR_DEN), [...get(r), ...constant(5), ...leF]),
    ...set(value),
    ...select(select([...get(value), ...negF], get(value), [...get(q), ...constant(0), ...ltF]), get(central), get(tails)),
    0x05, // else
    ...get(central),
    0x0b,
  ];
}

/** Lanes with p in [smallest normal, 1): the host takes 0, 1, subnormals and NaN. */
export const quantileRange = ({ x }: Stream): number[] => within(x, MIN_NORMAL, 1);

// AS241's coefficients from the lowest power up (math/normal.ts lists them from the highest).
const CENTRAL_NUM = [
  3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125, 45921.953931549871457, 67265.770927008700853,
  33430.575583588128105, 2509.0809287301226727,
];
const CENTRAL_DEN = [
  1, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077, 21213.794301586595867, 39307.89580009271061, 28729.085735721942674,
  5226.495278852854561,
];
const NEAR_NUM = [
  1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504, 1.27045825245236838258,
  0.24178072517745061177, 0.0227238449892691845833, 7.7454501427834140764e-4,
];
const NEAR_DEN = [
  1, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455, 0.14810397642748007459, 0.0151986665636164571966,
  5.475938084995344946e-4, 1.05075007164441684324e-9,
];
const FAR_NUM = [
  6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 0.29656057182850489123, 0.026532189526576123093,
  0.0012426609473880784386, 2.71155556874348757815e-5, 2.01033439929228813265e-7,
];
const FAR_DEN = [
  1, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525, 7.868691311456132591e-4, 1.8463183175100546818e-5,
  1.4215117583164458887e-7, 2.04426310338993978564e-15,
];
