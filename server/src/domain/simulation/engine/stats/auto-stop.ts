/**
 * Deterministic auto-stop: the rule is evaluated only at chunk boundaries, on chunks
 * combined in order, so where a run stops depends on the model and seed alone.
 * MEAN uses the normal confidence interval of the mean, PROBABILITY the Agresti-Coull
 * interval of P(X > target), PERCENTILE batch means over per-chunk percentiles.
 */
import type { CompiledAutoStop } from '../compile-options.js';
import { standardDeviation, type Moments } from './moments.js';

export const Z_95 = 1.959963984540054;
const MIN_CHUNKS = 2;
const MIN_CHUNKS_PERCENTILE = 4;

export type AutoStopState = { estimate: number; halfWidth: number };

/**
 * `chunkValues` holds one value per completed chunk: its percentile (PERCENTILE) or its
 * count above the target (PROBABILITY).
 */
export function evaluateAutoStop(rule: CompiledAutoStop, moments: Moments, chunkValues: number[]): AutoStopState {
  const n = moments.n;
  if (rule.statistic === 'MEAN') {
    return { estimate: moments.mean, halfWidth: n > 1 ? (Z_95 * standardDeviation(moments)) / Math.sqrt(n) : Infinity };
  }
  if (rule.statistic === 'PROBABILITY') {
    const count = chunkValues.reduce((a, b) => a + b, 0);
    const adjusted = (count + 2) / (n + 4);
    return { estimate: n > 0 ? count / n : NaN, halfWidth: Z_95 * Math.sqrt((adjusted * (1 - adjusted)) / (n + 4)) };
  }
  const b = chunkValues.length;
  const mean = chunkValues.reduce((a, v) => a + v, 0) / b;
  const variance = chunkValues.reduce((a, v) => a + (v - mean) * (v - mean), 0) / Math.max(1, b - 1);
  return { estimate: mean, halfWidth: b > 1 ? (Z_95 * Math.sqrt(variance)) / Math.sqrt(b) : Infinity };
}

export function shouldStop(rule: CompiledAutoStop, state: AutoStopState, chunksDone: number, sobol: boolean): boolean {
  if (chunksDone < (rule.statistic === 'PERCENTILE' ? MIN_CHUNKS_PERCENTILE : MIN_CHUNKS)) return false;
  // Sobol points are balanced only in power-of-two prefixes.
  if (sobol && !Number.isInteger(Math.log2(chunksDone))) return false;
  const limit = rule.relative ? rule.tolerance * Math.abs(state.estimate) : rule.tolerance;
  return state.halfWidth <= limit;
}
