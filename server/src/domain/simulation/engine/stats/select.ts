/**
 * In-place selection and sorting of Float64Array ranges that hold no NaN. Written by hand
 * because V8 sorts a typed array on a SharedArrayBuffer through a private copy (8 bytes per
 * value), and because exact statistics only need a few order statistics, not a full sort:
 * selecting k ranks costs O(n log k) instead of O(n log n), as NumPy's percentile does.
 */

/** Ranges this short are finished by insertion sort. */
const SMALL = 24;

/** Places the order statistic of every rank in `ranks` (any order, within [from, to)) at its index. */
export function selectRanks(a: Float64Array, from: number, to: number, ranks: number[]): void {
  const sorted = [...new Set(ranks)].sort((x, y) => x - y);
  select(a, from, to, sorted, 0, sorted.length, depthLimit(to - from));
}

/** Sorts a[from, to) ascending in place (introsort: quicksort, heapsort when it degenerates). */
export function sortRange(a: Float64Array, from: number, to: number): void {
  sortWithin(a, from, to, depthLimit(to - from));
}

function depthLimit(n: number): number {
  return 2 * Math.ceil(Math.log2(n + 1)) + 8;
}

/** ranks[rlo, rhi) are sorted and lie in [from, to). Loops on the right part, recurses on the left. */
function select(a: Float64Array, from: number, to: number, ranks: number[], rlo: number, rhi: number, depth: number): void {
  while (rlo < rhi) {
    if (to - from <= SMALL) {
      insertionSort(a, from, to);
      return;
    }
    if (depth-- === 0) {
      sortWithin(a, from, to, 0);
      return;
    }
    const split = partition(a, from, to);
    let m = rlo;
    while (m < rhi && ranks[m] < split) m++;
    select(a, from, split, ranks, rlo, m, depth);
    from = split;
    rlo = m;
  }
}

function sortWithin(a: Float64Array, from: number, to: number, depth: number): void {
  while (to - from > SMALL) {
    if (depth-- <= 0) {
      heapSort(a, from, to);
      return;
    }
    const split = partition(a, from, to);
    // Recurse on the smaller side so the stack stays O(log n).
    if (split - from < to - split) {
      sortWithin(a, from, split, depth);
      from = split;
    } else {
      sortWithin(a, split, to, depth);
      to = split;
    }
  }
  insertionSort(a, from, to);
}

/**
 * Hoare partition around the median of three values, moved to `from` first: that guarantees
 * both sides are non-empty. Afterwards a[from, split) <= pivot <= a[split, to). Equal values
 * stop both scans, so heavy ties still split evenly.
 */
function partition(a: Float64Array, from: number, to: number): number {
  const mid = from + ((to - from) >>> 1),
    last = to - 1;
  let m = mid;
  const x = a[from],
    y = a[mid],
    z = a[last];
  if (x < y) m = y < z ? mid : x < z ? last : from;
  else m = x < z ? from : y < z ? last : mid;
  const pivot = a[m];
  a[m] = a[from];
  a[from] = pivot;
  let i = from - 1,
    j = to;
  for (;;) {
    do i++;
    while (a[i] < pivot);
    do j--;
    while (a[j] > pivot);
    if (i >= j) return j + 1;
    const t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
}

function insertionSort(a: Float64Array, from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const v = a[i];
    let j = i - 1;
    while (j >= from && a[j] > v) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = v;
  }
}

function heapSort(a: Float64Array, from: number, to: number): void {
  const n = to - from;
  for (let i = (n >>> 1) - 1; i >= 0; i--) siftDown(a, from, i, n);
  for (let end = n - 1; end > 0; end--) {
    const t = a[from];
    a[from] = a[from + end];
    a[from + end] = t;
    siftDown(a, from, 0, end);
  }
}

function siftDown(a: Float64Array, base: number, root: number, n: number): void {
  const v = a[base + root];
  for (;;) {
    let child = 2 * root + 1;
    if (child >= n) break;
    if (child + 1 < n && a[base + child + 1] > a[base + child]) child++;
    if (!(a[base + child] > v)) break;
    a[base + root] = a[base + child];
    root = child;
  }
  a[base + root] = v;
}
