/**
 * log, log1p and exp over whole columns in a WebAssembly SIMD kernel, two doubles per instruction.
 * V8's Math.log1p, Math.log and Math.exp take 10 to 15 ns per call here, more than the rest of an
 * exponential, Weibull, lognormal or gamma draw together; these kernels take about 2 ns per value.
 *
 * The formulas are fdlibm's (as in musl and FreeBSD), written for f64x2 lanes without branches:
 * - log: x = 2^k m with m in [sqrt(2)/2, sqrt(2)) by integer arithmetic on the bits, f = m - 1,
 *   s = f / (2 + f), log(1 + f) = f - f^2/2 + s (f^2/2 + R(s^2)) with fdlibm's Lg1..Lg7, plus k ln 2
 *   in two parts. Error below 1 ulp.
 * - log1p: y = 1 + x rounded, log1p(x) = log(y) + (x - (y - 1)) / y, the first-order correction for
 *   the rounding of y (Goldberg), so small x keep their relative accuracy. Error about 1 ulp.
 * - exp: k = nearest(x / ln 2), r = x - k ln 2 in two parts, exp(r) by fdlibm's rational form with
 *   P1..P5, times 2^k by adding k to the exponent bits. Error below 1 ulp.
 * WebAssembly's f64 arithmetic is IEEE round-to-nearest without fused operations, so every machine
 * gives the same bits. A value outside the range where a formula holds (log: zero, negative,
 * subnormal, infinite or NaN; log1p: 1 + x so, or x = ±0; exp: |x| > 708) is computed by the host's Math function instead; the
 * lane next to it still takes the vector formula, so each result depends on its own value only.
 */
import { HEADER, f64x2, get, i32, i64x2, instantiate, name, range, section, set, shuffle, simd, uleb } from '../wasm/assembler.js';

/** Values one kernel call may process; longer columns go through in blocks. */
export const VECTOR_CAPACITY = 65_536;
const PAGE = 65_536;

const load = (offset: number): number[] => simd(0, 4, ...uleb(offset));
const store = (offset: number): number[] => simd(11, 4, ...uleb(offset));
const and = simd(78);
const allTrue64 = simd(195);
const extractI64 = (lane: number): number[] => simd(29, lane);
const extractF64 = (lane: number): number[] => simd(33, lane);
const shrS64 = simd(204);
const shl64 = simd(203);
const add64 = simd(206);
const sub64 = simd(209);
const extendLowS = simd(199);
const neF = simd(72);
const ltF = simd(73);
const leF = simd(75);
const geF = simd(76);
const absF = simd(236);
const addF = simd(240);
const subF = simd(241);
const mulF = simd(242);
const divF = simd(243);
const nearestF = simd(148);
const truncSatZero = simd(252);
const convertLowS = simd(254);
/** The low 32-bit words of the two 64-bit lanes of a vector (given twice) moved to lanes 0 and 1. */
const lowWordsOfLanes = shuffle(...range(0, 4), ...range(8, 4), ...range(0, 8));

// Locals: 0 ptr, 1 n (parameters), 2 end (i32); v128 from 3 on, twelve per stream: the input, the
// in-range mask and ten temporaries of the formulas. One stream per loop step: two or four, whose
// chains the CPU could overlap, measured the same (the kernels are bound by instruction count).
const [PTR, N, END] = [0, 1, 2];
const STREAMS = 1;
type Stream = { x: number; ok: number; t: number[] };
const streams: Stream[] = Array.from({ length: STREAMS }, (_, i) => ({ x: 3 + 12 * i, ok: 4 + 12 * i, t: range(5 + 12 * i, 10) }));

/** log(x) of the f64x2 in local `x`, left on the stack; uses the first eight temporaries. */
function logOf(x: number, temps: number[]): number[] {
  const [t, k, f, s, z, w, r, hfsq] = temps;
  const poly = (v: number, cs: number[]): number[] =>
    cs.length === 1 ? f64x2(cs[0]) : [...f64x2(cs[0]), ...get(v), ...poly(v, cs.slice(1)), ...mulF, ...addF];
  return [
    // t = bits(x) - bits(sqrt(2)/2); k = t >> 52 (arithmetic); m = bits(x) - (t & exponent mask).
    ...get(x),
    ...i64x2(0x3fe6a09e667f3bcdn),
    ...sub64,
    ...set(t),
    ...get(t),
    ...i32(52),
    ...shrS64,
    ...set(k),
    ...get(k),
    ...get(k),
    ...lowWordsOfLanes,
    ...convertLowS,
    ...set(k),
    ...get(x),
    ...get(t),
    ...i64x2(-0x10000000000000n),
    ...and,
    ...sub64,
    ...f64x2(1),
    ...subF,
    ...set(f),
    ...get(f),
    ...f64x2(2),
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
    ...f64x2(0.5),
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
    ...f64x2(1.90821492927058770002e-10),
    ...mulF,
    ...addF,
    ...get(hfsq),
    ...subF,
    ...get(f),
    ...addF,
    ...get(k),
    ...f64x2(6.9314718036912381649e-1),
    ...mulF,
    ...addF,
  ];
}

/** Lanes of local `v` that are normal, finite and positive: where the log formula holds. */
const positiveNormal = (v: number): number[] => [
  ...get(v),
  ...f64x2(2.2250738585072014e-308),
  ...geF,
  ...get(v),
  ...f64x2(Number.POSITIVE_INFINITY),
  ...ltF,
  ...and,
];

/**
 * log1p(x) = log(y) + (x - (y - 1)) / y with y = 1 + x; the range is taken on y (local Y), and
 * x = ±0 goes to the host so that log1p(-0) keeps its sign.
 */
function log1pOf({ x, t }: Stream): number[] {
  const [Y, Q] = [t[8], t[9]];
  return [
    ...f64x2(1),
    ...get(x),
    ...addF,
    ...set(Y),
    ...get(x),
    ...get(Y),
    ...f64x2(1),
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

function expOf({ x, t: temps }: Stream): number[] {
  const [k, hi, lo, r, t, c, y] = temps;
  const poly = (v: number, cs: number[]): number[] =>
    cs.length === 1 ? f64x2(cs[0]) : [...f64x2(cs[0]), ...get(v), ...poly(v, cs.slice(1)), ...mulF, ...addF];
  return [
    ...get(x),
    ...f64x2(Math.LOG2E),
    ...mulF,
    ...nearestF,
    ...set(k),
    ...get(x),
    ...get(k),
    ...f64x2(6.9314718036912381649e-1),
    ...mulF,
    ...subF,
    ...set(hi),
    ...get(k),
    ...f64x2(1.90821492927058770002e-10),
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
    ...f64x2(1),
    ...get(lo),
    ...get(r),
    ...get(c),
    ...mulF,
    ...f64x2(2),
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

const expRange = (v: number): number[] => [...get(v), ...absF, ...f64x2(708), ...leF];

/**
 * One exported kernel: fn(ptr, n) replaces n doubles at byte offset ptr in place (up to
 * 2 STREAMS - 1 doubles past them too, which the memory's spare page holds).
 */
function kernelBody(formula: (s: Stream) => number[], inRange: (s: Stream) => number[], fallback: number): number[] {
  const slowLane = ({ x, ok }: Stream, offset: number, lane: number): number[] => [
    ...get(ok),
    ...extractI64(lane),
    0x50, // i64.eqz
    0x04,
    0x40,
    ...get(PTR),
    ...get(x),
    ...extractF64(lane),
    0x10,
    fallback,
    0x39,
    3,
    offset + 8 * lane, // f64.store
    0x0b,
  ];
  const step = (stream: Stream, offset: number): number[] => [
    ...get(PTR),
    ...load(offset),
    ...set(stream.x),
    ...get(PTR),
    ...formula(stream),
    ...store(offset),
    ...inRange(stream),
    ...set(stream.ok),
    ...get(stream.ok),
    ...allTrue64,
    0x45, // i32.eqz
    0x04,
    0x40,
    ...slowLane(stream, offset, 0),
    ...slowLane(stream, offset, 1),
    0x0b,
  ];
  const instructions = [
    ...get(PTR),
    ...get(N),
    ...i32(3),
    0x74, // i32.shl
    0x6a, // i32.add
    ...set(END),
    0x02,
    0x40,
    0x03,
    0x40,
    ...get(PTR),
    ...get(END),
    0x4f, // i32.ge_u
    0x0d,
    1,
    ...streams.flatMap((stream, i) => step(stream, 16 * i)),
    ...get(PTR),
    ...i32(16 * STREAMS),
    0x6a,
    ...set(PTR),
    0x0c,
    0,
    0x0b,
    0x0b,
    0x0b,
  ];
  const fn = [2, 1, 0x7f, 12 * STREAMS, 0x7b, ...instructions];
  return [...uleb(fn.length), ...fn];
}

const IMPORTS = ['log', 'log1p', 'exp'] as const;

function assemble(): Uint8Array {
  const pages = (VECTOR_CAPACITY * 8) / PAGE + 1;
  const kernels: [string, number[]][] = [
    [
      'log',
      kernelBody(
        (v) => logOf(v.x, v.t),
        (v) => positiveNormal(v.x),
        0,
      ),
    ],
    ['log1p', kernelBody(log1pOf, (v) => [...positiveNormal(v.t[8]), ...get(v.x), ...f64x2(0), ...neF, ...and], 1)],
    ['exp', kernelBody(expOf, (v) => expRange(v.x), 2)],
  ];
  return Uint8Array.from([
    ...HEADER,
    // Types: 0 (i32, i32) -> (), 1 (f64) -> f64.
    ...section(1, [2, 0x60, 2, 0x7f, 0x7f, 0, 0x60, 1, 0x7c, 1, 0x7c]),
    ...section(2, [IMPORTS.length, ...IMPORTS.flatMap((f) => [...name('math'), ...name(f), 0, 1])]),
    ...section(3, [kernels.length, ...kernels.map(() => 0)]),
    ...section(5, [1, 0, ...uleb(pages)]),
    ...section(7, [kernels.length + 1, ...kernels.flatMap(([n], i) => [...name(n), 0, IMPORTS.length + i]), ...name('memory'), 2, 0]),
    ...section(10, [kernels.length, ...kernels.flatMap(([, body]) => body)]),
  ]);
}

type Kernel = (ptr: number, n: number) => void;
type Kernels = { log: Kernel; log1p: Kernel; exp: Kernel; memory: { buffer: ArrayBuffer } };

const kernels = instantiate<Kernels>(assemble(), { math: { log: Math.log, log1p: Math.log1p, exp: Math.exp } });
const memory = new Float64Array(kernels.memory.buffer, 0, VECTOR_CAPACITY);

function inPlace(kernel: Kernel, col: Float64Array, m: number): void {
  for (let from = 0; from < m; from += VECTOR_CAPACITY) {
    const length = Math.min(VECTOR_CAPACITY, m - from);
    memory.set(col.subarray(from, from + length));
    kernel(0, length);
    col.set(memory.subarray(0, length), from);
  }
}

/** col[i] = log(col[i]) for i < m. */
export const logColumn = (col: Float64Array, m: number): void => inPlace(kernels.log, col, m);
/** col[i] = log1p(col[i]) for i < m. */
export const log1pColumn = (col: Float64Array, m: number): void => inPlace(kernels.log1p, col, m);
/** col[i] = exp(col[i]) for i < m. */
export const expColumn = (col: Float64Array, m: number): void => inPlace(kernels.exp, col, m);
