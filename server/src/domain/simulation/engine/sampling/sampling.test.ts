import { describe, expect, it } from 'vitest';
import { compileModel } from '../compile-model.js';
import { simulateAll, TEST_LIMITS } from '../test-support.js';
import type { ModelSpec, SamplingMethod } from '../types.js';
import { fillLatinHypercube } from './latin-hypercube.js';
import { fillSobol } from './sobol.js';

// scipy.stats.qmc.Sobol(d=5, scramble=False).random(8)
const SCIPY_SOBOL = [
  [0, 0, 0, 0, 0],
  [0.5, 0.5, 0.5, 0.5, 0.5],
  [0.75, 0.25, 0.25, 0.25, 0.75],
  [0.25, 0.75, 0.75, 0.75, 0.25],
  [0.375, 0.375, 0.625, 0.875, 0.375],
  [0.875, 0.875, 0.125, 0.375, 0.875],
  [0.625, 0.125, 0.875, 0.625, 0.625],
  [0.125, 0.625, 0.375, 0.125, 0.125],
];

describe('sampling', () => {
  it('unscrambled Sobol points equal SciPy qmc.Sobol, also when started mid-sequence', () => {
    for (let d = 0; d < 5; d++) {
      const out = new Float64Array(8);
      fillSobol(d, 0, 0, 8, out);
      out.forEach((x, i) => expect(x - 0.5 / 2 ** 32).toBe(SCIPY_SOBOL[i][d]));
      const tail = new Float64Array(3);
      fillSobol(d, 0, 5, 3, tail);
      expect([...tail]).toEqual([...out.subarray(5)]);
    }
    // scipy: Sobol(d=128, scramble=False).random(16)[5, 100:104] and [13, 127]
    const dim100 = new Float64Array(16);
    fillSobol(100, 0, 0, 16, dim100);
    expect(dim100[5] - 0.5 / 2 ** 32).toBe(0.125);
    const dim127 = new Float64Array(16);
    fillSobol(127, 0, 0, 16, dim127);
    expect(dim127[13] - 0.5 / 2 ** 32).toBe(0.1875);
  });

  it('Latin Hypercube puts exactly one point in each stratum of a chunk', () => {
    const m = 1000;
    const out = new Float64Array(m);
    fillLatinHypercube(5, 2, 65_536, m, out, new Float64Array(m), new Int32Array(m));
    const seen = new Set<number>();
    for (const u of out) seen.add(Math.floor(u * m));
    expect(seen.size).toBe(m);
  });

  it.each(['LATIN_HYPERCUBE', 'SOBOL'] as SamplingMethod[])(
    '%s estimates a mean far more precisely than its Monte Carlo error',
    (sampling) => {
      const spec: ModelSpec = {
        iterations: 65_536,
        seed: 3,
        sampling,
        inputs: [
          { name: 'a', distribution: { type: 'EXPONENTIAL', rate: 1 } },
          { name: 'b', distribution: { type: 'UNIFORM', min: 0, max: 1 } },
        ],
        outputs: [{ name: 'y', formula: 'a + b' }],
      };
      const { outputs } = simulateAll(compileModel(spec, TEST_LIMITS), 3);
      const mean = outputs[0].reduce((s, x) => s + x, 0) / outputs[0].length;
      const mcError = Math.sqrt((1 + 1 / 12) / 65_536);
      expect(Math.abs(mean - 1.5)).toBeLessThan(mcError / 5);
    },
  );
});
