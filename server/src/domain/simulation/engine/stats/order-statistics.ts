/**
 * The statistics that depend on the order of an output's values, computed without sorting it:
 * counting passes for the histogram, CDF points and P(X > t), and selection of the ranks the
 * percentiles and VaR read. The numbers are identical to those read off the fully sorted
 * array by `sortedStatistics` (the tests compare them bit for bit): every value comes from the
 * same order statistics, the counts are integers, and CVaR sums its tail in ascending order
 * after sorting only that tail.
 */
import type { StatisticsOptions } from '../compile-options.js';
import type { OutputStatistics } from '../result.js';
import { selectRanks, sortRange } from './select.js';
import { cdfAt, exceedance, histogram, histogramEdges, percentile, valueAtRisk } from './summary.js';

export type OrderStatistics = Pick<OutputStatistics, 'min' | 'max' | 'percentiles' | 'histogram' | 'cdf' | 'valueAtRisk' | 'exceedance'>;

/** The reference: statistics read off the sorted values, NaN left out and infinities in their place. */
export function sortedStatistics(sorted: Float64Array, stats: StatisticsOptions): OrderStatistics {
  const n = sorted.length;
  const hist = histogram(sorted, stats.histogramBins);
  return {
    min: n ? sorted[0] : NaN,
    max: n ? sorted[n - 1] : NaN,
    percentiles: stats.percentiles.map((p) => ({ percentile: p, value: percentile(sorted, p) })),
    histogram: hist,
    cdf: cdfAt(sorted, hist.edges),
    valueAtRisk: stats.varLevels.map((level) => valueAtRisk(sorted, level)),
    exceedance: stats.targets.map((target) => ({ target, probability: exceedance(sorted, target) })),
  };
}

/**
 * Same result as `sortedStatistics` of the sorted values without NaN; reorders `values` in place.
 * Infinities take part in every order statistic (a loss of +Infinity is the worst loss, not a
 * missing one); only the histogram, over the finite range, leaves them out of its bins.
 */
export function orderStatistics(values: Float64Array, stats: StatisticsOptions): OrderStatistics {
  const n = moveNumbersFirst(values);
  const x = values.subarray(0, n);
  let min = Infinity,
    max = -Infinity,
    finiteMin = Infinity,
    finiteMax = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = x[i];
    if (v < min) min = v;
    if (v > max) max = v;
    if (v - v === 0) {
      if (v < finiteMin) finiteMin = v;
      if (v > finiteMax) finiteMax = v;
    }
  }
  // Nothing finite: the histogram is empty and the rest is a handful of infinities, so sort.
  if (!(finiteMin <= finiteMax)) {
    sortRange(x, 0, n);
    return sortedStatistics(x, stats);
  }
  const edges = histogramEdges(finiteMin, finiteMax, stats.histogramBins);
  // The counting pass relies on ascending edges; rounding could only break that in
  // degenerate ranges, where sorting everything is cheap enough and obviously exact.
  for (let b = 1; b < edges.length; b++) {
    if (!(edges[b] >= edges[b - 1])) {
      sortRange(x, 0, n);
      return sortedStatistics(x, stats);
    }
  }
  const counts = countPass(x, edges, stats.targets);
  const ranks: number[] = [];
  const rankOf = (p: number): number => Math.min(Math.floor(((n - 1) * p) / 100), n - 1);
  for (const p of [...stats.percentiles, ...stats.varLevels.map((l) => l * 100)]) {
    const lo = rankOf(p);
    ranks.push(lo, Math.min(lo + 1, n - 1));
  }
  selectRanks(x, 0, n, ranks);
  return {
    min,
    max,
    // `percentile` reads only the two ranks around p, which selection has put in place.
    percentiles: stats.percentiles.map((p) => ({ percentile: p, value: percentile(x, p) })),
    histogram: { edges, counts: counts.histogram },
    cdf: edges.map((value, b) => ({ value, probability: counts.atMost[b] / n })),
    valueAtRisk: conditionalTails(x, stats.varLevels, rankOf),
    exceedance: stats.targets.map((target, t) => ({ target, probability: counts.above[t] / n })),
  };
}

/** Moves the values that are not NaN to the front (in any order) and returns how many there are. */
function moveNumbersFirst(a: Float64Array): number {
  let w = 0;
  for (let i = 0; i < a.length; i++) {
    const v = a[i];
    if (v === v) {
      a[i] = a[w];
      a[w++] = v;
    }
  }
  return w;
}

/**
 * One pass: for each value, the number g of edges <= it (a guess from the bin width, then
 * corrected against the edges themselves, so rounding cannot misplace a value), whether it
 * equals edge g-1, and how many targets lie below it.
 */
function countPass(x: Float64Array, edges: number[], targets: number[]): { histogram: number[]; atMost: number[]; above: number[] } {
  const e = Float64Array.from(edges);
  const bins = e.length - 1,
    lo = e[0],
    scale = bins / (e[bins] - lo);
  const byEdgeCount = new Float64Array(bins + 2),
    equal = new Float64Array(bins + 1);
  const order = targets.map((_, t) => t).sort((s, t) => targets[s] - targets[t]);
  const sortedTargets = Float64Array.from(order, (t) => targets[t]);
  const belowTargets = new Float64Array(sortedTargets.length + 1);
  const k = sortedTargets.length;
  let positiveInfinite = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    let g = Math.floor((v - lo) * scale) + 1;
    if (!(g >= 0)) g = 0;
    else if (g > bins + 1) g = bins + 1;
    while (g <= bins && e[g] <= v) g++;
    while (g > 0 && e[g - 1] > v) g--;
    byEdgeCount[g]++;
    if (v === Infinity) positiveInfinite++;
    if (g > 0 && e[g - 1] === v) equal[g - 1]++;
    if (k > 0) {
      let a = 0,
        b = k;
      while (a < b) {
        const mid = (a + b) >>> 1;
        if (sortedTargets[mid] < v) a = mid + 1;
        else b = mid;
      }
      belowTargets[a]++;
    }
  }
  // below[b] = #{x < edges[b]} = #{x with at most b edges <= x}.
  const below: number[] = [];
  let running = 0;
  for (let b = 0; b <= bins; b++) {
    running += byEdgeCount[b];
    below.push(running);
  }
  // The last bin is closed: everything up to the finite maximum, so all but +Infinity.
  const histogram = Array.from({ length: bins }, (_, b) => (b === bins - 1 ? x.length - positiveInfinite : below[b + 1]) - below[b]);
  // Values equal to a repeated edge were counted on its last copy.
  const atMost = edges.map((edge, b) => {
    let last = b;
    while (last < bins && e[last + 1] === edge) last++;
    return below[b] + equal[last];
  });
  // #{x > target_j} = #{x with more than j targets below}, for target j in sorted order.
  const above = new Array<number>(k).fill(0);
  let more = x.length;
  for (let j = 0; j < k; j++) {
    more -= belowTargets[j];
    above[order[j]] = more;
  }
  return { histogram, atMost, above };
}

/**
 * VaR and CVaR. Sorts only the tail above the lowest level's lower rank S (the rest of x is
 * <= x[S] after selection) and sums each tail in ascending order, as the sorted array would.
 */
function conditionalTails(x: Float64Array, levels: number[], rankOf: (p: number) => number): OrderStatistics['valueAtRisk'] {
  const n = x.length;
  if (levels.length === 0) return [];
  const s = Math.min(...levels.map((l) => rankOf(l * 100)));
  sortRange(x, s + 1, n);
  return levels.map((level) => {
    const value = percentile(x, level * 100);
    // Only an overflowing interpolation (NaN) can fall outside [x[s], max]: sort and read it off.
    if (!(value >= x[s])) {
      sortRange(x, 0, n);
      return valueAtRisk(x, level);
    }
    let from: number,
      sum = 0;
    if (value === x[s]) {
      let equal = 0;
      for (let i = 0; i < s; i++) if (x[i] === value) equal++;
      from = s - equal;
      for (let i = 0; i < equal; i++) sum += value;
      for (let i = s; i < n; i++) sum += x[i];
    } else {
      let a = s,
        b = n;
      while (a < b) {
        const mid = (a + b) >>> 1;
        if (x[mid] < value) a = mid + 1;
        else b = mid;
      }
      from = a;
      for (let i = from; i < n; i++) sum += x[i];
    }
    return { level, value, conditional: n > from ? sum / (n - from) : value };
  });
}
