import { describe, expect, it } from 'vitest';
import { compileModel } from './compile-model.js';
import { CHUNK_SIZE } from './constants.js';
import { replayIteration } from './replay.js';
import { sampleIterations } from './samples.js';
import { TEST_LIMITS } from './test-support.js';

describe('sampleIterations', () => {
  it('returns the first iterations exactly as the run computes them, across a chunk boundary', () => {
    const model = compileModel(
      {
        iterations: CHUNK_SIZE + 10,
        seed: 3,
        sampling: 'LATIN_HYPERCUBE',
        inputs: [
          { name: 'a', distribution: { type: 'GAMMA', shape: 2, scale: 1 } },
          { name: 'b', distribution: { type: 'NORMAL', mean: 0, sd: 1 } },
        ],
        outputs: [{ name: 'y', formula: 'a * b + 1' }],
        correlation: {
          inputs: ['a', 'b'],
          matrix: [
            [1, 0.5],
            [0.5, 1],
          ],
        },
      },
      TEST_LIMITS,
    );
    const samples = sampleIterations(model, 3, CHUNK_SIZE + 5);
    expect(samples.outputs[0]).toHaveLength(CHUNK_SIZE + 5);
    for (const i of [0, 17, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 4]) {
      const replayed = replayIteration(model, 3, i);
      expect([samples.inputs[0][i], samples.inputs[1][i], samples.outputs[0][i]]).toEqual([
        replayed.inputs.a,
        replayed.inputs.b,
        replayed.outputs.y,
      ]);
    }
  });
});
