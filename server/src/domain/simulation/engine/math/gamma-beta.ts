/**
 * Log-gamma, regularized incomplete gamma and beta functions and their inverses.
 * Algorithms from Press et al., Numerical Recipes 3rd ed. (2007): series and Lentz continued
 * fractions (sections 6.2 and 6.4) for the functions, and the Halley iterations of
 * `invgammp` / `invbetai` for the inverses. Those iterations are wrapped in a bracket that
 * shrinks on every step and falls back to bisection, so they can never diverge.
 */

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const TINY = 1e-300;
const EPS = 1e-15;
const MAX_TERMS = 10000;

/** ln Γ(x) by the Lanczos approximation (g = 7, n = 9), about 1e-15 relative accuracy. */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0];
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i] / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Regularized lower incomplete gamma P(a, x) and its complement Q(a, x). */
export function gammaPQ(a: number, x: number): { p: number; q: number } {
  if (x <= 0) return { p: 0, q: 1 };
  // a log x - x is NaN at infinity, so the limit is returned before it is computed.
  if (x === Infinity) return { p: 1, q: 0 };
  const logPrefix = a * Math.log(x) - x - logGamma(a);
  if (x < a + 1) {
    let ap = a,
      del = 1 / a,
      sum = del;
    for (let n = 0; n < MAX_TERMS; n++) {
      ap += 1;
      del *= x / ap;
      sum += del;
      if (Math.abs(del) < Math.abs(sum) * EPS) break;
    }
    const p = sum * Math.exp(logPrefix);
    return { p, q: 1 - p };
  }
  let b = x + 1 - a,
    c = 1 / TINY,
    d = 1 / b,
    h = d;
  for (let i = 1; i < MAX_TERMS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  const q = Math.exp(logPrefix) * h;
  return { p: 1 - q, q };
}

function betaContinuedFraction(a: number, b: number, x: number): number {
  const qab = a + b,
    qap = a + 1,
    qam = a - 1;
  let c = 1,
    d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m < MAX_TERMS; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return h;
}

/** Regularized incomplete beta I_x(a, b). */
export function betaRegularized(a: number, b: number, x: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(a, b, x)) / a;
  return 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/** Halley refinement of x inside [lo, hi]; a step leaving the bracket becomes a bisection. */
function refine(
  x0: number,
  lo0: number,
  hi0: number,
  residual: (x: number) => number,
  halleyStep: (x: number, err: number) => number,
): number {
  let x = x0,
    lo = lo0,
    hi = hi0;
  for (let i = 0; i < 100; i++) {
    const err = residual(x);
    if (err === 0) return x;
    if (err > 0) hi = x;
    else lo = x;
    let next = x - halleyStep(x, err);
    if (!(next > lo && next < hi)) next = Number.isFinite(hi) ? 0.5 * (lo + hi) : 2 * x + 1;
    if (Math.abs(next - x) <= 1e-14 * Math.abs(next) || (Number.isFinite(hi) && hi - lo <= 1e-15 * hi)) return next;
    x = next;
  }
  return x;
}

/**
 * Halley step from the Newton step u and the curvature term f; when |f| >= 1 the correction
 * is unreliable (it could shrink the step to nothing far from the root), so take Newton's.
 */
function halley(u: number, f: number): number {
  return Math.abs(f) < 1 ? u / (1 - 0.5 * f) : u;
}

/** Rough normal quantile of p = 1 - q, from the smaller of the two so that tails keep their precision. */
function startGuessNormal(p: number, q = 1 - p): number {
  const pp = p < 0.5 ? p : q;
  const t = Math.sqrt(-2 * Math.log(pp));
  const x = (2.30753 + t * 0.27061) / (1 + t * (0.99229 + t * 0.04481)) - t;
  return p < 0.5 ? x : -x;
}

/** x such that P(a, x) = p, for 0 < p < 1. */
export function gammaPInverse(a: number, p: number): number {
  return gammaInverse(a, p, 1 - p);
}

/** x such that Q(a, x) = q: the inverse survival function, exact deep in the upper tail. */
export function gammaQInverse(a: number, q: number): number {
  return gammaInverse(a, 1 - q, q);
}

/** x with P(a, x) = p and Q(a, x) = q = 1 - p; the smaller of the two carries the precision. */
function gammaInverse(a: number, p: number, q: number): number {
  const gln = logGamma(a),
    a1 = a - 1;
  let x: number;
  if (a > 1) {
    // Wilson-Hilferty start from the normal quantile z_p.
    const z = startGuessNormal(p, q);
    x = Math.max(1e-3, a * (1 - 1 / (9 * a) + z / (3 * Math.sqrt(a))) ** 3);
  } else {
    const t = 1 - a * (0.253 + a * 0.12);
    x = p < t ? (p / t) ** (1 / a) : 1 - Math.log(q / (1 - t));
  }
  const upper = p > 0.5;
  return refine(
    x,
    0,
    Infinity,
    (v) => {
      const r = gammaPQ(a, v);
      // In the upper tail Q keeps the precision that 1 - P loses.
      return upper ? q - r.q : r.p - p;
    },
    (v, err) => {
      const density = Math.exp(-v + a1 * Math.log(v) - gln);
      const u = err / density;
      return halley(u, u * (a1 / v - 1));
    },
  );
}

/** x such that I_x(a, b) = p, for 0 < p < 1. */
export function betaInverse(a: number, b: number, p: number): number {
  const a1 = a - 1,
    b1 = b - 1;
  let x: number;
  if (a >= 1 && b >= 1) {
    const z = -startGuessNormal(p); // NR's invbetai works with -z_p.
    const al = (z * z - 3) / 6;
    const h = 2 / (1 / (2 * a - 1) + 1 / (2 * b - 1));
    const w = (z * Math.sqrt(al + h)) / h - (1 / (2 * b - 1) - 1 / (2 * a - 1)) * (al + 5 / 6 - 2 / (3 * h));
    x = a / (a + b * Math.exp(2 * w));
  } else {
    const t = Math.exp(a * Math.log(a / (a + b))) / a;
    const u = Math.exp(b * Math.log(b / (a + b))) / b;
    const w = t + u;
    x = p < t / w ? (a * w * p) ** (1 / a) : 1 - (b * w * (1 - p)) ** (1 / b);
  }
  const afac = logGamma(a + b) - logGamma(a) - logGamma(b);
  if (!(x > 0 && x < 1)) x = 0.5;
  return refine(
    x,
    0,
    1,
    (v) => betaRegularized(a, b, v) - p,
    (v, err) => {
      const density = Math.exp(a1 * Math.log(v) + b1 * Math.log1p(-v) + afac);
      const u = err / density;
      return halley(u, u * (a1 / v - b1 / (1 - v)));
    },
  );
}
