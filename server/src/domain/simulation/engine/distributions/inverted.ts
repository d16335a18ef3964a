/**
 * Gamma, beta (and PERT) and Student t: their quantiles invert the regularized incomplete
 * gamma and beta functions numerically (math/gamma-beta.ts), about 2 us each. `quantile` stays
 * that exact inversion; sampling goes through a per-distribution normal-score table
 * (normal-score-table.ts), built on first use and within 1e-10 relative of the exact quantile.
 */
import { betaInverse, betaRegularized, gammaPInverse, gammaPQ, gammaQInverse, logGamma } from '../math/gamma-beta.js';
import { normalCdf } from '../math/normal.js';
import { Continuous } from './continuous.js';
import { NormalScoreTable, logNormalDensity, tableNode, type TableNode } from './normal-score-table.js';

/** Builds the table on first use, so validating a model (compileModel on the API) stays cheap. */
abstract class Tabulated extends Continuous {
  private table: NormalScoreTable | null = null;
  protected abstract buildTable(): NormalScoreTable;
  private get sampler(): NormalScoreTable {
    this.table ??= this.buildTable();
    return this.table;
  }
  /** Exact value for the rare draws beyond the table; above the median through the survival side. */
  override sampleColumn(col: Float64Array, m: number): void {
    this.sampler.fromUniformColumn(col, m, (u) => (u <= 0.5 ? this.quantile(u) : this.isf(1 - u)));
  }
  override sampleNormalColumn(col: Float64Array, m: number): void {
    this.sampler.fromNormalColumn(col, m, (z) => (z <= 0 ? this.quantile(normalCdf(z)) : this.isf(normalCdf(-z))));
  }
}

/** Beta(alpha, beta) scaled to [min, max]; PERT is a beta with alpha, beta from the mode. */
export class ScaledBeta extends Tabulated {
  constructor(
    private readonly alpha: number,
    private readonly beta: number,
    private readonly min: number,
    private readonly max: number,
  ) {
    super();
  }
  quantile(u: number): number {
    return this.min + (this.max - this.min) * betaInverse(this.alpha, this.beta, u);
  }
  cdf(x: number): number {
    return betaRegularized(this.alpha, this.beta, (x - this.min) / (this.max - this.min));
  }
  /** 1 - I_x(a, b) = I_{1-x}(b, a), with 1 - x taken from the upper end so it keeps its digits. */
  override sf(x: number): number {
    return betaRegularized(this.beta, this.alpha, (this.max - x) / (this.max - this.min));
  }
  override isf(s: number): number {
    return this.max - (this.max - this.min) * betaInverse(this.beta, this.alpha, s);
  }
  protected buildTable(): NormalScoreTable {
    const a = this.alpha,
      b = this.beta;
    const logB = logGamma(a) + logGamma(b) - logGamma(a + b);
    // h = logit x. Below the median x comes from the lower tail probability, above it 1 - x from
    // the upper one, so neither probability is rounded by a 1 - u; logit keeps x's relative precision.
    const node = (z: number): TableNode => {
      const x = z <= 0 ? betaInverse(a, b, normalCdf(z)) : 1 - betaInverse(b, a, normalCdf(-z));
      const y = z <= 0 ? 1 - x : betaInverse(b, a, normalCdf(-z));
      const lx = Math.log(x),
        ly = Math.log(y);
      const slope = Math.exp(logNormalDensity(z) - a * lx - b * ly + logB);
      return tableNode(z, lx - ly, slope, 2 * x - 1 - (a - 1) * y + (b - 1) * x);
    };
    return new NormalScoreTable(node, 'logistic', this.min, this.max - this.min);
  }
}

export class Gamma extends Tabulated {
  constructor(
    private readonly shape: number,
    private readonly scale: number,
  ) {
    super();
  }
  quantile(u: number): number {
    return this.scale * gammaPInverse(this.shape, u);
  }
  cdf(x: number): number {
    return x <= 0 ? 0 : gammaPQ(this.shape, x / this.scale).p;
  }
  override sf(x: number): number {
    return x <= 0 ? 1 : gammaPQ(this.shape, x / this.scale).q;
  }
  override isf(s: number): number {
    return this.scale * gammaQInverse(this.shape, s);
  }
  protected buildTable(): NormalScoreTable {
    const a = this.shape,
      lga = logGamma(a);
    // h = log x; dh/dz = phi(z) / (x f(x)) with log f(x) = (a - 1) log x - x - log Gamma(a).
    const node = (z: number): TableNode => {
      const x = z <= 0 ? gammaPInverse(a, normalCdf(z)) : gammaQInverse(a, normalCdf(-z));
      const lx = Math.log(x);
      return tableNode(z, lx, Math.exp(logNormalDensity(z) - a * lx + x + lga), x - a);
    };
    return new NormalScoreTable(node, 'exp', 0, this.scale);
  }
}

/**
 * Student t through the incomplete beta: P(|T| > t) = I_{df/(df+t^2)}(df/2, 1/2). Near the
 * centre the complementary form I_{t^2/(df+t^2)}(1/2, df/2) keeps the precision of small t.
 */
export class StudentT extends Tabulated {
  constructor(
    private readonly df: number,
    private readonly location: number,
    private readonly scale: number,
  ) {
    super();
  }
  quantile(u: number): number {
    const t = this.standardQuantile(u < 0.5 ? u : 1 - u);
    return this.location + this.scale * (u < 0.5 ? -t : t);
  }
  /** |t| whose two-sided tail beyond it is 2 * tail, for tail in (0, 1/2]. */
  private standardQuantile(tail: number): number {
    const df = this.df;
    if (tail === 0.5) return 0;
    if (2 * tail < 0.5) {
      const x = betaInverse(df / 2, 0.5, 2 * tail);
      return Math.sqrt((df * (1 - x)) / x);
    }
    const y = betaInverse(0.5, df / 2, 1 - 2 * tail);
    return Math.sqrt((df * y) / (1 - y));
  }
  cdf(x: number): number {
    const t = (x - this.location) / this.scale;
    const tail = 0.5 * betaRegularized(this.df / 2, 0.5, this.df / (this.df + t * t));
    return t < 0 ? tail : 1 - tail;
  }
  override sf(x: number): number {
    const t = (x - this.location) / this.scale;
    const tail = 0.5 * betaRegularized(this.df / 2, 0.5, this.df / (this.df + t * t));
    return t > 0 ? tail : 1 - tail;
  }
  override isf(s: number): number {
    const t = this.standardQuantile(s < 0.5 ? s : 1 - s);
    return this.location + this.scale * (s < 0.5 ? t : -t);
  }
  protected buildTable(): NormalScoreTable {
    const df = this.df;
    const logC = logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df * Math.PI);
    // h = asinh t, odd in z: the lower half is mirrored. dh/dz = phi(z) / (sqrt(1 + t^2) f(t)).
    const node = (z: number): TableNode => {
      const t = z === 0 ? 0 : (z < 0 ? -1 : 1) * this.standardQuantile(normalCdf(-Math.abs(z)));
      const logF = logC - ((df + 1) / 2) * Math.log1p((t * t) / df);
      const root = Math.sqrt(1 + t * t);
      const slope = Math.exp(logNormalDensity(z) - 0.5 * Math.log1p(t * t) - logF);
      return tableNode(z, Math.asinh(t), slope, -t / root + ((df + 1) * t * root) / (df + t * t));
    };
    return new NormalScoreTable(node, 'sinh', this.location, this.scale);
  }
}
