/**
 * Constants of the reproducibility contract: changing any of them changes results, so
 * ENGINE_VERSION must change with them.
 */
export const ENGINE_VERSION = 'carlo-engine/1.2.0';

/** Iterations per chunk; chunk c covers iterations [c * CHUNK_SIZE, (c + 1) * CHUNK_SIZE). */
export const CHUNK_SIZE = 65_536;

/** Sensitivity ranks the first chunk only: a deterministic subsample computed beside the run. */
export const SENSITIVITY_ITERATIONS = CHUNK_SIZE;

/** Largest seed: Philox key word 0 is the seed, so seeds are unsigned 32-bit integers. */
export const MAX_SEED = 0xffffffff;

export const DEFAULT_PERCENTILES = [1, 2.5, 5, 10, 20, 25, 50, 75, 80, 90, 95, 97.5, 99];
export const DEFAULT_HISTOGRAM_BINS = 50;
export const DEFAULT_VAR_LEVELS = [0.95, 0.99];
