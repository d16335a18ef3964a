/**
 * Philox4x32-10 as a small WebAssembly SIMD kernel. JavaScript has no 32x32->64 multiply, so the
 * JS version builds each high word from four Math.imul (about 30 ns per uniform); WebAssembly's
 * i64x2.extmul gives the full products of two lanes in one instruction, and 128-bit vectors run
 * four Philox blocks side by side, one block per 32-bit lane (about 3 ns per uniform, measured
 * by the engine benchmark, against 6 ns for the scalar kernel it replaced). The kernel turns the
 * words into uniforms with the same float operations as `wordsToUniform` (f64x2 arithmetic is
 * IEEE round-to-nearest like the scalar one), so its output is bit-identical to the JS version
 * (philox.test.ts compares them).
 *
 * The module is assembled here from its opcodes (no build step, no binary file): one exported
 * function `fill(out, pairs, counterLo, counterHi, stream, key0, key1)` that writes the two
 * uniforms of each of `pairs` consecutive blocks (rounded up to a multiple of sixteen) as f64 at
 * byte offset `out`, and its memory.
 */

import { HEADER, f64x2, get, i32, i32x4, i64, instantiate, name, range, section, set, shuffle, simd, uleb } from '../wasm/assembler.js';

const PAGE = 65_536;
/** Uniforms one call may ask for; the memory holds one page more for the rounded-up blocks. */
export const WASM_CAPACITY = 65_536;

// Parameters 0-6 (i32), then locals: 7 i (blocks done), 8 round (i32), 9 counter (i64), 10-14 shared
// vectors, then eight vectors per group of four blocks. Four groups per loop step (measured: 2.9 ns per
// uniform against 3.5 with two and 5 with one): their
// dependency chains (multiply, shuffle, xor) are independent, so the CPU overlaps them.
const [OUT, PAIRS, CTR_LO, CTR_HI, STREAM, K0, K1, I, ROUND, COUNTER] = Array.from({ length: 10 }, (_, i) => i);
const [KEY0, KEY1, LOW, A, B] = Array.from({ length: 5 }, (_, i) => 10 + i);
const GROUPS = 4;
const BLOCKS_PER_STEP = 4 * GROUPS;
type Group = { x0: number; x1: number; x2: number; x3: number; hp: number; lp: number; hq: number; lq: number };
const groups: Group[] = Array.from({ length: GROUPS }, (_, g) => {
  const [x0, x1, x2, x3, hp, lp, hq, lq] = Array.from({ length: 8 }, (__, i) => 15 + 8 * g + i);
  return { x0, x1, x2, x3, hp, lp, hq, lq };
});
const VECTOR_LOCALS = 5 + 8 * GROUPS;

const splat32 = simd(17);
const xor = simd(81);
const ltU = simd(58);
const add32 = simd(174);
const sub32 = simd(177);
const shrU32 = simd(173);
const extmulLowU = simd(222);
const extmulHighU = simd(223);
const addF64 = simd(240);
const mulF64 = simd(242);
const convertLowU = simd(255);
/** The odd 32-bit words (the high halves) of the four 64-bit lanes of two vectors. */
const highWords = shuffle(...range(4, 4), ...range(12, 4), ...range(20, 4), ...range(28, 4));
/** The even 32-bit words (the low halves); cheaper than i32x4.mul, which is slow on x64. */
const lowWords = shuffle(...range(0, 4), ...range(8, 4), ...range(16, 4), ...range(24, 4));
/** Lanes 2 and 3 moved to lanes 0 and 1. */
const upperHalf = shuffle(...range(8, 8), ...range(8, 8));
const store = (offset: number): number[] => simd(11, 4, ...uleb(offset));

const M0 = 0xd2511f53;
const M1 = 0xcd9e8d57;

/** One multiply of a round for four blocks: high and low words of x * m into two locals. */
const products = (x: number, m: number, hi: number, lo: number): number[] => [
  ...get(x),
  ...i32x4(m, m, m, m),
  ...extmulLowU,
  ...set(lo),
  ...get(x),
  ...i32x4(m, m, m, m),
  ...extmulHighU,
  ...set(hi),
  ...get(lo),
  ...get(hi),
  ...highWords,
  ...get(lo),
  ...get(hi),
  ...lowWords,
  ...set(lo),
  ...set(hi),
];
/** x0 = hi(q) ^ x1 ^ key0, x1 = lo(q), x2 = hi(p) ^ x3 ^ key1, x3 = lo(p). */
const mix = ({ x0, x1, x2, x3, hp, lp, hq, lq }: Group): number[] => [
  ...get(hq),
  ...get(x1),
  ...xor,
  ...get(KEY0),
  ...xor,
  ...set(x0),
  ...get(lq),
  ...set(x1),
  ...get(hp),
  ...get(x3),
  ...xor,
  ...get(KEY1),
  ...xor,
  ...set(x2),
  ...get(lp),
  ...set(x3),
];
const round = [
  ...groups.flatMap((g) => [...products(g.x0, M0, g.hp, g.lp), ...products(g.x2, M1, g.hq, g.lq)]),
  ...groups.flatMap(mix),
  ...get(KEY0),
  ...i32x4(0x9e3779b9, 0x9e3779b9, 0x9e3779b9, 0x9e3779b9),
  ...add32,
  ...set(KEY0),
  ...get(KEY1),
  ...i32x4(0xbb67ae85, 0xbb67ae85, 0xbb67ae85, 0xbb67ae85),
  ...add32,
  ...set(KEY1),
  ...get(ROUND),
  ...i32(1),
  0x6b,
  0x22,
  ROUND,
  0x0d,
  0,
];

/**
 * ((hi >>> 5) * 2^26 + (lo >>> 6) + 0.5) * 2^-53 of lanes 0 and 1 (or 2 and 3 with `upper`),
 * exactly as wordsToUniform.
 */
const uniforms = (hi: number, lo: number, upper: boolean): number[] => [
  ...get(hi),
  ...i32(5),
  ...shrU32,
  ...(upper ? [...get(hi), ...i32(5), ...shrU32, ...upperHalf] : []),
  ...convertLowU,
  ...f64x2(67108864),
  ...mulF64,
  ...get(lo),
  ...i32(6),
  ...shrU32,
  ...(upper ? [...get(lo), ...i32(6), ...shrU32, ...upperHalf] : []),
  ...convertLowU,
  ...addF64,
  ...f64x2(0.5),
  ...addF64,
  ...f64x2(1 / 9007199254740992),
  ...mulF64,
];
/** out + 16 i: each block holds two f64. */
const address = [...get(OUT), ...get(I), ...i32(4), 0x74, 0x6a];
/** Blocks 2h and 2h+1: their even uniforms (words 0-1) then their odd ones (words 2-3), interleaved. */
const storeHalf = ({ x0, x1, x2, x3 }: Group, upper: boolean, offset: number): number[] => [
  ...uniforms(x0, x1, upper),
  ...set(A),
  ...uniforms(x2, x3, upper),
  ...set(B),
  ...address,
  ...get(A),
  ...get(B),
  ...shuffle(...range(0, 8), ...range(16, 8)),
  ...store(offset),
  ...address,
  ...get(A),
  ...get(B),
  ...shuffle(...range(8, 8), ...range(24, 8)),
  ...store(offset + 16),
];

function code(): number[] {
  const instructions = [
    // counter = counterHi << 32 | counterLo
    ...get(CTR_HI),
    0xad,
    ...i64(32n),
    0x86,
    ...get(CTR_LO),
    0xad,
    0x84,
    ...set(COUNTER),
    0x02,
    0x40,
    0x03,
    0x40,
    ...get(I),
    ...get(PAIRS),
    0x4f,
    0x0d,
    1,
    // Counter words of each group's blocks: low = c + (0, 1, 2, 3) wrapping, high = c_hi plus the carry.
    ...get(COUNTER),
    0xa7,
    ...splat32,
    ...set(LOW),
    ...groups.flatMap((g, k) => [
      ...get(LOW),
      ...i32x4(4 * k, 4 * k + 1, 4 * k + 2, 4 * k + 3),
      ...add32,
      ...set(g.x0),
      ...get(COUNTER),
      ...i64(32n),
      0x88,
      0xa7,
      ...splat32,
      ...get(g.x0),
      ...get(LOW),
      ...ltU,
      ...sub32,
      ...set(g.x1),
      ...get(STREAM),
      ...splat32,
      ...set(g.x2),
      ...i32x4(0, 0, 0, 0),
      ...set(g.x3),
    ]),
    ...get(K0),
    ...splat32,
    ...set(KEY0),
    ...get(K1),
    ...splat32,
    ...set(KEY1),
    ...i32(10),
    ...set(ROUND),
    0x03,
    0x40,
    ...round,
    0x0b,
    ...groups.flatMap((g, k) => [...storeHalf(g, false, 64 * k), ...storeHalf(g, true, 64 * k + 32)]),
    ...get(COUNTER),
    ...i64(BigInt(BLOCKS_PER_STEP)),
    0x7c,
    ...set(COUNTER),
    ...get(I),
    ...i32(BLOCKS_PER_STEP),
    0x6a,
    ...set(I),
    0x0c,
    0,
    0x0b,
    0x0b,
    0x0b,
  ];
  // Locals: 2 i32 (7-8), 1 i64 (9), then the vectors from 10 on.
  const fn = [3, 2, 0x7f, 1, 0x7e, VECTOR_LOCALS, 0x7b, ...instructions];
  return [1, ...uleb(fn.length), ...fn];
}

function assemble(): Uint8Array {
  const pages = (WASM_CAPACITY * 8) / PAGE + 1;
  return Uint8Array.from([
    ...HEADER,
    ...section(1, [1, 0x60, 7, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0]),
    ...section(3, [1, 0]),
    ...section(5, [1, 0, ...uleb(pages)]),
    ...section(7, [2, ...name('fill'), 0, 0, ...name('memory'), 2, 0]),
    ...section(10, code()),
  ]);
}

type Kernel = {
  fill: (out: number, pairs: number, lo: number, hi: number, stream: number, k0: number, k1: number) => void;
  memory: { buffer: ArrayBuffer };
};
const kernel = instantiate<Kernel>(assemble());

const view = new Float64Array(kernel.memory.buffer, 0, WASM_CAPACITY);

/**
 * The uniforms of `2 * pairs` iterations from block `pair` on (pairs <= WASM_CAPACITY / 2), for
 * key (seed, input) and counter word 2 `stream`; returns a view that the next call overwrites.
 */
export function philoxPairs(seed: number, input: number, stream: number, pair: number, pairs: number): Float64Array {
  // The kernel computes blocks sixteen at a time; the blocks past `pairs` are left unread.
  kernel.fill(0, pairs, (pair % 4294967296) | 0, Math.floor(pair / 4294967296) | 0, stream | 0, seed | 0, input | 0);
  return view.subarray(0, 2 * pairs);
}
