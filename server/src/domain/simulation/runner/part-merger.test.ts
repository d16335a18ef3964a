import { describe, expect, it } from 'vitest';
import { CHUNK_SIZE, compileModel, type ModelSpec } from '../engine/index.js';
import { TEST_LIMITS } from '../engine/test-support.js';
import { runModel } from './index.js';
import { decodeOutputs, decodeReports, encodeOutputs, encodeReports, PartMerger } from './part-merger.js';
import { runPartChunks } from './part-runner.js';

/** Not a multiple of the chunk size, so the last part is short. */
const ITERATIONS = 5 * CHUNK_SIZE + 1234;

const base = (overrides: Partial<ModelSpec>): ModelSpec => ({
  iterations: ITERATIONS,
  seed: 9001,
  inputs: [
    { name: 'revenue', distribution: { type: 'NORMAL', mean: 100, sd: 20 } },
    { name: 'cost', distribution: { type: 'GAMMA', shape: 3, scale: 20 } },
    { name: 'churn', distribution: { type: 'PERT', min: 0, mode: 0.1, max: 0.4 } },
    { name: 'deals', distribution: { type: 'POISSON', lambda: 3 } },
  ],
  outputs: [
    { name: 'margin', formula: 'revenue - cost' },
    { name: 'profit', formula: 'margin * (1 - churn) + if(deals > 4, 10, 0)' },
    { name: 'ratio', formula: '1 / (deals - 3)' },
  ],
  statistics: { targets: [0, 50] },
  ...overrides,
});

const correlation = {
  inputs: ['revenue', 'cost', 'churn'],
  matrix: [
    [1, 0.5, -0.3],
    [0.5, 1, 0.2],
    [-0.3, 0.2, 1],
  ],
};

/** Runs the model as a distributed job does: parts of `partChunks`, stored encoded, merged in order. */
async function distributed(spec: ModelSpec, partChunks: number): Promise<unknown> {
  const model = compileModel(spec, TEST_LIMITS);
  const seed = model.seed ?? 0;
  const chunks = Math.ceil(model.iterations / CHUNK_SIZE);
  const stored = [];
  // Parts run out of order, as they would on several machines.
  const starts = Array.from({ length: Math.ceil(chunks / partChunks) }, (_, p) => p * partChunks).reverse();
  for (const firstChunk of starts) {
    const part = await runPartChunks(model, seed, { firstChunk, endChunk: Math.min(chunks, firstChunk + partChunks) });
    stored.push({ firstChunk, reports: encodeReports(part.reports), outputs: encodeOutputs(part.outputs) });
  }
  const merger = new PartMerger(model, seed);
  for (const part of stored.sort((a, b) => a.firstChunk - b.firstChunk)) {
    merger.add(part.firstChunk, {
      reports: decodeReports(part.reports),
      outputs: decodeOutputs(part.outputs, model.outputNames.length),
    });
  }
  return merger.finish();
}

const cases: [string, Partial<ModelSpec>][] = [
  ['Monte Carlo, uncorrelated', {}],
  ['Monte Carlo, Gaussian copula', { correlation }],
  ['Monte Carlo, Iman-Conover', { correlation: { ...correlation, method: 'IMAN_CONOVER' } }],
  ['Latin Hypercube, correlated', { sampling: 'LATIN_HYPERCUBE', correlation }],
  ['Sobol, uncorrelated', { sampling: 'SOBOL', iterations: 8 * CHUNK_SIZE }],
];

describe('a run split into parts', () => {
  for (const [name, overrides] of cases) {
    it(`merges to the single-process result bit for bit: ${name}`, { timeout: 120_000 }, async () => {
      const spec = base(overrides);
      const single = await runModel(compileModel(spec, TEST_LIMITS), { workers: 2 });
      for (const partChunks of [1, 2, 4]) {
        const merged = await distributed(spec, partChunks);
        expect(merged).toStrictEqual(single);
        // JSON is how the result is stored; the strings are equal too.
        expect(JSON.stringify(merged)).toBe(JSON.stringify(single));
      }
    });
  }
});
