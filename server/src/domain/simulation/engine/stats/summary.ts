/** Statistics read off the sorted values of an output (NaN left out, infinities in order). */
import { lowerBound, upperBound } from '../distributions/distribution.js';

/** NumPy's default (method='linear') percentile of sorted data, p in [0, 100]. */
export function percentile(sorted: Float64Array, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = ((n - 1) * p) / 100;
  const lo = Math.floor(h);
  if (lo >= n - 1) return sorted[n - 1];
  const t = h - lo,
    a = sorted[lo],
    b = sorted[lo + 1];
  // Between an infinity and anything else, any weight on the infinity gives the infinity
  // (the interpolation formula would give NaN from inf - inf or inf * 0).
  if (!(Number.isFinite(a) && Number.isFinite(b))) return t === 0 || a === b ? a : b === Infinity || a !== -Infinity ? b : a;
  // NumPy's _lerp: interpolate from the nearer end so the result is monotone in p.
  return t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t;
}

/**
 * NumPy's edges over the finite range [lo, hi]. When hi - lo overflows (NORMAL with sd 1e308)
 * each edge is a convex combination of lo and hi instead, whose terms cannot overflow.
 */
export function histogramEdges(min: number, max: number, bins: number): number[] {
  let lo = min,
    hi = max;
  if (lo === hi) {
    lo -= 0.5;
    hi += 0.5;
  }
  const step = (hi - lo) / bins;
  if (Number.isFinite(step)) return Array.from({ length: bins + 1 }, (_, i) => (i === bins ? hi : i * step + lo));
  return Array.from({ length: bins + 1 }, (_, i) => (i === bins ? hi : lo * (1 - i / bins) + hi * (i / bins)));
}

/** Equal-width histogram of the finite values with NumPy's edges (last bin closed); infinities are in no bin. */
export function histogram(sorted: Float64Array, bins: number): { edges: number[]; counts: number[] } {
  const first = upperBound(sorted, -Infinity),
    end = lowerBound(sorted, Infinity);
  if (first >= end) return { edges: [], counts: [] };
  const edges = histogramEdges(sorted[first], sorted[end - 1], bins);
  const below = edges.map((e) => lowerBound(sorted, e));
  const counts = Array.from({ length: bins }, (_, b) => (b === bins - 1 ? end : below[b + 1]) - below[b]);
  return { edges, counts };
}

/** P(X <= x) at each given point. */
export function cdfAt(sorted: Float64Array, points: number[]): { value: number; probability: number }[] {
  return points.map((value) => ({ value, probability: sorted.length ? upperBound(sorted, value) / sorted.length : NaN }));
}

/** P(X > target). */
export function exceedance(sorted: Float64Array, target: number): number {
  return sorted.length ? (sorted.length - upperBound(sorted, target)) / sorted.length : NaN;
}

/**
 * Value at risk at `level` is the level-quantile of the output, read as a loss (high is bad);
 * CVaR is the mean of the values at or above it.
 */
export function valueAtRisk(sorted: Float64Array, level: number): { level: number; value: number; conditional: number } {
  const value = percentile(sorted, level * 100);
  const from = lowerBound(sorted, value);
  let sum = 0;
  for (let i = from; i < sorted.length; i++) sum += sorted[i];
  return { level, value, conditional: sorted.length > from ? sum / (sorted.length - from) : value };
}
