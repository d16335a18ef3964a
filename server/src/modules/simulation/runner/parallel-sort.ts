/**
 * Sorts a Float64Array held in a SharedArrayBuffer with several workers: the main thread
 * partitions it in place around sample quantiles (a linear pass), then every bucket is
 * sorted by a worker. The sorted array is unique, so the result does not depend on the
 * number of buckets: -0 and +0, and NaN (which never compares below a pivot), always land
 * in the same bucket.
 */

const SAMPLE = 1024;
const MIN_PARALLEL = 1 << 17;

type SortSlice = (from: number, to: number) => Promise<void>;

export async function parallelSort(buffer: SharedArrayBuffer, n: number, parts: number, sortSlice: SortSlice): Promise<void> {
  if (parts <= 1 || n < MIN_PARALLEL) {
    await sortSlice(0, n);
    return;
  }
  const a = new Float64Array(buffer, 0, n);
  const slices: [number, number][] = [];
  split(a, 0, n, parts, slices);
  await Promise.all(slices.filter(([from, to]) => to - from > 1).map(([from, to]) => sortSlice(from, to)));
}

function split(a: Float64Array, from: number, to: number, parts: number, out: [number, number][]): void {
  if (parts === 1 || to - from < 2) {
    out.push([from, to]);
    return;
  }
  const left = Math.floor(parts / 2);
  const sample = new Float64Array(SAMPLE);
  for (let i = 0; i < SAMPLE; i++) sample[i] = a[from + Math.floor(((to - from) * i) / SAMPLE)];
  sample.sort();
  const pivot = sample[Math.floor((SAMPLE * left) / parts)];
  const middle = partition(a, from, to, pivot);
  split(a, from, middle, left, out);
  split(a, middle, to, parts - left, out);
}

/** Moves the values below `pivot` to the front of [from, to); returns where the rest begins. */
function partition(a: Float64Array, from: number, to: number, pivot: number): number {
  let i = from, j = to - 1;
  for (;;) {
    while (i <= j && a[i] < pivot) i++;
    while (i <= j && !(a[j] < pivot)) j--;
    if (i >= j) return i;
    const t = a[i]; a[i] = a[j]; a[j] = t;
    i++; j--;
  }
}
