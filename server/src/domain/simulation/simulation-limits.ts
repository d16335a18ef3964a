/** Limits of the API around the engine; the plan adds maxIterationsSync and maxConcurrentJobs. */
export const MAX_INPUTS = 100;
export const MAX_OUTPUTS = 20;

/** Iterations a job may run: the engine's memory goal is 256 MiB at 10M iterations. */
export const MAX_JOB_ITERATIONS = 20_000_000;

/** Output values a run keeps in memory to sort (8 bytes each): 320 MB. */
export const MAX_STORED_VALUES = 40_000_000;

/** A synchronous run that takes longer is stopped; the caller is told to use startSimulation. */
export const SYNC_TIME_LIMIT_MS = 30_000;

/** A job is failed after this long (pg-boss expires it a few minutes later). */
export const JOB_TIME_LIMIT_MS = 55 * 60_000;
