/**
 * A univariate distribution sampled by inverse CDF. `cdfBelow(x)` is P(X < x) and only
 * differs from `cdf(x)` = P(X <= x) for discrete distributions; truncation needs both.
 */
export interface Distribution {
  quantile(u: number): number;
  cdf(x: number): number;
  cdfBelow(x: number): number;
  /** Set when the value is `offset + scale * z` (or its exponential) of a standard normal z:
   * the Gaussian copula then skips the round trip through the normal CDF. */
  readonly normalAffine: NormalAffine | null;
}

export type NormalAffine = { offset: number; scale: number; exponential: boolean; shift: number };

/** Finite support given by sorted values and their cumulative probabilities. */
export class TableDistribution implements Distribution {
  readonly normalAffine = null;
  private readonly values: Float64Array;
  private readonly cumulative: Float64Array;

  constructor(values: Float64Array, cumulative: Float64Array) {
    this.values = values;
    this.cumulative = cumulative;
    // The last cumulative probability must be exactly 1 so every u in (0, 1) finds a value.
    cumulative[cumulative.length - 1] = 1;
  }

  quantile(u: number): number {
    const c = this.cumulative;
    let lo = 0, hi = c.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (c[mid] >= u) hi = mid; else lo = mid + 1;
    }
    return this.values[lo];
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
export class PiecewiseLinearDistribution implements Distribution {
  readonly normalAffine = null;
  private readonly xs: Float64Array;
  private readonly ps: Float64Array;

  constructor(xs: Float64Array, ps: Float64Array) {
    this.xs = xs;
    this.ps = ps;
  }

  quantile(u: number): number {
    const p = this.ps;
    let lo = 1, hi = p.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (p[mid] >= u) hi = mid; else lo = mid + 1;
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
    const x0 = xs[k - 1], x1 = xs[k];
    return this.ps[k - 1] + ((x - x0) / (x1 - x0)) * (this.ps[k] - this.ps[k - 1]);
  }

  cdfBelow(x: number): number {
    return this.cdf(x);
  }
}

/** Restricts a distribution to [min, max] by sampling its quantile on [F(min-), F(max)]. */
export class TruncatedDistribution implements Distribution {
  readonly normalAffine = null;
  private readonly base: Distribution;
  private readonly min: number;
  private readonly max: number;
  private readonly pLow: number;
  private readonly pWidth: number;

  constructor(base: Distribution, min: number, max: number) {
    this.base = base;
    this.min = min;
    this.max = max;
    this.pLow = base.cdfBelow(min);
    this.pWidth = base.cdf(max) - this.pLow;
  }

  /** Probability mass the truncation keeps; zero means the range is empty. */
  get mass(): number {
    return this.pWidth;
  }

  quantile(u: number): number {
    const x = this.base.quantile(this.pLow + u * this.pWidth);
    // Rounding in F and its inverse can step just outside the range; clamp it back.
    return x < this.min ? this.min : x > this.max ? this.max : x;
  }

  cdf(x: number): number {
    if (x < this.min) return 0;
    if (x >= this.max) return 1;
    return (this.base.cdf(x) - this.pLow) / this.pWidth;
  }

  cdfBelow(x: number): number {
    if (x <= this.min) return 0;
    if (x > this.max) return 1;
    return (this.base.cdfBelow(x) - this.pLow) / this.pWidth;
  }
}

/** Adds a constant to every value. */
export class ShiftedDistribution implements Distribution {
  readonly normalAffine: NormalAffine | null;
  private readonly base: Distribution;
  private readonly shift: number;

  constructor(base: Distribution, shift: number) {
    this.base = base;
    this.shift = shift;
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
}

/** First index whose value is > x. */
export function upperBound(sorted: ArrayLike<number>, x: number): number {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= x) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** First index whose value is >= x. */
export function lowerBound(sorted: ArrayLike<number>, x: number): number {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1; else hi = mid;
  }
  return lo;
}
