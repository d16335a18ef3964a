/**
 * Central moments of a chunk and their exact pairwise combination (P. Pébay, "Formulas for
 * robust, one-pass parallel computation of covariances and arbitrary-order statistical
 * moments", Sandia report SAND2008-6212). Chunks are always combined in chunk order, so
 * the floating-point result does not depend on which worker computed what.
 */
export type Moments = { n: number; mean: number; m2: number; m3: number; m4: number; nonFinite: number };

export const EMPTY_MOMENTS: Moments = { n: 0, mean: 0, m2: 0, m3: 0, m4: 0, nonFinite: 0 };

/** Moments of the finite values of `values[0..length)`; non-finite ones are only counted. */
export function chunkMoments(values: Float64Array, length: number): Moments {
  let n = 0, sum = 0, nonFinite = 0;
  for (let i = 0; i < length; i++) {
    const x = values[i];
    if (x - x === 0) { n++; sum += x; } else nonFinite++;
  }
  const mean = n > 0 ? sum / n : 0;
  let m2 = 0, m3 = 0, m4 = 0;
  for (let i = 0; i < length; i++) {
    const x = values[i];
    if (x - x !== 0) continue;
    const d = x - mean, d2 = d * d;
    m2 += d2; m3 += d2 * d; m4 += d2 * d2;
  }
  return { n, mean, m2, m3, m4, nonFinite };
}

export function combineMoments(a: Moments, b: Moments): Moments {
  if (a.n === 0) return { ...b, nonFinite: a.nonFinite + b.nonFinite };
  if (b.n === 0) return { ...a, nonFinite: a.nonFinite + b.nonFinite };
  const n = a.n + b.n, d = b.mean - a.mean, d2 = d * d;
  const na = a.n, nb = b.n;
  return {
    n,
    mean: a.mean + (d * nb) / n,
    m2: a.m2 + b.m2 + (d2 * na * nb) / n,
    m3: a.m3 + b.m3 + (d2 * d * na * nb * (na - nb)) / (n * n) + (3 * d * (na * b.m2 - nb * a.m2)) / n,
    m4: a.m4 + b.m4 + (d2 * d2 * na * nb * (na * na - na * nb + nb * nb)) / (n * n * n)
      + (6 * d2 * (na * na * b.m2 + nb * nb * a.m2)) / (n * n) + (4 * d * (na * b.m3 - nb * a.m3)) / n,
    nonFinite: a.nonFinite + b.nonFinite,
  };
}

/** Sample standard deviation (n - 1 denominator). */
export function standardDeviation(m: Moments): number {
  return m.n > 1 ? Math.sqrt(m.m2 / (m.n - 1)) : 0;
}

/** Population skewness g1 = m3 / m2^1.5 (SciPy's default, bias=True). */
export function skewness(m: Moments): number {
  return m.m2 > 0 ? (Math.sqrt(m.n) * m.m3) / Math.pow(m.m2, 1.5) : 0;
}

/** Excess kurtosis g2 = m4 / m2^2 - 3 (SciPy's default, fisher=True, bias=True). */
export function excessKurtosis(m: Moments): number {
  return m.m2 > 0 ? (m.n * m.m4) / (m.m2 * m.m2) - 3 : 0;
}
