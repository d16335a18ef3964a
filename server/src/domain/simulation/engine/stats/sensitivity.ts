/**
 * Sensitivity of each output to each input on a deterministic subsample (the first chunk):
 * Spearman rank correlation, contribution to variance (squared rank correlations normalised
 * per output) and a tornado of the output mean in each input decile.
 */
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
  const order = radixOrder(clean);
  const ranks = new Float64Array(n);
  // Equal values are adjacent in the order (-0 and +0 too, nothing lies between them).
  for (let first = 0; first < n; ) {
    const v = clean[order[first]];
    let end = first + 1;
    while (end < n && clean[order[end]] === v) end++;
    const rank = (first + end - 1) / 2;
    for (let k = first; k < end; k++) ranks[order[k]] = rank;
    first = end;
  }
  return ranks;
}

/**
 * Indices of `values` (no NaN) in ascending order of value: an LSD radix sort in four 16-bit
 * digits of the IEEE-754 bits mapped to unsigned order. It replaces a sort plus a binary search
 * per value, which cost about 20 ms per column of a 65,536-iteration chunk.
 */
function radixOrder(values: Float64Array): Int32Array {
  const n = values.length;
  const words = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
  const lo = new Uint32Array(n),
    hi = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const h = words[2 * i + 1],
      l = words[2 * i];
    // Negative numbers: flip every bit (larger magnitude sorts lower); others: set the sign bit.
    if (h >>> 31) {
      hi[i] = ~h;
      lo[i] = ~l;
    } else {
      hi[i] = h | 0x80000000;
      lo[i] = l;
    }
  }
  let order = new Int32Array(n),
    spare = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const count = new Uint32Array(65537);
  for (let pass = 0; pass < 4; pass++) {
    const key = pass < 2 ? lo : hi,
      shift = pass % 2 === 0 ? 0 : 16;
    count.fill(0);
    for (let k = 0; k < n; k++) count[((key[order[k]] >>> shift) & 0xffff) + 1]++;
    // A digit that is the same for every value leaves the order as it is.
    if (count[((key[0] >>> shift) & 0xffff) + 1] === n) continue;
    for (let d = 1; d <= 65536; d++) count[d] += count[d - 1];
    for (let k = 0; k < n; k++) {
      const i = order[k];
      spare[count[(key[i] >>> shift) & 0xffff]++] = i;
    }
    const t = order;
    order = spare;
    spare = t;
  }
  return order;
}

export function pearson(x: Float64Array, y: Float64Array, n: number): number {
  let mx = 0,
    my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i];
    my += y[i];
  }
  mx /= n;
  my /= n;
  let sxy = 0,
    sxx = 0,
    syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] - mx,
      dy = y[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
}

/**
 * What a worker computes for the first chunk: numbers only, in typed arrays, so the report
 * crosses threads as bytes. The named objects are built once, by `describeSensitivity`, on the
 * thread that assembles the result.
 */
export type SensitivityColumns = {
  sampleSize: number;
  /** Entry `o * inputCount + j`: Spearman correlation of output o with input j. */
  rankCorrelations: Float64Array;
  /** Entries `(o * inputCount + j) * 10 + d`: mean of output o over input j's decile d. */
  decileMeans: Float64Array;
};

export function computeSensitivity(inputs: Float64Array[], outputs: Float64Array[], n: number): SensitivityColumns {
  const k = inputs.length;
  const inputRanks = inputs.map((col) => averageRanks(col, n));
  const deciles = inputRanks.map((ranks) => {
    const d = new Uint8Array(n);
    for (let i = 0; i < n; i++) d[i] = Math.min(9, Math.floor((ranks[i] * 10) / n));
    return d;
  });
  const rankCorrelations = new Float64Array(outputs.length * k);
  const decileMeans = new Float64Array(outputs.length * k * 10);
  const sums = new Float64Array(10),
    counts = new Float64Array(10);
  outputs.forEach((out, o) => {
    const outRanks = averageRanks(out, n);
    for (let j = 0; j < k; j++) {
      rankCorrelations[o * k + j] = pearson(inputRanks[j], outRanks, n);
      sums.fill(0);
      counts.fill(0);
      const decile = deciles[j];
      for (let i = 0; i < n; i++) {
        sums[decile[i]] += out[i];
        counts[decile[i]]++;
      }
      for (let d = 0; d < 10; d++) decileMeans[(o * k + j) * 10 + d] = counts[d] > 0 ? sums[d] / counts[d] : NaN;
    }
  });
  return { sampleSize: n, rankCorrelations, decileMeans };
}

/** Names the columns: per output, each input's correlation, share of variance and tornado. */
export function describeSensitivity(
  inputNames: readonly string[],
  outputNames: readonly string[],
  columns: SensitivityColumns,
): OutputSensitivity[] {
  const k = inputNames.length;
  return outputNames.map((output, o) => {
    const rhos = Array.from(columns.rankCorrelations.subarray(o * k, (o + 1) * k));
    const total = rhos.reduce((s, r) => s + r * r, 0);
    return {
      output,
      sampleSize: columns.sampleSize,
      inputs: inputNames.map((input, j) => {
        const decileMeans = Array.from(columns.decileMeans.subarray((o * k + j) * 10, (o * k + j + 1) * 10));
        return {
          input,
          rankCorrelation: rhos[j],
          contributionToVariance: total > 0 ? (rhos[j] * rhos[j]) / total : 0,
          decileMeans,
          low: decileMeans[0],
          high: decileMeans[9],
        };
      }),
    };
  });
}
