/**
 * Sorts a Float64Array held in a SharedArrayBuffer with the pool's workers: a range larger
 * than a bucket is partitioned in place around a sample median (by a worker), and the two
 * sides are handled in parallel, down to buckets that a worker sorts. Buckets stay small
 * because V8 sorts a shared typed array through a private copy of it: whole-array sorts
 * would double the memory of a 10M-iteration run. The sorted array is unique, so the result
 * does not depend on how it was split.
 */

/** Largest range sorted in one go: 1M doubles, an 8 MiB private copy inside V8. */
export const SORT_BUCKET = 1 << 20;
const SAMPLE = 1025;

export type ArrayOps = {
  partition: (from: number, to: number) => Promise<number>;
  sort: (from: number, to: number) => Promise<void>;
};

export async function parallelSort(n: number, ops: ArrayOps): Promise<void> {
  const sortRange = async (from: number, to: number): Promise<void> => {
    if (to - from <= SORT_BUCKET) {
      if (to - from > 1) await ops.sort(from, to);
      return;
    }
    const middle = await ops.partition(from, to);
    // A pivot equal to the smallest value leaves one side empty (heavy ties): sort as is.
    if (middle === from || middle === to) await ops.sort(from, to);
    else await Promise.all([sortRange(from, middle), sortRange(middle, to)]);
  };
  await sortRange(0, n);
}

/**
 * Moves the values below the sample median of [from, to) to its front and returns where
 * the rest begins. NaN never compares below the pivot, so it always moves right.
 */
export function partitionAroundMedian(a: Float64Array, from: number, to: number): number {
  const sample = new Float64Array(SAMPLE);
  for (let i = 0; i < SAMPLE; i++) sample[i] = a[from + Math.floor(((to - from) * i) / SAMPLE)];
  const pivot = sample.sort()[SAMPLE >> 1];
  let i = from, j = to - 1;
  for (;;) {
    while (i <= j && a[i] < pivot) i++;
    while (i <= j && !(a[j] < pivot)) j--;
    if (i >= j) return i;
    const t = a[i]; a[i] = a[j]; a[j] = t;
    i++; j--;
  }
}
