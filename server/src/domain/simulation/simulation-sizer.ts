import { MAX_INPUTS, MAX_JOB_ITERATIONS } from './simulation-limits.js';

/**
 * `sampledValues` = iterations x inputs of the `input` argument: what metering prices
 * runSimulation and startSimulation by (@costBySize). Malformed or out-of-range arguments measure 0 (the
 * minimum price applies): the resolver refuses them with BAD_USER_INPUT naming the field, which
 * tells the caller more than a cost limit would, and a refused field is never charged.
 */
export function sampledValuesOfArgs(args: Record<string, unknown>): number {
  const input = args.input;
  if (input === null || typeof input !== 'object') return 0;
  const { iterations, inputs } = input as { iterations?: unknown; inputs?: unknown };
  if (typeof iterations !== 'number' || !Number.isInteger(iterations) || iterations <= 0 || iterations > MAX_JOB_ITERATIONS) return 0;
  if (!Array.isArray(inputs) || inputs.length > MAX_INPUTS) return 0;
  return Math.floor(iterations) * inputs.length;
}
