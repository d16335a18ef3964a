import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { compileModel, ENGINE_VERSION, replayIteration, type ModelSpec } from '../engine/index.js';
import { percentile } from '../engine/stats/summary.js';
import { simulateAll, TEST_LIMITS } from '../engine/test-support.js';
import { SimulationCancelledError, SimulationPool, SimulationTimeoutError, runModel } from './index.js';

const spec = (overrides: Partial<ModelSpec> = {}): ModelSpec => ({
  iterations: 140_000,
  seed: 4242,
  inputs: [
    { name: 'revenue', distribution: { type: 'NORMAL', mean: 100, sd: 20 } },
    { name: 'cost', distribution: { type: 'TRIANGULAR', min: 40, mode: 60, max: 90 } },
    { name: 'churn', distribution: { type: 'TRIANGULAR', min: 0, mode: 0.1, max: 0.4 } },
    { name: 'deals', distribution: { type: 'POISSON', lambda: 3 } },
  ],
  outputs: [
    { name: 'margin', formula: 'revenue - cost' },
    { name: 'profit', formula: 'margin * (1 - churn) + if(deals > 4, 10, 0)' },
  ],
  correlation: {
    inputs: ['revenue', 'cost'],
    matrix: [
      [1, 0.5],
      [0.5, 1],
    ],
  },
  statistics: { targets: [0, 50] },
  ...overrides,
});

const pool = new SimulationPool(2);
afterAll(() => pool.close());

describe('runner', () => {
  it('returns byte-identical results with 1, 2 and 3 workers and across runs', async () => {
    const model = compileModel(spec(), TEST_LIMITS);
    const results = [];
    for (const workers of [1, 2, 3]) results.push(JSON.stringify(await runModel(model, { workers })));
    results.push(JSON.stringify(await pool.run(model)));
    results.push(JSON.stringify(await pool.run(model)));
    for (const r of results) expect(r).toBe(results[0]);
  });

  it('gives a model the same bytes on a pool whose workers reuse the columns of other models', async () => {
    const other = compileModel(
      spec({
        iterations: 70_000,
        outputs: [{ name: 'wide', formula: 'exp(revenue / 100) * cost - churn * deals + max(cost, revenue, 50)' }],
      }),
      TEST_LIMITS,
    );
    const model = compileModel(spec({ iterations: 70_000 }), TEST_LIMITS);
    const fresh = JSON.stringify(await runModel(model, { workers: 2 }));
    await pool.run(other);
    expect(JSON.stringify(await pool.run(model))).toBe(fresh);
    await pool.run(other);
    expect(JSON.stringify(await pool.run(model))).toBe(fresh);
  });

  it.each([
    [
      'LATIN_HYPERCUBE with Iman-Conover',
      {
        sampling: 'LATIN_HYPERCUBE',
        correlation: {
          method: 'IMAN_CONOVER',
          inputs: ['revenue', 'cost'],
          matrix: [
            [1, 0.5],
            [0.5, 1],
          ],
        },
      },
    ],
    ['SOBOL with the Gaussian copula', { sampling: 'SOBOL', iterations: 131_072 }],
    ['MONTE_CARLO', {}],
  ] as [string, Partial<ModelSpec>][])('%s: the run and replayIteration agree with a direct computation', async (_, overrides) => {
    const model = compileModel(spec(overrides), TEST_LIMITS);
    const result = await pool.run(model);
    const direct = simulateAll(model, 4242);
    for (const i of [0, 1, 65_535, 65_536, 70_001, model.iterations - 1]) {
      const replay = replayIteration(model, 4242, i);
      expect(replay.inputs.cost).toBe(direct.inputs[1][i]);
      expect(replay.outputs.profit).toBe(direct.outputs[1][i]);
    }
    const sorted = direct.outputs[1].slice().sort();
    const stats = result.outputs[1];
    expect(stats.min).toBe(sorted[0]);
    expect(stats.max).toBe(sorted[sorted.length - 1]);
    stats.percentiles.forEach(({ percentile: p, value }) => expect(value).toBe(percentile(sorted, p)));
    expect(stats.mean).toBeCloseTo(sorted.reduce((a, b) => a + b, 0) / sorted.length, 9);
  });

  it('carries the seed, the engine version and the SHA-256 reproducibility key', async () => {
    const model = compileModel(spec({ seed: null, iterations: 1000 }), TEST_LIMITS);
    const result = await pool.run(model);
    expect(Number.isInteger(result.seed)).toBe(true);
    expect(result.engineVersion).toBe(ENGINE_VERSION);
    const expected = createHash('sha256').update(`${model.canonicalJson}\n${result.seed}\n${ENGINE_VERSION}`).digest('hex');
    expect(result.reproducibilityKey).toBe(expected);
    const again = await pool.run(compileModel(spec({ seed: result.seed, iterations: 1000 }), TEST_LIMITS));
    expect(again.outputs).toEqual(result.outputs);
    expect(again.reproducibilityKey).toBe(result.reproducibilityKey);
  });

  it('reports progress that grows chunk by chunk up to the total', async () => {
    const seen: number[] = [];
    await pool.run(compileModel(spec(), TEST_LIMITS), {
      onProgress: (done, total) => {
        expect(total).toBe(140_000);
        seen.push(done);
      },
    });
    expect(seen).toHaveLength(3);
    expect(seen.slice().sort((a, b) => a - b)).toEqual(seen);
    expect(seen[2]).toBe(140_000);
  });

  it('stops deterministically at a chunk boundary once the auto-stop tolerance is met', async () => {
    const model = compileModel(
      spec({ iterations: 2_000_000, autoStop: { output: 'margin', statistic: 'MEAN', tolerance: 0.2 } }),
      TEST_LIMITS,
    );
    const first = await pool.run(model);
    expect(first.stoppedEarly).toBe(true);
    expect(first.iterationsRun % 65_536).toBe(0);
    expect(first.autoStop?.halfWidth).toBeLessThanOrEqual(0.2);
    const second = await runModel(model, { workers: 1 });
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });

  it('can be cancelled with an AbortSignal and limited in time', async () => {
    const model = compileModel(spec({ iterations: 5_000_000 }), TEST_LIMITS);
    const controller = new AbortController();
    const cancelled = pool.run(model, { signal: controller.signal, onProgress: () => controller.abort() });
    await expect(cancelled).rejects.toBeInstanceOf(SimulationCancelledError);
    await expect(pool.run(model, { timeLimitMs: 50 })).rejects.toBeInstanceOf(SimulationTimeoutError);
    const after = await pool.run(compileModel(spec({ iterations: 1000 }), TEST_LIMITS));
    expect(after.iterationsRun).toBe(1000);
  });

  it('computes sensitivity: rank correlations, contributions to variance and a tornado', async () => {
    const result = await pool.run(compileModel(spec(), TEST_LIMITS));
    const margin = result.sensitivity[0];
    const byName = Object.fromEntries(margin.inputs.map((s) => [s.input, s]));
    expect(byName.revenue.rankCorrelation).toBeGreaterThan(0.7);
    expect(byName.cost.rankCorrelation).toBeLessThan(0);
    expect(Math.abs(byName.churn.rankCorrelation)).toBeLessThan(0.03);
    expect(margin.inputs.reduce((s, x) => s + x.contributionToVariance, 0)).toBeCloseTo(1, 12);
    expect(byName.revenue.high).toBeGreaterThan(byName.revenue.low);
    expect(byName.revenue.decileMeans).toHaveLength(10);
  });
});
