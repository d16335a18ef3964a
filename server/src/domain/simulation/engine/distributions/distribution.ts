import { normalCdf } from '../math/normal.js';

/**
 * A univariate distribution sampled by inverse CDF. `cdfBelow(x)` is P(X < x) and only
 * differs from `cdf(x)` = P(X <= x) for discrete distributions; truncation needs both, and
 * their complements `sf` = P(X > x) and `sfFrom` = P(X >= x) with the inverse survival
 * function `isf`, which keep their precision deep in the upper tail where 1 - cdf rounds to 0.
 */
export interface Distribution {
  quantile(u: number): number;
  cdf(x: number): number;
  cdfBelow(x: number): number;
  sf(x: number): number;
  sfFrom(x: number): number;
  isf(s: number): number;
  /** In place: uniforms in (0, 1) to values, as `quantile` or a faster equivalent (see normal-score-table.ts). */
  sampleColumn(col: Float64Array, m: number): void;
  /** In place: standard normal scores to values, as `quantile(Phi(z))` or a faster equivalent. */
  sampleNormalColumn(col: Float64Array, m: number): void;
  /** Set when the value is `offset + scale * z` (or its exponential) of a standard normal z:
   * the Gaussian copula then skips the round trip through the normal CDF. */
  readonly normalAffine: NormalAffine | null;
}

export type NormalAffine = { offset: number; scale: number; exponential: boolean; shift: number };

/** The generic parts: complements of the CDF and column sampling through the scalar quantile. */
export abstract class BaseDistribution implements Distribution {
  readonly normalAffine: NormalAffine | null = null;
  abstract quantile(u: number): number;
  abstract cdf(x: number): number;
  abstract cdfBelow(x: number): number;
  sf(x: number): number {
    return 1 - this.cdf(x);
  }
  sfFrom(x: number): number {
    return 1 - this.cdfBelow(x);
  }
  isf(s: number): number {
    return this.quantile(1 - s);
  }
  sampleColumn(col: Float64Array, m: number): void {
    for (let i = 0; i < m; i++) col[i] = this.quantile(col[i]);
  }
  sampleNormalColumn(col: Float64Array, m: number): void {
    for (let i = 0; i < m; i++) col[i] = this.quantile(normalCdf(col[i]));
  }
}

/** Finite support given by sorted values and their cumulative probabilities. */
export class TableDistribution extends BaseDistribution {
  private guide: Int32Array | null = null;
  private readonly values: Float64Array;
  private readonly cumulative: Float64Array;

  constructor(values: Float64Array, cumulative: Float64Array) {
    super();
    this.values = values;
    this.cumulative = cumulative;
    // The last cumulative probability must be exactly 1 so every u in (0, 1) finds a value.
    cumulative[cumulative.length - 1] = 1;
  }

  quantile(u: number): number {
    const c = this.cumulative;
    let lo = 0,
      hi = c.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (c[mid] >= u) hi = mid;
      else lo = mid + 1;
    }
    return this.values[lo];
  }

  /**
   * The same first index with c[j] >= u as `quantile`, through a guide table (Chen and Asau,
   * 1974) over cells [k / size, (k + 1) / size) with size a power of two, so k = floor(u * size)
   * is exact. A cell that holds no cumulative probability maps all its u to one index, stored
   * as is; those are read without a comparison (no branch on the drawn value, which the CPU
   * would mispredict). Other cells store the bitwise complement of their first candidate, and
   * a short scan settles them. With at least 8 cells per entry almost all cells are clean.
   */
  override sampleColumn(col: Float64Array, m: number): void {
    const c = this.cumulative,
      values = this.values,
      last = c.length - 1;
    this.guide ??= buildGuide(c);
    const guide = this.guide,
      size = guide.length;
    for (let i = 0; i < m; i++) {
      const u = col[i];
      const k = Math.floor(u * size);
      const g = k < size ? guide[k] : ~last;
      if (g >= 0) {
        col[i] = values[g];
        continue;
      }
      let j = ~g;
      // Truncation can hand over u = 1 exactly, whose cell lies past the table.
      while (j > 0 && c[j - 1] >= u) j--;
      while (j < last && c[j] < u) j++;
      col[i] = values[j];
    }
  }

  cdf(x: number): number {
    const k = upperBound(this.values, x);
    return k === 0 ? 0 : this.cumulative[k - 1];
  }

  cdfBelow(x: number): number {
    const k = lowerBound(this.values, x);
    return k === 0 ? 0 : this.cumulative[k - 1];
  }
}

/** Piecewise-linear CDF through (values[k], cdf[k]): histograms and CDF tables. */
export class PiecewiseLinearDistribution extends BaseDistribution {
  private readonly xs: Float64Array;
  private readonly ps: Float64Array;

  constructor(xs: Float64Array, ps: Float64Array) {
    super();
    this.xs = xs;
    this.ps = ps;
  }

  quantile(u: number): number {
    const p = this.ps;
    let lo = 1,
      hi = p.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (p[mid] >= u) hi = mid;
      else lo = mid + 1;
    }
    const width = p[lo] - p[lo - 1];
    const x0 = this.xs[lo - 1];
    return width > 0 ? x0 + ((u - p[lo - 1]) / width) * (this.xs[lo] - x0) : x0;
  }

  cdf(x: number): number {
    const xs = this.xs;
    if (x <= xs[0]) return 0;
    if (x >= xs[xs.length - 1]) return 1;
    const k = upperBound(xs, x);
    const x0 = xs[k - 1],
      x1 = xs[k];
    return this.ps[k - 1] + ((x - x0) / (x1 - x0)) * (this.ps[k] - this.ps[k - 1]);
  }

  cdfBelow(x: number): number {
    return this.cdf(x);
  }

  /** A loop of its own keeps the quantile call monomorphic (see continuous.ts). */
  override sampleColumn(col: Float64Array, m: number): void {
    for (let i = 0; i < m; i++) col[i] = this.quantile(col[i]);
  }
}

/**
 * Restricts a distribution to [min, max] by sampling its quantile on [F(min-), F(max)]. When
 * the range starts in the upper half (F(min-) > 1/2) it samples the inverse survival function
 * on [S(max), S(min-)] instead: 1 - F rounds to 0 beyond about 8 standard deviations, S does not.
 */
export class TruncatedDistribution extends BaseDistribution {
  private readonly upper: boolean;
  /** F(min-) in the lower form; S(min-) = P(X >= min) in the upper form. */
  private readonly pLow: number;
  private readonly pWidth: number;

  constructor(
    private readonly base: Distribution,
    private readonly min: number,
    private readonly max: number,
  ) {
    super();
    const below = base.cdfBelow(min);
    this.upper = below > 0.5;
    this.pLow = this.upper ? base.sfFrom(min) : below;
    this.pWidth = this.upper ? this.pLow - base.sf(max) : base.cdf(max) - below;
  }

  /** Probability mass the truncation keeps; zero means the range is empty. */
  get mass(): number {
    return this.pWidth;
  }

  quantile(u: number): number {
    const x = this.upper ? this.base.isf(this.pLow - u * this.pWidth) : this.base.quantile(this.pLow + u * this.pWidth);
    return this.clamp(x);
  }

  /** Rounding in F and its inverse can step just outside the range; clamp it back. */
  private clamp(x: number): number {
    return x < this.min ? this.min : Math.min(x, this.max);
  }

  cdf(x: number): number {
    if (x < this.min) return 0;
    if (x >= this.max) return 1;
    return (this.upper ? this.pLow - this.base.sf(x) : this.base.cdf(x) - this.pLow) / this.pWidth;
  }

  cdfBelow(x: number): number {
    if (x <= this.min) return 0;
    if (x > this.max) return 1;
    return (this.upper ? this.pLow - this.base.sfFrom(x) : this.base.cdfBelow(x) - this.pLow) / this.pWidth;
  }

  override sampleColumn(col: Float64Array, m: number): void {
    if (this.upper) {
      for (let i = 0; i < m; i++) col[i] = this.quantile(col[i]);
      return;
    }
    const low = this.pLow,
      width = this.pWidth;
    for (let i = 0; i < m; i++) col[i] = low + col[i] * width;
    this.base.sampleColumn(col, m);
    for (let i = 0; i < m; i++) col[i] = this.clamp(col[i]);
  }

  override sampleNormalColumn(col: Float64Array, m: number): void {
    for (let i = 0; i < m; i++) col[i] = normalCdf(col[i]);
    this.sampleColumn(col, m);
  }
}

/** Adds a constant to every value. */
export class ShiftedDistribution extends BaseDistribution {
  override readonly normalAffine: NormalAffine | null;

  constructor(
    private readonly base: Distribution,
    private readonly shift: number,
  ) {
    super();
    const affine = base.normalAffine;
    this.normalAffine = affine === null ? null : { ...affine, shift: affine.shift + shift };
  }

  quantile(u: number): number {
    return this.base.quantile(u) + this.shift;
  }
  cdf(x: number): number {
    return this.base.cdf(x - this.shift);
  }
  cdfBelow(x: number): number {
    return this.base.cdfBelow(x - this.shift);
  }
  override sf(x: number): number {
    return this.base.sf(x - this.shift);
  }
  override sfFrom(x: number): number {
    return this.base.sfFrom(x - this.shift);
  }
  override isf(s: number): number {
    return this.base.isf(s) + this.shift;
  }

  override sampleColumn(col: Float64Array, m: number): void {
    this.base.sampleColumn(col, m);
    for (let i = 0; i < m; i++) col[i] += this.shift;
  }

  override sampleNormalColumn(col: Float64Array, m: number): void {
    this.base.sampleNormalColumn(col, m);
    for (let i = 0; i < m; i++) col[i] += this.shift;
  }
}

/** Cells per table entry, and the bounds of the guide's size (a power of two). */
const CELLS_PER_ENTRY = 8;
const MIN_GUIDE = 4096;
const MAX_GUIDE = 1 << 20;

/**
 * guide[k] = j, the first index with cumulative[j] >= k / size, when no cumulative value lies
 * in the cell [k / size, (k + 1) / size) (then every u of the cell maps to j); otherwise ~j.
 */
function buildGuide(cumulative: Float64Array): Int32Array {
  let size = MIN_GUIDE;
  while (size < CELLS_PER_ENTRY * cumulative.length && size < MAX_GUIDE) size *= 2;
  const guide = new Int32Array(size);
  let j = 0;
  for (let k = 0; k < size; k++) {
    while (j < cumulative.length - 1 && cumulative[j] < k / size) j++;
    guide[k] = cumulative[j] >= (k + 1) / size ? j : ~j;
  }
  return guide;
}

/** First index whose value is > x. */
export function upperBound(sorted: ArrayLike<number>, x: number): number {
  let lo = 0,
    hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose value is >= x. */
export function lowerBound(sorted: ArrayLike<number>, x: number): number {
  let lo = 0,
    hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
