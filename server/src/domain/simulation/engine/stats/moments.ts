/**
 * Central moments of a chunk and their exact pairwise combination (P. Pébay, "Formulas for
 * robust, one-pass parallel computation of covariances and arbitrary-order statistical
 * moments", Sandia report SAND2008-6212). Chunks are always combined in chunk order, so
 * the floating-point result does not depend on which worker computed what.
 *
 * The central sums are stored divided by scale^k, with scale a power of two (so dividing by it
 * is exact). It stays 1 unless a plain sum overflows (exp(1000 x) reaches 1e300): then the values
 * are divided by a power of two above their largest magnitude, and std, skewness and kurtosis
 * stay finite whenever the true ones are. Outputs that never overflow keep the plain arithmetic.
 */
export type Moments = { n: number; mean: number; m2: number; m3: number; m4: number; scale: number; nonFinite: number; nan: number };

export const EMPTY_MOMENTS: Moments = { n: 0, mean: 0, m2: 0, m3: 0, m4: 0, scale: 1, nonFinite: 0, nan: 0 };

/** Smallest power of two at least |x| (1 for 0). */
function powerOfTwoAbove(x: number): number {
  return x > 0 ? 2 ** Math.ceil(Math.log2(x)) : 1;
}

/** Moments of the finite values of `values[0..length)`; non-finite ones (and NaN among them) are only counted. */
export function chunkMoments(values: Float64Array, length: number): Moments {
  let n = 0,
    sum = 0,
    nonFinite = 0,
    nan = 0,
    largest = 0;
  for (let i = 0; i < length; i++) {
    const x = values[i];
    if (x - x === 0) {
      n++;
      sum += x;
      if (Math.abs(x) > largest) largest = Math.abs(x);
    } else {
      nonFinite++;
      if (x !== x) nan++;
    }
  }
  const plain = centralSums(values, length, n, n > 0 ? sum / n : 0, 1);
  if (Number.isFinite(sum) && Number.isFinite(plain.m4)) return { ...plain, nonFinite, nan };
  const scale = powerOfTwoAbove(largest);
  let scaledSum = 0;
  for (let i = 0; i < length; i++) {
    const x = values[i];
    if (x - x === 0) scaledSum += x / scale;
  }
  return { ...centralSums(values, length, n, (scaledSum / n) * scale, scale), nonFinite, nan };
}

function centralSums(values: Float64Array, length: number, n: number, mean: number, scale: number): Moments {
  const scaledMean = mean / scale;
  let m2 = 0,
    m3 = 0,
    m4 = 0;
  for (let i = 0; i < length; i++) {
    const x = values[i];
    if (x - x !== 0) continue;
    const d = x / scale - scaledMean,
      d2 = d * d;
    m2 += d2;
    m3 += d2 * d;
    m4 += d2 * d2;
  }
  return { n, mean, m2, m3, m4, scale, nonFinite: 0, nan: 0 };
}

export function combineMoments(a: Moments, b: Moments): Moments {
  const counts = { nonFinite: a.nonFinite + b.nonFinite, nan: a.nan + b.nan };
  if (a.n === 0) return { ...b, ...counts };
  if (b.n === 0) return { ...a, ...counts };
  if (a.scale === 1 && b.scale === 1) {
    const plain = pebay(a, b, b.mean - a.mean, 1);
    if (Number.isFinite(plain.mean) && Number.isFinite(plain.m4)) return { ...plain, ...counts };
  }
  const scale = Math.max(a.scale, b.scale, powerOfTwoAbove(Math.max(Math.abs(a.mean), Math.abs(b.mean))));
  const rescale = (m: Moments): Moments => {
    const r = m.scale / scale;
    return { ...m, m2: m.m2 * r * r, m3: m.m3 * r * r * r, m4: m.m4 * r * r * r * r, scale };
  };
  return { ...pebay(rescale(a), rescale(b), b.mean / scale - a.mean / scale, scale), ...counts };
}

/** Pébay's pairwise update with d = (mean_b - mean_a) / scale and central sums in units of scale. */
function pebay(a: Moments, b: Moments, d: number, scale: number): Moments {
  const n = a.n + b.n,
    d2 = d * d;
  const na = a.n,
    nb = b.n;
  return {
    n,
    scale,
    nonFinite: 0,
    nan: 0,
    mean: scale === 1 ? a.mean + (d * nb) / n : (a.mean / scale + (d * nb) / n) * scale,
    m2: a.m2 + b.m2 + (d2 * na * nb) / n,
    m3: a.m3 + b.m3 + (d2 * d * na * nb * (na - nb)) / (n * n) + (3 * d * (na * b.m2 - nb * a.m2)) / n,
    m4:
      a.m4 +
      b.m4 +
      (d2 * d2 * na * nb * (na * na - na * nb + nb * nb)) / (n * n * n) +
      (6 * d2 * (na * na * b.m2 + nb * nb * a.m2)) / (n * n) +
      (4 * d * (na * b.m3 - nb * a.m3)) / n,
  };
}

/** Sample standard deviation (n - 1 denominator); NaN (null in JSON) without any finite value. */
export function standardDeviation(m: Moments): number {
  if (m.n === 0) return NaN;
  return m.n > 1 ? m.scale * Math.sqrt(m.m2 / (m.n - 1)) : 0;
}

/** Population skewness g1 = m3 / m2^1.5 (SciPy's default, bias=True); scale-free. */
export function skewness(m: Moments): number {
  if (m.n === 0) return NaN;
  return m.m2 > 0 ? (Math.sqrt(m.n) * m.m3) / m.m2 ** 1.5 : 0;
}

/** Excess kurtosis g2 = m4 / m2^2 - 3 (SciPy's default, fisher=True, bias=True); scale-free. */
export function excessKurtosis(m: Moments): number {
  if (m.n === 0) return NaN;
  return m.m2 > 0 ? (m.n * m.m4) / (m.m2 * m.m2) - 3 : 0;
}
