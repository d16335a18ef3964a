/**
 * Latin Hypercube within one chunk: the chunk's m iterations split (0, 1) into m strata per
 * input, a Philox-driven Fisher-Yates permutation assigns strata to iterations and a Philox
 * jitter places each point inside its stratum. Stratifying per fixed-size chunk rather than
 * over the whole run is what keeps LHS chunk-parallel and reproducible on any worker count;
 * the union of chunks is stratified to 1/65536 of the range.
 */
import { STREAM_PERMUTATION, STREAM_SAMPLE, fillUniforms } from '../rng/philox.js';

export function fillLatinHypercube(
  seed: number,
  input: number,
  first: number,
  count: number,
  out: Float64Array,
  scratch: Float64Array,
  permutation: Int32Array,
): void {
  fillUniforms(seed, input, STREAM_PERMUTATION, first, count, scratch);
  for (let t = 0; t < count; t++) permutation[t] = t;
  for (let t = count - 1; t > 0; t--) {
    const r = Math.floor(scratch[t] * (t + 1));
    const swap = permutation[t];
    permutation[t] = permutation[r];
    permutation[r] = swap;
  }
  fillUniforms(seed, input, STREAM_SAMPLE, first, count, out);
  for (let t = 0; t < count; t++) out[t] = (permutation[t] + out[t]) / count;
}
