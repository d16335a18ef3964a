/** Small dense symmetric matrix helpers (row-major number[][]) for correlation matrices. */

/**
 * Cholesky factor L (lower triangular, row-major k*k) of a positive semi-definite matrix.
 * A pivot that rounding drives to (or just below) zero yields a zero column, which is the
 * right factor for a singular but valid correlation matrix.
 */
export function cholesky(a: number[][]): Float64Array {
  const k = a.length;
  const l = new Float64Array(k * k);
  for (let j = 0; j < k; j++) {
    let diag = a[j][j];
    for (let m = 0; m < j; m++) diag -= l[j * k + m] * l[j * k + m];
    const pivot = diag > 1e-12 ? Math.sqrt(diag) : 0;
    l[j * k + j] = pivot;
    for (let i = j + 1; i < k; i++) {
      let s = a[i][j];
      for (let m = 0; m < j; m++) s -= l[i * k + m] * l[j * k + m];
      l[i * k + j] = pivot > 0 ? s / pivot : 0;
    }
  }
  return l;
}

/** Eigen-decomposition of a symmetric matrix by cyclic Jacobi rotations. */
export function symmetricEigen(a: number[][]): { values: number[]; vectors: number[][] } {
  const k = a.length;
  const m = a.map((row) => row.slice());
  const v: number[][] = a.map((_, i) => a.map((__, j) => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) off += m[i][j] * m[i][j];
    if (off < 1e-30) break;
    for (let p = 0; p < k; p++) {
      for (let q = p + 1; q < k; q++) {
        if (Math.abs(m[p][q]) < 1e-300) continue;
        const theta = (m[q][q] - m[p][p]) / (2 * m[p][q]);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const cos = 1 / Math.sqrt(t * t + 1),
          sin = t * cos;
        for (let r = 0; r < k; r++) {
          const mrp = m[r][p],
            mrq = m[r][q];
          m[r][p] = cos * mrp - sin * mrq;
          m[r][q] = sin * mrp + cos * mrq;
        }
        for (let r = 0; r < k; r++) {
          const mpr = m[p][r],
            mqr = m[q][r];
          m[p][r] = cos * mpr - sin * mqr;
          m[q][r] = sin * mpr + cos * mqr;
        }
        for (let r = 0; r < k; r++) {
          const vrp = v[r][p],
            vrq = v[r][q];
          v[r][p] = cos * vrp - sin * vrq;
          v[r][q] = sin * vrp + cos * vrq;
        }
      }
    }
  }
  return { values: m.map((row, i) => row[i]), vectors: v };
}

export function minEigenvalue(a: number[][]): number {
  return Math.min(...symmetricEigen(a).values);
}

/**
 * Nearest correlation matrix in the Frobenius norm: Higham's alternating projections with
 * Dykstra's correction (N. J. Higham, "Computing the nearest correlation matrix - a problem
 * from finance", IMA J. Numer. Anal. 22, 2002). Eigenvalues are floored at a small positive
 * value so the result also has a usable Cholesky factor.
 */
export function nearestCorrelation(a: number[][], floor = 1e-8): number[][] {
  const k = a.length;
  let y = a.map((row) => row.slice());
  let ds = a.map((row) => row.map(() => 0));
  for (let iter = 0; iter < 1000; iter++) {
    const r = y.map((row, i) => row.map((x, j) => x - ds[i][j]));
    const { values, vectors } = symmetricEigen(r);
    const x = r.map((row, i) =>
      row.map((_, j) => {
        let s = 0;
        for (let e = 0; e < k; e++) s += vectors[i][e] * Math.max(values[e], floor) * vectors[j][e];
        return s;
      }),
    );
    ds = x.map((row, i) => row.map((v, j) => v - r[i][j]));
    const next = x.map((row, i) => row.map((v, j) => (i === j ? 1 : v)));
    let change = 0;
    for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) change = Math.max(change, Math.abs(next[i][j] - y[i][j]));
    y = next;
    if (change < 1e-12) break;
  }
  return y.map((row, i) => row.map((v, j) => (i === j ? 1 : (v + y[j][i]) / 2)));
}
