import { registerSizer } from '../../graphql/cost/sizers.js';

/**
 * `sampledValues` = iterations x inputs of the `input` argument: what @costBySize prices
 * runSimulation and startSimulation by. Malformed arguments measure 0 (the minimum price applies);
 * validation refuses them before anything runs.
 */
export function sampledValuesOfArgs(args: Record<string, unknown>): number {
  const input = args.input;
  if (input === null || typeof input !== 'object') return 0;
  const { iterations, inputs } = input as { iterations?: unknown; inputs?: unknown };
  if (typeof iterations !== 'number' || !Number.isFinite(iterations) || iterations <= 0 || !Array.isArray(inputs)) return 0;
  return Math.floor(iterations) * inputs.length;
}

registerSizer('sampledValues', sampledValuesOfArgs);
