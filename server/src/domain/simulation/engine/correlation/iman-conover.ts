/**
 * Iman-Conover rank reordering inside one chunk (R. L. Iman, W. J. Conover, "A
 * distribution-free approach to inducing rank correlation among input variables", 1982).
 * Van der Waerden scores are shuffled per input by Philox, decorrelated by the Cholesky
 * factor of their own correlation and recoloured with the target factor; each input column
 * is then rearranged to follow the ranks of its score column. Marginals stay untouched.
 */
import { normalQuantile } from '../math/normal.js';
import { STREAM_SCORES, fillUniforms } from '../rng/philox.js';
import { lowerBound } from '../distributions/distribution.js';
import { cholesky } from './linear-algebra.js';

export function imanConover(
  columns: Float64Array[],
  inputIndices: number[],
  target: Float64Array,
  seed: number,
  first: number,
  m: number,
): void {
  const k = columns.length;
  const base = new Float64Array(m);
  for (let r = 0; r < m; r++) base[r] = normalQuantile((r + 1) / (m + 1));
  const shuffle = new Float64Array(m);
  const scores = columns.map((_, j) => {
    const s = base.slice();
    fillUniforms(seed, inputIndices[j], STREAM_SCORES, first, m, shuffle);
    for (let t = m - 1; t > 0; t--) {
      const r = Math.floor(shuffle[t] * (t + 1));
      const swap = s[t];
      s[t] = s[r];
      s[r] = swap;
    }
    return s;
  });
  // Correlation of the shuffled scores: all columns share mean 0 and the same variance.
  let variance = 0;
  for (let r = 0; r < m; r++) variance += base[r] * base[r];
  const e = scores.map((a) =>
    scores.map((b) => {
      let s = 0;
      for (let r = 0; r < m; r++) s += a[r] * b[r];
      return s / variance;
    }),
  );
  const transform = multiplyLower(target, invertLower(cholesky(e), k), k);
  const row = new Float64Array(k);
  const mixed = scores.map(() => new Float64Array(m));
  for (let r = 0; r < m; r++) {
    for (let j = 0; j < k; j++) row[j] = scores[j][r];
    for (let i = 0; i < k; i++) {
      let s = 0;
      for (let j = 0; j <= i; j++) s += transform[i * k + j] * row[j];
      mixed[i][r] = s;
    }
  }
  const used = new Int32Array(m);
  columns.forEach((column, j) => {
    const sortedValues = column.slice(0, m).sort();
    const sortedScores = mixed[j].slice().sort();
    used.fill(0);
    for (let r = 0; r < m; r++) {
      const rank = lowerBound(sortedScores, mixed[j][r]);
      column[r] = sortedValues[rank + used[rank]++];
    }
  });
}

function invertLower(l: Float64Array, k: number): Float64Array {
  const inv = new Float64Array(k * k);
  for (let i = 0; i < k; i++) {
    inv[i * k + i] = l[i * k + i] > 0 ? 1 / l[i * k + i] : 0;
    for (let j = 0; j < i; j++) {
      let s = 0;
      for (let m = j; m < i; m++) s += l[i * k + m] * inv[m * k + j];
      inv[i * k + j] = l[i * k + i] > 0 ? -s / l[i * k + i] : 0;
    }
  }
  return inv;
}

function multiplyLower(a: Float64Array, b: Float64Array, k: number): Float64Array {
  const out = new Float64Array(k * k);
  for (let i = 0; i < k; i++) {
    for (let j = 0; j <= i; j++) {
      let s = 0;
      for (let m = j; m <= i; m++) s += a[i * k + m] * b[m * k + j];
      out[i * k + j] = s;
    }
  }
  return out;
}
