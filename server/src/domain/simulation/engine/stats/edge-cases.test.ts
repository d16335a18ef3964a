/**
 * Statistics at the edges: infinite outputs ordered into the tail measures (only NaN is left
 * out), histogram edges of a range wider than the largest double, outputs without any finite
 * value, and sums of squares beyond the largest double.
 */
import { describe, expect, it } from 'vitest';
import { summarizeChunk } from '../chunk-report.js';
import { compileModel } from '../compile-model.js';
import type { SimulationResult } from '../result.js';
import { RunAccumulator } from '../run-accumulator.js';
import { ChunkWorkspace, chunkCount, simulateChunk } from '../simulate-chunk.js';
import { simulateAll, TEST_LIMITS } from '../test-support.js';
import type { ModelSpec } from '../types.js';
import { orderStatistics } from './order-statistics.js';

/** The whole run in-process: chunk reports reduced in order, order statistics over all values. */
function run(spec: ModelSpec): SimulationResult {
  const model = compileModel(spec, TEST_LIMITS);
  const acc = new RunAccumulator(model);
  const ws = new ChunkWorkspace(model);
  for (let c = 0; c < chunkCount(model.iterations); c++) acc.add(summarizeChunk(model, ws, c, simulateChunk(model, 1, c, ws)));
  const outputs = simulateAll(model, 1).outputs;
  return acc.finish(
    outputs.map((col) => orderStatistics(col, model.statistics)),
    1,
    'key',
  );
}

const base = { iterations: 100_000, seed: 1, statistics: { targets: [2], varLevels: [0.95] } };

describe('statistics at the edges', () => {
  it('orders +Infinity into percentiles, VaR, CVaR, CDF and exceedance (loss 1/k, P(k = 0) = 0.1)', () => {
    const result = run({
      ...base,
      inputs: [{ name: 'k', distribution: { type: 'DISCRETE', values: [0, 1, 2], probabilities: [0.1, 0.45, 0.45] } }],
      outputs: [
        { name: 'loss', formula: '1 / k' },
        { name: 'bad', formula: '0 * (1 / k)' },
      ],
    });
    const loss = result.outputs[0];
    const var95 = loss.valueAtRisk[0];
    expect(var95.value).toBe(Infinity);
    expect(var95.conditional).toBe(Infinity);
    expect(loss.percentiles.find((p) => p.percentile === 99)?.value).toBe(Infinity);
    expect(loss.percentiles.find((p) => p.percentile === 50)?.value).toBe(1);
    expect(Math.abs(loss.exceedance[0].probability - 0.1)).toBeLessThan(0.005);
    expect(loss.max).toBe(Infinity);
    const lastCdf = loss.cdf[loss.cdf.length - 1];
    expect(lastCdf.value).toBe(1);
    expect(Math.abs(lastCdf.probability - 0.9)).toBeLessThan(0.005);
    expect(loss.histogram.counts.reduce((a, b) => a + b, 0)).toBe(loss.count);
    // 0 * Infinity is NaN: left out of everything, counted and warned about.
    const bad = result.outputs[1];
    expect(bad.percentiles.every((p) => p.value === 0)).toBe(true);
    expect(bad.nonFinite).toBe(loss.nonFinite);
    expect(result.warnings.some((w) => w.includes('bad was NaN'))).toBe(true);
    expect(result.warnings.some((w) => w.includes('loss was infinite'))).toBe(true);
  });

  it('computes histogram edges of a range wider than the largest double without overflow', () => {
    const result = run({
      ...base,
      inputs: [{ name: 'x', distribution: { type: 'NORMAL', mean: 0, sd: 1e308 } }],
      outputs: [{ name: 'y', formula: 'x' }],
    });
    const { edges, counts } = result.outputs[0].histogram;
    expect(edges).toHaveLength(51);
    expect(edges.every((e, i) => Number.isFinite(e) && (i === 0 || e > edges[i - 1]))).toBe(true);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(result.outputs[0].count);
  });

  it('reports null (NaN) std, skewness, kurtosis and convergence mean for an output without finite values', () => {
    const result = run({
      ...base,
      inputs: [{ name: 'x', distribution: { type: 'UNIFORM', min: 1, max: 2 } }],
      outputs: [{ name: 'y', formula: 'log(-x)' }],
    });
    const y = result.outputs[0];
    expect(y.count).toBe(0);
    for (const v of [y.mean, y.std, y.skewness, y.kurtosis, y.convergence[0].mean]) expect(v).toBeNaN();
  });

  it('keeps std finite when the sum of squares overflows (exp(1000 x))', () => {
    const result = run({
      ...base,
      inputs: [{ name: 'x', distribution: { type: 'UNIFORM', min: 0, max: 0.7 } }],
      outputs: [{ name: 'y', formula: 'exp(1000 * x)' }],
    });
    const y = result.outputs[0];
    // y = e^(1000 x) has E[y^2] / E[y]^2 of about 1000 * 0.7 / 4, so std / mean is about 13.
    expect(Number.isFinite(y.std)).toBe(true);
    expect(y.std / y.mean).toBeGreaterThan(5);
    expect(y.std / y.mean).toBeLessThan(30);
    expect(Number.isFinite(y.skewness) && Number.isFinite(y.kurtosis)).toBe(true);
  });
});
