/**
 * Fast inverse-CDF sampling for the types whose exact quantile needs numerical inversion
 * (gamma, beta, PERT, Student t). Per model, the quantile is tabulated as a function of the
 * normal score z = Phi^-1(u) on a uniform grid, after a transform h = g(x) that makes it smooth
 * and keeps relative accuracy (log x for gamma, logit x for beta, asinh x for Student t). Between
 * nodes a quintic Hermite interpolant uses the exact slope h' = g'(x) phi(z) / f(x) and curvature
 * h'' = h' (c h' - z), c = g''/g'^2 - (log f)'/g', so the error is of order step^6 h^(6) / 46080;
 * the step is chosen from the accuracy test (1e-10 relative in x; measured 1e-13 to 2e-11). The
 * curvature costs little at build time and lets the grid be coarse (545 nodes, 26 KB per input).
 * Outside the tabulated range (|z| > 8.5, beyond the reach of a 53-bit uniform, or where the
 * value nears the end of the doubles) the exact quantile is used, so the tails stay exact.
 *
 * The copula hands over z directly and skips the normal CDF and quantile round trip.
 */
import { expColumn, normalQuantileColumn } from '../math/vector-math.js';

/** A node of the table: the transformed value h = g(x) and its first two derivatives in z. */
export type TableNode = { h: number; slope: number; curvature: number };

/** How the interpolated h maps back to x: offset + scale * exp(h), / (1 + exp(-h)) or * sinh(h). */
export type BackTransform = 'exp' | 'logistic' | 'sinh';

const Z_LIMIT = 8.5;
/** Grid step in z; 1/32 keeps the interpolation error below 1e-10 relative (accuracy test). */
const STEPS_PER_UNIT = 32;

/** One scratch column for all tables of a thread: a column is transformed before the next starts. */
let shared = new Float64Array(0);
function scratch(m: number): Float64Array {
  if (shared.length < m) shared = new Float64Array(m);
  return shared;
}

export class NormalScoreTable {
  /** Six Hermite coefficients per interval, in powers of the position t in [0, 1). */
  private readonly coef: Float64Array;
  private readonly zLow: number;
  private readonly intervals: number;

  constructor(
    node: (z: number) => TableNode,
    private readonly back: BackTransform,
    private readonly offset: number,
    private readonly scale: number,
  ) {
    const step = 1 / STEPS_PER_UNIT;
    const half = Z_LIMIT * STEPS_PER_UNIT;
    const nodes: TableNode[] = [];
    for (let i = -half; i <= half; i++) nodes.push(node(i * step));
    // Keep the widest run of usable nodes around the centre; beyond it the exact quantile serves.
    // |h| < 650 keeps the back-transform among normal doubles, where the exact inverse is reliable.
    const usable = (n: TableNode): boolean => Math.abs(n.h) < 650 && n.slope > 0 && n.slope < Infinity && Number.isFinite(n.curvature);
    let lo = half,
      hi = half;
    while (lo > 0 && usable(nodes[lo - 1])) lo--;
    while (hi < nodes.length - 1 && usable(nodes[hi + 1])) hi++;
    this.zLow = (lo - half) * step;
    this.intervals = usable(nodes[half]) ? hi - lo : 0;
    this.coef = new Float64Array(6 * this.intervals);
    for (let i = 0; i < this.intervals; i++) {
      const a = nodes[lo + i],
        b = nodes[lo + i + 1];
      const d0 = a.slope * step,
        d1 = b.slope * step,
        dh = b.h - a.h;
      const s0 = a.curvature * step * step,
        s1 = b.curvature * step * step;
      this.coef.set(
        [
          a.h,
          d0,
          0.5 * s0,
          10 * dh - 6 * d0 - 4 * d1 - 1.5 * s0 + 0.5 * s1,
          -15 * dh + 8 * d0 + 7 * d1 + 1.5 * s0 - s1,
          6 * dh - 3 * d0 - 3 * d1 - 0.5 * s0 + 0.5 * s1,
        ],
        6 * i,
      );
    }
  }

  /** In place: normal scores to values; `exact(z)` serves scores outside the table. */
  fromNormalColumn(col: Float64Array, m: number, exact: (z: number) => number): void {
    const h = scratch(m);
    for (let i = 0; i < m; i++) h[i] = this.interpolate(col[i]);
    this.transformInto(col, h, m, exact);
  }

  /** In place: uniforms to values; `exact(u)` serves uniforms whose score lies outside the table. */
  fromUniformColumn(col: Float64Array, m: number, exact: (u: number) => number): void {
    const h = scratch(m);
    h.set(col.subarray(0, m));
    normalQuantileColumn(h, m);
    for (let i = 0; i < m; i++) h[i] = this.interpolate(h[i]);
    this.transformInto(col, h, m, exact);
  }

  /** h at z, or NaN outside the table. */
  private interpolate(z: number): number {
    const s = (z - this.zLow) * STEPS_PER_UNIT;
    const k = Math.floor(s);
    if (!(k >= 0 && k < this.intervals)) return NaN;
    const t = s - k,
      c = this.coef,
      j = 6 * k;
    return c[j] + t * (c[j + 1] + t * (c[j + 2] + t * (c[j + 3] + t * (c[j + 4] + t * c[j + 5]))));
  }

  /**
   * col[i] = back-transform of h[i], or exact(col[i]) where h[i] is NaN; one loop per transform.
   * exp runs as one vector exp over the column (math/vector-math.ts); NaN stays NaN through it.
   */
  private transformInto(col: Float64Array, h: Float64Array, m: number, exact: (v: number) => number): void {
    const offset = this.offset,
      scale = this.scale;
    if (this.back === 'exp') {
      expColumn(h, m);
      for (let i = 0; i < m; i++) {
        const e = h[i];
        col[i] = e === e ? offset + scale * e : exact(col[i]);
      }
    } else if (this.back === 'logistic') {
      for (let i = 0; i < m; i++) h[i] = -h[i];
      expColumn(h, m);
      for (let i = 0; i < m; i++) {
        const e = h[i];
        col[i] = e === e ? offset + scale / (1 + e) : exact(col[i]);
      }
    } else {
      for (let i = 0; i < m; i++) {
        const v = h[i];
        col[i] = v === v ? offset + scale * Math.sinh(v) : exact(col[i]);
      }
    }
  }
}

/** A node from h, its slope and c = g''/g'^2 - (log f)'/g' at x: h'' = h' (c h' - z). */
export function tableNode(z: number, h: number, slope: number, c: number): TableNode {
  return { h, slope, curvature: slope * (c * slope - z) };
}

/** log phi(z), the standard normal log density. */
export function logNormalDensity(z: number): number {
  return -0.5 * z * z - 0.9189385332046728;
}
