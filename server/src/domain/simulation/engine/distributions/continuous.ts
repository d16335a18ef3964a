/** Continuous distributions with closed-form or numerically inverted quantiles. */
import { betaInverse, betaRegularized, gammaPInverse, gammaPQ } from '../math/gamma-beta.js';
import { normalCdf, normalQuantile } from '../math/normal.js';
import type { Distribution, NormalAffine } from './distribution.js';

abstract class Continuous implements Distribution {
  readonly normalAffine: NormalAffine | null = null;
  abstract quantile(u: number): number;
  abstract cdf(x: number): number;
  cdfBelow(x: number): number {
    return this.cdf(x);
  }
}

export class Normal extends Continuous {
  override readonly normalAffine: NormalAffine;
  constructor(private readonly mean: number, private readonly sd: number) {
    super();
    this.normalAffine = { offset: mean, scale: sd, exponential: false, shift: 0 };
  }
  quantile(u: number): number { return this.mean + this.sd * normalQuantile(u); }
  cdf(x: number): number { return normalCdf((x - this.mean) / this.sd); }
}

export class LogNormal extends Continuous {
  override readonly normalAffine: NormalAffine;
  constructor(private readonly mu: number, private readonly sigma: number) {
    super();
    this.normalAffine = { offset: mu, scale: sigma, exponential: true, shift: 0 };
  }
  quantile(u: number): number { return Math.exp(this.mu + this.sigma * normalQuantile(u)); }
  cdf(x: number): number { return x <= 0 ? 0 : normalCdf((Math.log(x) - this.mu) / this.sigma); }
}

export class Uniform extends Continuous {
  constructor(private readonly min: number, private readonly max: number) { super(); }
  quantile(u: number): number { return this.min + u * (this.max - this.min); }
  cdf(x: number): number {
    return x <= this.min ? 0 : x >= this.max ? 1 : (x - this.min) / (this.max - this.min);
  }
}

export class Triangular extends Continuous {
  private readonly split: number;
  constructor(private readonly min: number, private readonly mode: number, private readonly max: number) {
    super();
    this.split = (mode - min) / (max - min);
  }
  quantile(u: number): number {
    const { min, mode, max } = this;
    return u < this.split
      ? min + Math.sqrt(u * (max - min) * (mode - min))
      : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
  }
  cdf(x: number): number {
    const { min, mode, max } = this;
    if (x <= min) return 0;
    if (x >= max) return 1;
    if (x <= mode) return ((x - min) * (x - min)) / ((max - min) * (mode - min));
    return 1 - ((max - x) * (max - x)) / ((max - min) * (max - mode));
  }
}

/** Beta(alpha, beta) scaled to [min, max]; PERT is a beta with alpha, beta from the mode. */
export class ScaledBeta extends Continuous {
  constructor(private readonly alpha: number, private readonly beta: number,
    private readonly min: number, private readonly max: number) { super(); }
  quantile(u: number): number {
    return this.min + (this.max - this.min) * betaInverse(this.alpha, this.beta, u);
  }
  cdf(x: number): number {
    return betaRegularized(this.alpha, this.beta, (x - this.min) / (this.max - this.min));
  }
}

export class Gamma extends Continuous {
  constructor(private readonly shape: number, private readonly scale: number) { super(); }
  quantile(u: number): number { return this.scale * gammaPInverse(this.shape, u); }
  cdf(x: number): number { return x <= 0 ? 0 : gammaPQ(this.shape, x / this.scale).p; }
}

export class Exponential extends Continuous {
  constructor(private readonly rate: number) { super(); }
  quantile(u: number): number { return -Math.log1p(-u) / this.rate; }
  cdf(x: number): number { return x <= 0 ? 0 : -Math.expm1(-this.rate * x); }
}

export class Weibull extends Continuous {
  constructor(private readonly shape: number, private readonly scale: number) { super(); }
  quantile(u: number): number { return this.scale * Math.pow(-Math.log1p(-u), 1 / this.shape); }
  cdf(x: number): number { return x <= 0 ? 0 : -Math.expm1(-Math.pow(x / this.scale, this.shape)); }
}

/**
 * Student t through the incomplete beta: P(|T| > t) = I_{df/(df+t^2)}(df/2, 1/2). Near the
 * centre the complementary form I_{t^2/(df+t^2)}(1/2, df/2) keeps the precision of small t.
 */
export class StudentT extends Continuous {
  constructor(private readonly df: number, private readonly location: number, private readonly scale: number) { super(); }
  quantile(u: number): number {
    const tail = u < 0.5 ? u : 1 - u;
    const df = this.df;
    let t: number;
    if (tail === 0.5) t = 0;
    else if (2 * tail < 0.5) {
      const x = betaInverse(df / 2, 0.5, 2 * tail);
      t = Math.sqrt((df * (1 - x)) / x);
    } else {
      const y = betaInverse(0.5, df / 2, 1 - 2 * tail);
      t = Math.sqrt((df * y) / (1 - y));
    }
    return this.location + this.scale * (u < 0.5 ? -t : t);
  }
  cdf(x: number): number {
    const t = (x - this.location) / this.scale;
    const tail = 0.5 * betaRegularized(this.df / 2, 0.5, this.df / (this.df + t * t));
    return t < 0 ? tail : 1 - tail;
  }
}

export class Logistic extends Continuous {
  constructor(private readonly location: number, private readonly scale: number) { super(); }
  quantile(u: number): number { return this.location + this.scale * Math.log(u / (1 - u)); }
  cdf(x: number): number { return 1 / (1 + Math.exp(-(x - this.location) / this.scale)); }
}

export class Pareto extends Continuous {
  constructor(private readonly shape: number, private readonly scale: number) { super(); }
  quantile(u: number): number { return this.scale * Math.pow(1 - u, -1 / this.shape); }
  cdf(x: number): number { return x <= this.scale ? 0 : 1 - Math.pow(this.scale / x, this.shape); }
}
