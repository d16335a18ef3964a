/**
 * Process-wide spare output buffers. A 10M-iteration output is an 80 MB SharedArrayBuffer;
 * the main isolate's small heap rarely triggers a GC that frees it, so back-to-back runs would
 * hold several. Recycling them bounds the memory of repeated runs.
 */
const MAX_SPARE = 4;
const spare: SharedArrayBuffer[] = [];

/** A buffer of at least `bytes`, reusing the smallest spare one that fits. */
export function takeBuffer(bytes: number): SharedArrayBuffer {
  let best = -1;
  spare.forEach((b, i) => {
    if (b.byteLength >= bytes && (best < 0 || b.byteLength < spare[best].byteLength)) best = i;
  });
  if (best < 0) return new SharedArrayBuffer(bytes);
  return spare.splice(best, 1)[0];
}

/** Returns buffers no worker writes to any more; the largest ones are kept. */
export function returnBuffers(buffers: SharedArrayBuffer[]): void {
  spare.push(...buffers);
  spare.sort((a, b) => b.byteLength - a.byteLength);
  spare.length = Math.min(spare.length, MAX_SPARE);
}
