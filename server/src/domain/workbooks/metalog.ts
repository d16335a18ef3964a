/**
 * Unbounded metalog distributions (Keelin 2016), the compression SIPmath 3.0 libraries use: a
 * quantile function that is linear in its coefficients, fitted by least squares to the sample's
 * quantiles. The most terms that still give an increasing quantile function are kept.
 */
const MAX_TERMS = 16;
const FIT_POINTS = 999;
const CHECK_STEP = 0.0005;

/** Term j (1-based) of the metalog basis at probability p. */
function basis(j: number, p: number): number {
  const logit = Math.log(p / (1 - p));
  const c = p - 0.5;
  if (j === 1) return 1;
  if (j === 2) return logit;
  if (j === 3) return c * logit;
  if (j === 4) return c;
  return j % 2 === 1 ? c ** ((j - 1) / 2) : c ** (j / 2 - 1) * logit;
}

export function metalogQuantile(coefficients: number[], p: number): number {
  return coefficients.reduce((sum, a, i) => sum + a * basis(i + 1, p), 0);
}

/** NumPy's default (linear) percentile of sorted values, p in [0, 1]. */
export function sortedQuantile(sorted: Float64Array | number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** Coefficients fitted to the finite values of `samples`; a constant sample gives [value]. */
export function fitMetalog(samples: Float64Array): number[] {
  const sorted = Float64Array.from(samples.filter(Number.isFinite)).sort();
  if (sorted.length === 0) return [Number.NaN];
  if (sorted[0] === sorted[sorted.length - 1]) return [sorted[0]];
  const probabilities = Array.from({ length: FIT_POINTS }, (_, i) => (i + 1) / (FIT_POINTS + 1));
  const targets = probabilities.map((p) => sortedQuantile(sorted, p));
  for (let terms = Math.min(MAX_TERMS, sorted.length - 1); terms >= 2; terms--) {
    const coefficients = leastSquares(
      probabilities.map((p) => Array.from({ length: terms }, (_, j) => basis(j + 1, p))),
      targets,
    );
    if (coefficients !== null && isIncreasing(coefficients)) return coefficients;
  }
  return [sortedQuantile(sorted, 0.5), (sortedQuantile(sorted, 0.75) - sortedQuantile(sorted, 0.25)) / (2 * Math.log(3))];
}

function isIncreasing(coefficients: number[]): boolean {
  let previous = metalogQuantile(coefficients, CHECK_STEP);
  for (let p = 2 * CHECK_STEP; p < 1 - CHECK_STEP / 2; p += CHECK_STEP) {
    const q = metalogQuantile(coefficients, p);
    if (!(q > previous)) return false;
    previous = q;
  }
  return true;
}

/** Householder QR least squares of rows x = y; null when the columns are (numerically) dependent. */
function leastSquares(rows: number[][], y: number[]): number[] | null {
  const m = rows.length;
  const n = rows[0].length;
  const a = rows.map((row) => [...row]);
  const b = [...y];
  for (let k = 0; k < n; k++) {
    let norm = 0;
    for (let i = k; i < m; i++) norm += a[i][k] ** 2;
    norm = Math.sqrt(norm);
    if (norm < 1e-12) return null;
    const alpha = a[k][k] > 0 ? -norm : norm;
    const v = a.slice(k).map((row) => row[k]);
    v[0] -= alpha;
    const vv = v.reduce((s, x) => s + x * x, 0);
    if (vv === 0) continue;
    for (let j = k; j < n; j++) {
      const dot = v.reduce((s, x, i) => s + x * a[k + i][j], 0);
      v.forEach((x, i) => {
        a[k + i][j] -= (2 * dot * x) / vv;
      });
    }
    const dotB = v.reduce((s, x, i) => s + x * b[k + i], 0);
    v.forEach((x, i) => {
      b[k + i] -= (2 * dotB * x) / vv;
    });
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    if (Math.abs(a[i][i]) < 1e-12) return null;
    let s = b[i];
    for (let j = i + 1; j < n; j++) s -= a[i][j] * x[j];
    x[i] = s / a[i][i];
  }
  return x;
}
