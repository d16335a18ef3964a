/**
 * Encoders for the engine's small WebAssembly kernels, which are assembled from their opcodes when
 * the module loads (no build step, no binary file in the repository). Only what the kernels use:
 * LEB128 numbers, locals, constants, SIMD instructions (prefix 0xfd) and the module sections.
 */

export function sleb(value: bigint): number[] {
  const bytes: number[] = [];
  let v = value;
  for (;;) {
    const byte = Number(v & 0x7fn);
    v >>= 7n;
    if ((v === 0n && (byte & 0x40) === 0) || (v === -1n && (byte & 0x40) !== 0)) return [...bytes, byte];
    bytes.push(byte | 0x80);
  }
}

export function uleb(n: number): number[] {
  const bytes: number[] = [];
  let v = n >>> 0;
  do {
    let b = v & 0x7f;
    v >>>= 7;
    if (v !== 0) b |= 0x80;
    bytes.push(b);
  } while (v !== 0);
  return bytes;
}

export const get = (i: number): number[] => [0x20, i];
export const set = (i: number): number[] => [0x21, i];
export const i32 = (x: number): number[] => [0x41, ...sleb(BigInt(x | 0))];
export const i64 = (x: bigint): number[] => [0x42, ...sleb(x)];
/** A SIMD instruction: prefix 0xfd, then the opcode as unsigned LEB128. */
export const simd = (op: number, ...immediates: number[]): number[] => [0xfd, ...uleb(op), ...immediates];
const bytesOf = (array: Uint32Array | Float64Array | BigInt64Array): number[] => Array.from(new Uint8Array(array.buffer));
export const i32x4 = (...lanes: number[]): number[] => simd(12, ...bytesOf(Uint32Array.from(lanes)));
/** A v128 constant holding x in both f64 lanes. */
export const f64x2 = (x: number): number[] => simd(12, ...bytesOf(Float64Array.of(x, x)));
/** A v128 constant holding x in both i64 lanes. */
export const i64x2 = (x: bigint): number[] => simd(12, ...bytesOf(BigInt64Array.of(x, x)));
export const shuffle = (...lanes: number[]): number[] => simd(13, ...lanes);
export const range = (from: number, length: number): number[] => Array.from({ length }, (_, i) => from + i);

export function section(id: number, content: number[]): number[] {
  return [id, ...uleb(content.length), ...content];
}

export const name = (s: string): number[] => [s.length, ...Array.from(s, (ch) => ch.charCodeAt(0))];

/** The part of the WebAssembly API used here (the server's TypeScript libs do not declare it). */
type WasmApi = {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports?: object) => { exports: unknown };
};

/** Compiles and instantiates a module synchronously (the kernels are a few KB). */
export function instantiate<Exports>(bytes: Uint8Array, imports: object = {}): Exports {
  const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;
  return new wasm.Instance(new wasm.Module(bytes), imports).exports as Exports;
}

/** The magic number and version that start every module. */
export const HEADER = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
