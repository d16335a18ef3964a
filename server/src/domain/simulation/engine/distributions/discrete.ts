/** Builders for the table-based distributions: binomial, Poisson, discrete, empirical, custom. */
import { PiecewiseLinearDistribution, TableDistribution } from './distribution.js';

/** Relative mass below which the tails of binomial and Poisson tables are cut (far below 2^-53). */
const TAIL_CUTOFF = 1e-20;

/**
 * Tabulates a unimodal integer distribution from its mode outwards with the pmf ratio
 * p(k+1)/p(k), then normalises. This avoids log-gamma round-off and holds all the mass
 * a 53-bit uniform can reach.
 */
function tabulate(mode: number, lowest: number, highest: number, ratioUp: (k: number) => number): TableDistribution {
  const up: number[] = [];
  const down: number[] = [];
  let w = 1;
  for (let k = mode; k < highest; k++) {
    w *= ratioUp(k);
    if (w < TAIL_CUTOFF) break;
    up.push(w);
  }
  w = 1;
  for (let k = mode - 1; k >= lowest; k--) {
    w /= ratioUp(k);
    if (w < TAIL_CUTOFF) break;
    down.push(w);
  }
  const size = down.length + 1 + up.length;
  const values = new Float64Array(size);
  const weights = new Float64Array(size);
  const first = mode - down.length;
  for (let i = 0; i < size; i++) values[i] = first + i;
  for (let i = 0; i < down.length; i++) weights[down.length - 1 - i] = down[i];
  weights[down.length] = 1;
  for (let i = 0; i < up.length; i++) weights[down.length + 1 + i] = up[i];
  return new TableDistribution(values, cumulate(weights));
}

function cumulate(weights: Float64Array): Float64Array {
  let total = 0;
  for (const x of weights) total += x;
  const cumulative = new Float64Array(weights.length);
  let running = 0;
  for (let i = 0; i < weights.length; i++) {
    running += weights[i];
    cumulative[i] = running / total;
  }
  return cumulative;
}

export function binomial(n: number, p: number): TableDistribution {
  if (p === 0 || p === 1 || n === 0) {
    return new TableDistribution(Float64Array.of(p === 1 ? n : 0), Float64Array.of(1));
  }
  const mode = Math.min(n, Math.floor((n + 1) * p));
  const odds = p / (1 - p);
  return tabulate(mode, 0, n, (k) => ((n - k) / (k + 1)) * odds);
}

export function poisson(lambda: number): TableDistribution {
  return tabulate(Math.floor(lambda), 0, Infinity, (k) => lambda / (k + 1));
}

/** Values with probabilities; duplicates merge and values are sorted so the quantile is monotone. */
export function discrete(values: number[], probabilities: number[]): TableDistribution {
  const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b]);
  const xs: number[] = [];
  const ws: number[] = [];
  for (const i of order) {
    if (probabilities[i] === 0) continue;
    if (xs.length > 0 && xs[xs.length - 1] === values[i]) ws[ws.length - 1] += probabilities[i];
    else {
      xs.push(values[i]);
      ws.push(probabilities[i]);
    }
  }
  return new TableDistribution(Float64Array.from(xs), cumulate(Float64Array.from(ws)));
}

/** Resamples the observed data: each observation has probability 1/n. */
export function empirical(data: number[]): TableDistribution {
  return discrete(
    data,
    data.map(() => 1),
  );
}

/** Histogram: bin edges and the probability of each bin, uniform inside a bin. */
export function histogram(edges: number[], probabilities: number[]): PiecewiseLinearDistribution {
  const ps = new Float64Array(edges.length);
  const cumulative = cumulate(Float64Array.from(probabilities));
  ps.set(cumulative, 1);
  return new PiecewiseLinearDistribution(Float64Array.from(edges), ps);
}

/** CDF table: values with cumulative probabilities from 0 to 1, linear in between. */
export function cdfTable(values: number[], cdf: number[]): PiecewiseLinearDistribution {
  return new PiecewiseLinearDistribution(Float64Array.from(values), Float64Array.from(cdf));
}
