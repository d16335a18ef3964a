import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileModel } from './compile-model.js';
import { ModelValidationError } from './errors.js';
import { workUnits } from './index.js';
import { TEST_LIMITS } from './test-support.js';
import { DISTRIBUTION_TYPES, type ModelSpec } from './types.js';

const base = (): ModelSpec => ({
  iterations: 1000,
  seed: 7,
  inputs: [
    { name: 'a', distribution: { type: 'NORMAL', mean: 0, sd: 1 } },
    { name: 'b', distribution: { type: 'UNIFORM', min: 0, max: 1 } },
    { name: 'c', distribution: { type: 'GAMMA', shape: 2, scale: 1 } },
  ],
  outputs: [{ name: 'y', formula: 'a + b * c' }],
});

function fieldOf(mutate: (spec: ModelSpec) => void): string {
  const spec = base();
  mutate(spec);
  try {
    compileModel(spec, TEST_LIMITS);
  } catch (error) {
    if (error instanceof ModelValidationError) return error.field;
    throw error;
  }
  return 'accepted';
}

describe('model validation', () => {
  it('accepts a valid model and prices a simple one as iterations x inputs', () => {
    const model = compileModel(base(), TEST_LIMITS);
    expect(workUnits(model)).toBe(3000);
    expect(model.warnings).toEqual([]);
  });

  it('prices outputs beyond the first and every 64 compiled operations as one more unit per iteration', () => {
    const terms = (n: number) => Array.from({ length: n }, () => 'a').join(' + ');
    const outputs = Array.from({ length: 4 }, (_, i) => ({ name: `y${i}`, formula: `(${terms(100)}) * (${terms(100)})` }));
    const model = compileModel({ ...base(), outputs }, TEST_LIMITS);
    // 4 outputs of 199 operations each: 796 / 64 = 12 units, + 3 inputs + 3 outputs beyond the first.
    expect(model.program.instructions.length).toBe(796);
    expect(workUnits(model)).toBe(1000 * (3 + 3 + 12));
  });

  it('names the field of every kind of bad input', () => {
    expect(
      fieldOf((s) => {
        s.inputs[2].distribution.type = 'CAUCHY' as 'NORMAL';
      }),
    ).toBe('inputs[2].distribution.type');
    expect(
      fieldOf((s) => {
        s.inputs[0].distribution.sd = -1;
      }),
    ).toBe('inputs[0].distribution.sd');
    expect(
      fieldOf((s) => {
        s.inputs[0].distribution.sd = Number.NaN;
      }),
    ).toBe('inputs[0].distribution.sd');
    expect(
      fieldOf((s) => {
        s.inputs[1].distribution.max = Infinity;
      }),
    ).toBe('inputs[1].distribution.max');
    expect(
      fieldOf((s) => {
        s.inputs[1].distribution.max = -1;
      }),
    ).toBe('inputs[1].distribution.max');
    expect(
      fieldOf((s) => {
        delete s.inputs[2].distribution.scale;
      }),
    ).toBe('inputs[2].distribution.scale');
    expect(
      fieldOf((s) => {
        s.inputs[0].distribution.mu = 1;
      }),
    ).toBe('inputs[0].distribution.mu');
    expect(
      fieldOf((s) => {
        s.inputs[0].truncateMin = 5;
        s.inputs[0].truncateMax = 4;
      }),
    ).toBe('inputs[0].truncateMax');
    expect(
      fieldOf((s) => {
        s.inputs[1].truncateMin = 2;
      }),
    ).toBe('inputs[1].truncateMin');
    expect(
      fieldOf((s) => {
        s.iterations = 0;
      }),
    ).toBe('iterations');
    expect(
      fieldOf((s) => {
        s.iterations = 1.5;
      }),
    ).toBe('iterations');
    expect(
      fieldOf((s) => {
        s.iterations = TEST_LIMITS.maxIterations + 1;
      }),
    ).toBe('iterations');
    expect(
      fieldOf((s) => {
        s.seed = -1;
      }),
    ).toBe('seed');
    expect(
      fieldOf((s) => {
        s.inputs = Array.from({ length: 51 }, (_, i) => ({ name: `x${i}`, distribution: { type: 'NORMAL', mean: 0, sd: 1 } }));
      }),
    ).toBe('inputs');
    expect(
      fieldOf((s) => {
        s.outputs = Array.from({ length: 11 }, (_, i) => ({ name: `y${i}`, formula: 'a' }));
      }),
    ).toBe('outputs');
    expect(
      fieldOf((s) => {
        s.inputs[1].name = 'a';
      }),
    ).toBe('inputs[1].name');
    expect(
      fieldOf((s) => {
        s.inputs[1].name = '2x';
      }),
    ).toBe('inputs[1].name');
    expect(
      fieldOf((s) => {
        s.outputs[0].formula = 'a +';
      }),
    ).toBe('outputs[0].formula');
    expect(
      fieldOf((s) => {
        s.inputs[0].distribution = { type: 'DISCRETE', values: [1, 2], probabilities: [0.5, 0.4] };
      }),
    ).toBe('inputs[0].distribution.probabilities');
    expect(
      fieldOf((s) => {
        s.inputs[0].distribution = { type: 'CUSTOM', bins: [0, 1, 1], probabilities: [0.5, 0.5] };
      }),
    ).toBe('inputs[0].distribution.bins[2]');
    expect(
      fieldOf((s) => {
        s.autoStop = { output: 'z', statistic: 'MEAN', tolerance: 1 };
      }),
    ).toBe('autoStop.output');
    expect(
      fieldOf((s) => {
        s.autoStop = { output: 'y', statistic: 'PERCENTILE', tolerance: 1 };
      }),
    ).toBe('autoStop.percentile');
    expect(
      fieldOf((s) => {
        s.statistics = { percentiles: [50, 101] };
      }),
    ).toBe('statistics.percentiles[1]');
    expect(
      fieldOf((s) => {
        s.statistics = { histogramBins: 0 };
      }),
    ).toBe('statistics.histogramBins');
  });

  it('gives messages that say what to fix', () => {
    const spec = base();
    spec.inputs[0].distribution.sd = 0;
    expect(() => compileModel(spec, TEST_LIMITS)).toThrow(/sd must be greater than 0/);
  });

  it('enforces power-of-two iterations for Sobol sampling', () => {
    expect(
      fieldOf((s) => {
        s.sampling = 'SOBOL';
        s.iterations = 1000;
      }),
    ).toBe('iterations');
    expect(
      fieldOf((s) => {
        s.sampling = 'SOBOL';
        s.iterations = 1024;
      }),
    ).toBe('accepted');
  });

  it('never throws anything but ModelValidationError for generated model specs', () => {
    const number = fc.oneof(fc.double(), fc.integer({ min: -5, max: 5 }), fc.constant(null), fc.constant(Number.NaN));
    const distribution = fc.record(
      {
        type: fc.oneof(fc.constantFrom(...DISTRIBUTION_TYPES), fc.string()),
        mean: number,
        sd: number,
        mu: number,
        sigma: number,
        min: number,
        max: number,
        mode: number,
        alpha: number,
        beta: number,
        shape: number,
        scale: number,
        rate: number,
        lambda: number,
        df: number,
        location: number,
        p: number,
        n: number,
        values: fc.option(fc.array(fc.double(), { maxLength: 4 })),
        probabilities: fc.option(fc.array(fc.double({ min: 0, max: 1 }), { maxLength: 4 })),
        data: fc.option(fc.array(fc.double(), { maxLength: 4 })),
        bins: fc.option(fc.array(fc.double(), { maxLength: 4 })),
        cdf: fc.option(fc.array(fc.double({ min: 0, max: 1 }), { maxLength: 4 })),
      },
      { requiredKeys: ['type'] },
    );
    const spec = fc.record({
      iterations: fc.oneof(fc.integer({ min: -10, max: 3000 }), fc.double()),
      seed: fc.option(fc.oneof(fc.integer(), fc.double())),
      sampling: fc.option(fc.oneof(fc.constantFrom('MONTE_CARLO', 'LATIN_HYPERCUBE', 'SOBOL'), fc.string())),
      inputs: fc.array(
        fc.record({
          name: fc.oneof(fc.constantFrom('a', 'b', 'c', 'exp'), fc.string()),
          distribution,
          truncateMin: fc.option(fc.double()),
          truncateMax: fc.option(fc.double()),
          shift: fc.option(fc.double()),
        }),
        { maxLength: 4 },
      ),
      outputs: fc.array(
        fc.record({
          name: fc.constantFrom('y', 'z', 'a'),
          formula: fc.oneof(fc.constantFrom('a + b', 'a * c', 'y', 'max(a,'), fc.string()),
        }),
        { maxLength: 3 },
      ),
      correlation: fc.option(
        fc.record({
          method: fc.option(fc.constantFrom('GAUSSIAN_COPULA', 'IMAN_CONOVER')),
          inputs: fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 3 }),
          matrix: fc.array(fc.array(fc.double({ min: -1.5, max: 1.5 }), { maxLength: 3 }), { maxLength: 3 }),
        }),
      ),
    });
    fc.assert(
      fc.property(spec, (s) => {
        try {
          compileModel(s as ModelSpec, { maxIterations: 3000, maxInputs: 3, maxOutputs: 2 });
        } catch (error) {
          if (!(error instanceof ModelValidationError)) throw error;
          expect(typeof error.field).toBe('string');
        }
      }),
      { numRuns: 1000 },
    );
  });
});
