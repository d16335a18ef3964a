/**
 * log, log1p, exp and the normal quantile over whole columns in WebAssembly SIMD kernels, two doubles
 * per instruction. V8's Math.log1p and Math.exp take 16 to 18 ns per call here and AS241 about 11,
 * more than the rest of an exponential, Weibull, lognormal or gamma draw together; these kernels take
 * 3.5 to 4 ns per log1p or exp and 8.5 per normal score (Math.log, about 3.7 ns, stays in JS).
 *
 * The formulas are fdlibm's (as in musl and FreeBSD), written for f64x2 lanes without branches:
 * - log: x = 2^k m with m in [sqrt(2)/2, sqrt(2)) by integer arithmetic on the bits, f = m - 1,
 *   s = f / (2 + f), log(1 + f) = f - f^2/2 + s (f^2/2 + R(s^2)) with fdlibm's Lg1..Lg7, plus k ln 2
 *   in two parts. Error below 1 ulp.
 * - log1p: y = 1 + x rounded, log1p(x) = log(y) + (x - (y - 1)) / y, the first-order correction for
 *   the rounding of y (Goldberg), so small x keep their relative accuracy. Error about 1 ulp.
 * - exp: k = nearest(x / ln 2), r = x - k ln 2 in two parts, exp(r) by fdlibm's rational form with
 *   P1..P5, times 2^k by adding k to the exponent bits. Error below 1 ulp.
 * - normal quantile: AS241 (vector-formulas.ts), the scalar bits in the central region.
 * WebAssembly's f64 arithmetic is IEEE round-to-nearest without fused operations, so every machine
 * gives the same bits. A value outside the range where a formula holds (log: zero, negative,
 * subnormal, infinite or NaN; log1p: the same for 1 + x, or x = ±0; exp: |x| > 708; the quantile:
 * p outside [smallest normal, 1)) is computed by the host's function instead; the lane next to it
 * still takes the vector formula, so each result depends on its own value only.
 */
import { HEADER, get, i32, instantiate, name, range, section, set, uleb } from '../wasm/assembler.js';
import { normalQuantile } from './normal.js';
import {
  type Stream,
  DATA_OFFSET,
  allTrue64,
  constantPool,
  expOf,
  expRange,
  extractF64,
  extractI64,
  load,
  log1pOf,
  log1pRange,
  logOf,
  normalQuantileOf,
  positiveNormal,
  quantileRange,
  store,
} from './vector-formulas.js';

// Locals: 0 ptr, 1 n (parameters), 2 end (i32); v128 from 3 on: the input, the in-range mask and
// sixteen temporaries. One vector per loop step: two or four, whose chains the CPU could overlap,
// measured the same (the kernels are bound by their instruction count).
const [PTR, N, END] = [0, 1, 2];
const stream: Stream = { x: 3, ok: 4, t: range(5, 16) };
const V128_LOCALS = 18;

/** Values one kernel call may process; longer columns go through in blocks. */
export const VECTOR_CAPACITY = 65_536;
const PAGE = 65_536;

/** A kernel: its formula, the lanes where the formula holds, and the host function for the rest. */
type KernelSpec = { name: string; formula: (s: Stream) => number[]; inRange: (s: Stream) => number[]; host: (x: number) => number };
const specs: KernelSpec[] = [
  { name: 'log', formula: (s) => logOf(s.x, s.t), inRange: (s) => positiveNormal(s.x), host: Math.log },
  { name: 'log1p', formula: log1pOf, inRange: log1pRange, host: Math.log1p },
  { name: 'exp', formula: expOf, inRange: expRange, host: Math.exp },
  { name: 'normalQuantile', formula: normalQuantileOf, inRange: quantileRange, host: normalQuantile },
];

/**
 * The body of kernel(ptr, n), which replaces n doubles at byte offset ptr in place (and the one
 * past them when n is odd, which the memory's spare page holds). A lane outside the formula's
 * range is recomputed by the imported host function `host`.
 */
function kernelBody({ formula, inRange }: KernelSpec, host: number): number[] {
  const { x, ok } = stream;
  const hostLane = (lane: number): number[] => [
    ...get(ok),
    ...extractI64(lane),
    0x50, // i64.eqz
    0x04,
    0x40,
    ...get(PTR),
    ...get(x),
    ...extractF64(lane),
    0x10,
    host,
    0x39,
    3,
    8 * lane, // f64.store
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
    ...get(PTR),
    ...load,
    ...set(x),
    ...get(PTR),
    ...formula(stream),
    ...store,
    ...inRange(stream),
    ...set(ok),
    ...get(ok),
    ...allTrue64,
    0x45, // i32.eqz
    0x04,
    0x40,
    ...hostLane(0),
    ...hostLane(1),
    0x0b,
    ...get(PTR),
    ...i32(16),
    0x6a,
    ...set(PTR),
    0x0c,
    0,
    0x0b,
    0x0b,
    0x0b,
  ];
  const fn = [2, 1, 0x7f, V128_LOCALS, 0x7b, ...instructions];
  return [...uleb(fn.length), ...fn];
}

function assemble(): Uint8Array {
  const pages = (DATA_OFFSET + VECTOR_CAPACITY * 8) / PAGE + 1;
  const hosts = specs.length;
  return Uint8Array.from([
    ...HEADER,
    // Types: 0 (i32, i32) -> (), 1 (f64) -> f64. Functions: the hosts (imported), then the kernels.
    ...section(1, [2, 0x60, 2, 0x7f, 0x7f, 0, 0x60, 1, 0x7c, 1, 0x7c]),
    ...section(2, [hosts, ...specs.flatMap((k) => [...name('host'), ...name(k.name), 0, 1])]),
    ...section(3, [specs.length, ...specs.map(() => 0)]),
    ...section(5, [1, 0, ...uleb(pages)]),
    ...section(7, [specs.length + 1, ...specs.flatMap((k, i) => [...name(k.name), 0, hosts + i]), ...name('memory'), 2, 0]),
    ...section(10, [specs.length, ...specs.flatMap((k, i) => kernelBody(k, i))]),
  ]);
}

type Kernel = (ptr: number, n: number) => void;
type Kernels = Record<string, Kernel> & { memory: { buffer: ArrayBuffer } };

const kernels = instantiate<Kernels>(assemble(), { host: Object.fromEntries(specs.map((k) => [k.name, k.host])) });
new BigInt64Array(kernels.memory.buffer, 0, 2 * constantPool.length).set(constantPool.flatMap((bits) => [bits, bits]));
const memory = new Float64Array(kernels.memory.buffer, DATA_OFFSET, VECTOR_CAPACITY);

function inPlace(kernel: Kernel, col: Float64Array, m: number): void {
  for (let from = 0; from < m; from += VECTOR_CAPACITY) {
    const length = Math.min(VECTOR_CAPACITY, m - from);
    memory.set(col.subarray(from, from + length));
    kernel(DATA_OFFSET, length);
    col.set(memory.subarray(0, length), from);
  }
}

/** col[i] = log(col[i]) for i < m. */
export const logColumn = (col: Float64Array, m: number): void => inPlace(kernels.log, col, m);
/** col[i] = log1p(col[i]) for i < m. */
export const log1pColumn = (col: Float64Array, m: number): void => inPlace(kernels.log1p, col, m);
/** col[i] = exp(col[i]) for i < m. */
export const expColumn = (col: Float64Array, m: number): void => inPlace(kernels.exp, col, m);
/**
 * col[i] = -log1p(-col[i]) for i < m: uniforms to standard exponential scores, the core of the
 * exponential's and Weibull's quantiles (log1p keeps small uniforms accurate).
 */
export function exponentialScoreColumn(col: Float64Array, m: number): void {
  for (let i = 0; i < m; i++) col[i] = -col[i];
  log1pColumn(col, m);
  for (let i = 0; i < m; i++) col[i] = -col[i];
}
/** col[i] = normalQuantile(col[i]) for i < m. */
export const normalQuantileColumn = (col: Float64Array, m: number): void => inPlace(kernels.normalQuantile, col, m);
