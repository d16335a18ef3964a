/**
 * Sensitivity of each output to each input on a deterministic subsample (the first chunk):
 * Spearman rank correlation, contribution to variance (squared rank correlations normalised
 * per output) and a tornado of the output mean in each input decile.
 */
import { lowerBound, upperBound } from '../distributions/distribution.js';

export type InputSensitivity = {
  input: string;
  rankCorrelation: number;
  contributionToVariance: number;
  /** Output mean in each input decile, lowest decile first. */
  decileMeans: number[];
  low: number;
  high: number;
};
export type OutputSensitivity = { output: string; sampleSize: number; inputs: InputSensitivity[] };

/** Average ranks (0-based), ties sharing their mean rank; NaN ranks as the largest value. */
export function averageRanks(values: ArrayLike<number>, n: number): Float64Array {
  const clean = new Float64Array(n);
  for (let i = 0; i < n; i++) clean[i] = Number.isNaN(values[i]) ? Infinity : values[i];
  const sorted = clean.slice().sort();
  const ranks = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = clean[i];
    const first = lowerBound(sorted, v);
    // Continuous inputs rarely tie, so the second search is only needed when they do.
    const end = sorted[first + 1] === v ? upperBound(sorted, v) : first + 1;
    ranks[i] = (first + end - 1) / 2;
  }
  return ranks;
}

export function pearson(x: Float64Array, y: Float64Array, n: number): number {
  let mx = 0, my = 0;
  for (let i = 0; i < n; i++) { mx += x[i]; my += y[i]; }
  mx /= n; my /= n;
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] - mx, dy = y[i] - my;
    sxy += dx * dy; sxx += dx * dx; syy += dy * dy;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
}

export function computeSensitivity(
  inputNames: readonly string[], outputNames: readonly string[], inputs: Float64Array[], outputs: Float64Array[], n: number,
): OutputSensitivity[] {
  const inputRanks = inputs.map((col) => averageRanks(col, n));
  const deciles = inputRanks.map((ranks) => {
    const d = new Uint8Array(n);
    for (let i = 0; i < n; i++) d[i] = Math.min(9, Math.floor((ranks[i] * 10) / n));
    return d;
  });
  return outputs.map((out, o) => {
    const outRanks = averageRanks(out, n);
    const rhos = inputRanks.map((ranks) => pearson(ranks, outRanks, n));
    const total = rhos.reduce((s, r) => s + r * r, 0);
    return {
      output: outputNames[o],
      sampleSize: n,
      inputs: inputNames.map((input, j) => {
        const sums = new Float64Array(10), counts = new Float64Array(10);
        for (let i = 0; i < n; i++) { sums[deciles[j][i]] += out[i]; counts[deciles[j][i]]++; }
        const decileMeans = Array.from(sums, (s, d) => (counts[d] > 0 ? s / counts[d] : NaN));
        return {
          input, rankCorrelation: rhos[j], contributionToVariance: total > 0 ? (rhos[j] * rhos[j]) / total : 0,
          decileMeans, low: decileMeans[0], high: decileMeans[9],
        };
      }),
    };
  });
}
