/** Continuous distributions with closed-form quantiles; the inverted ones are in inverted.ts. */
import { normalCdf, normalQuantile } from '../math/normal.js';
import { expColumn, exponentialScoreColumn, normalQuantileColumn } from '../math/vector-math.js';
import { BaseDistribution, type NormalAffine } from './distribution.js';

/**
 * Each closed-form class below repeats the one-line column loops of BaseDistribution: a loop
 * of its own keeps the `this.quantile` call inside it monomorphic, so V8 inlines the formula
 * (the shared loop of the base class sees every type of a model and calls through a lookup).
 */
export abstract class Continuous extends BaseDistribution {
  cdfBelow(x: number): number {
    return this.cdf(x);
  }
  override sfFrom(x: number): number {
    return this.sf(x);
  }
}

export class Normal extends Continuous {
  override readonly normalAffine: NormalAffine;
  constructor(
    private readonly mean: number,
    private readonly sd: number,
  ) {
    super();
    this.normalAffine = { offset: mean, scale: sd, exponential: false, shift: 0 };
  }
  quantile(u: number): number {
    return this.mean + this.sd * normalQuantile(u);
  }
  cdf(x: number): number {
    return normalCdf((x - this.mean) / this.sd);
  }
  override sf(x: number): number {
    return normalCdf((this.mean - x) / this.sd);
  }
  override isf(s: number): number {
    return this.mean - this.sd * normalQuantile(s);
  }
  /** The scores through the vector AS241 (math/vector-math.ts), then the affine map. */
  override sampleColumn(col: Float64Array, m: number): void {
    const mean = this.mean,
      sd = this.sd;
    normalQuantileColumn(col, m);
    for (let i = 0; i < m; i++) col[i] = mean + sd * col[i];
  }
  override sampleNormalColumn(col: Float64Array, m: number): void {
    for (let i = 0; i < m; i++) col[i] = this.quantile(normalCdf(col[i]));
  }
}

export class LogNormal extends Continuous {
  override readonly normalAffine: NormalAffine;
  constructor(
    private readonly mu: number,
    private readonly sigma: number,
  ) {
    super();
    this.normalAffine = { offset: mu, scale: sigma, exponential: true, shift: 0 };
  }
  quantile(u: number): number {
    return Math.exp(this.mu + this.sigma * normalQuantile(u));
  }
  cdf(x: number): number {
    return x <= 0 ? 0 : normalCdf((Math.log(x) - this.mu) / this.sigma);
  }
  override sf(x: number): number {
    return x <= 0 ? 1 : normalCdf((this.mu - Math.log(x)) / this.sigma);
  }
  override isf(s: number): number {
    return Math.exp(this.mu - this.sigma * normalQuantile(s));
  }
  /** The scores through the vector AS241, the exponent column, then the vector exp (math/vector-math.ts). */
  override sampleColumn(col: Float64Array, m: number): void {
    const mu = this.mu,
      sigma = this.sigma;
    normalQuantileColumn(col, m);
    for (let i = 0; i < m; i++) col[i] = mu + sigma * col[i];
    expColumn(col, m);
  }
  override sampleNormalColumn(col: Float64Array, m: number): void {
    for (let i = 0; i < m; i++) col[i] = this.quantile(normalCdf(col[i]));
  }
}

export class Uniform extends Continuous {
  constructor(
    private readonly min: number,
    private readonly max: number,
  ) {
    super();
  }
  quantile(u: number): number {
    return this.min + u * (this.max - this.min);
  }
  cdf(x: number): number {
    return x <= this.min ? 0 : x >= this.max ? 1 : (x - this.min) / (this.max - this.min);
  }
  override sf(x: number): number {
    return x <= this.min ? 1 : x >= this.max ? 0 : (this.max - x) / (this.max - this.min);
  }
  override isf(s: number): number {
    return this.max - s * (this.max - this.min);
  }
  /** Parameters in locals: the same arithmetic as `quantile`, so the same bits, without a call per draw. */
  override sampleColumn(col: Float64Array, m: number): void {
    const min = this.min,
      width = this.max - this.min;
    for (let i = 0; i < m; i++) col[i] = min + col[i] * width;
  }
  override sampleNormalColumn(col: Float64Array, m: number): void {
    for (let i = 0; i < m; i++) col[i] = this.quantile(normalCdf(col[i]));
  }
}

export class Triangular extends Continuous {
  private readonly split: number;
  constructor(
    private readonly min: number,
    private readonly mode: number,
    private readonly max: number,
  ) {
    super();
    this.split = (mode - min) / (max - min);
  }
  quantile(u: number): number {
    const { min, mode, max } = this;
    return u < this.split ? min + Math.sqrt(u * (max - min) * (mode - min)) : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
  }
  cdf(x: number): number {
    const { min, mode, max } = this;
    if (x <= min) return 0;
    if (x >= max) return 1;
    if (x <= mode) return ((x - min) * (x - min)) / ((max - min) * (mode - min));
    return 1 - ((max - x) * (max - x)) / ((max - min) * (max - mode));
  }
  override sf(x: number): number {
    const { min, mode, max } = this;
    if (x <= mode || x <= min) return 1 - this.cdf(x);
    return x >= max ? 0 : ((max - x) * (max - x)) / ((max - min) * (max - mode));
  }
  override isf(s: number): number {
    const { min, mode, max } = this;
    return s <= 1 - this.split ? max - Math.sqrt(s * (max - min) * (max - mode)) : this.quantile(1 - s);
  }
  override sampleColumn(col: Float64Array, m: number): void {
    for (let i = 0; i < m; i++) col[i] = this.quantile(col[i]);
  }
  override sampleNormalColumn(col: Float64Array, m: number): void {
    for (let i = 0; i < m; i++) col[i] = this.quantile(normalCdf(col[i]));
  }
}

export class Exponential extends Continuous {
  constructor(private readonly rate: number) {
    super();
  }
  quantile(u: number): number {
    return -Math.log1p(-u) / this.rate;
  }
  cdf(x: number): number {
    return x <= 0 ? 0 : -Math.expm1(-this.rate * x);
  }
  override sf(x: number): number {
    return x <= 0 ? 1 : Math.exp(-this.rate * x);
  }
  override isf(s: number): number {
    return -Math.log(s) / this.rate;
  }
  /** -log1p(-u) / rate with the vector log1p (math/vector-math.ts), within 1 ulp of Math.log1p. */
  override sampleColumn(col: Float64Array, m: number): void {
    const rate = this.rate;
    exponentialScoreColumn(col, m);
    for (let i = 0; i < m; i++) col[i] /= rate;
  }
  override sampleNormalColumn(col: Float64Array, m: number): void {
    for (let i = 0; i < m; i++) col[i] = this.quantile(normalCdf(col[i]));
  }
}

export class Weibull extends Continuous {
  constructor(
    private readonly shape: number,
    private readonly scale: number,
  ) {
    super();
  }
  quantile(u: number): number {
    return this.scale * (-Math.log1p(-u)) ** (1 / this.shape);
  }
  cdf(x: number): number {
    return x <= 0 ? 0 : -Math.expm1(-((x / this.scale) ** this.shape));
  }
  override sf(x: number): number {
    return x <= 0 ? 1 : Math.exp(-((x / this.scale) ** this.shape));
  }
  override isf(s: number): number {
    return this.scale * (-Math.log(s)) ** (1 / this.shape);
  }
  /**
   * scale * exp(log(-log1p(-u)) / shape): the power through the vector log1p and exp
   * (math/vector-math.ts) and V8's Math.log, which is fast, instead of Math.pow (about 60 ns).
   */
  override sampleColumn(col: Float64Array, m: number): void {
    const shape = this.shape,
      scale = this.scale;
    exponentialScoreColumn(col, m);
    for (let i = 0; i < m; i++) col[i] = Math.log(col[i]) / shape;
    expColumn(col, m);
    for (let i = 0; i < m; i++) col[i] *= scale;
  }
  override sampleNormalColumn(col: Float64Array, m: number): void {
    for (let i = 0; i < m; i++) col[i] = this.quantile(normalCdf(col[i]));
  }
}

export class Logistic extends Continuous {
  constructor(
    private readonly location: number,
    private readonly scale: number,
  ) {
    super();
  }
  quantile(u: number): number {
    return this.location + this.scale * Math.log(u / (1 - u));
  }
  cdf(x: number): number {
    return 1 / (1 + Math.exp(-(x - this.location) / this.scale));
  }
  override sf(x: number): number {
    return 1 / (1 + Math.exp((x - this.location) / this.scale));
  }
  override isf(s: number): number {
    return this.location + this.scale * (Math.log1p(-s) - Math.log(s));
  }
  override sampleColumn(col: Float64Array, m: number): void {
    for (let i = 0; i < m; i++) col[i] = this.quantile(col[i]);
  }
  override sampleNormalColumn(col: Float64Array, m: number): void {
    for (let i = 0; i < m; i++) col[i] = this.quantile(normalCdf(col[i]));
  }
}

export class Pareto extends Continuous {
  constructor(
    private readonly shape: number,
    private readonly scale: number,
  ) {
    super();
  }
  quantile(u: number): number {
    return this.scale * (1 - u) ** (-1 / this.shape);
  }
  cdf(x: number): number {
    return x <= this.scale ? 0 : 1 - (this.scale / x) ** this.shape;
  }
  override sf(x: number): number {
    return x <= this.scale ? 1 : (this.scale / x) ** this.shape;
  }
  override isf(s: number): number {
    return this.scale * s ** (-1 / this.shape);
  }
  override sampleColumn(col: Float64Array, m: number): void {
    for (let i = 0; i < m; i++) col[i] = this.quantile(col[i]);
  }
  override sampleNormalColumn(col: Float64Array, m: number): void {
    for (let i = 0; i < m; i++) col[i] = this.quantile(normalCdf(col[i]));
  }
}
