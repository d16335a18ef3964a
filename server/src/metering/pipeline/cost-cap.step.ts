import type { GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ErrorCode, requestError } from '../../platform/graphql/index.js';
import { type CostEstimate, estimateCost } from '../cost/cost-calculator.js';
import type { MeteredContext, RequestState } from './request-state.js';

/**
 * Step 3: the static cost, refused over the per-request maximum for every caller. Null when the
 * variables do not coerce: execution refuses them too, and nothing is charged. The estimate is
 * kept in the state first, so that a refusal's `extensions.cost` shows what was asked.
 */
export function capCost<TContext extends MeteredContext>(
  rc: GraphQLRequestContextDidResolveOperation<TContext>,
  state: RequestState,
  maxCredits: number,
): CostEstimate | null {
  let estimate: CostEstimate;
  try {
    estimate = estimateCost(rc.schema, rc.document, rc.request.variables, rc.operationName ?? undefined);
  } catch (error) {
    if (error instanceof GraphQLError) return null;
    throw error;
  }
  state.requested = estimate.credits;
  state.priced = estimate.priced;
  if (estimate.credits > maxCredits) {
    throw requestError(
      ErrorCode.COST_LIMIT_EXCEEDED,
      `This operation costs ${estimate.credits} credits, over the maximum of ${maxCredits} per request. Ask for fewer items or fewer iterations, or use startSimulation for large runs.`,
      {
        requestedCredits: estimate.credits,
        maximumCredits: maxCredits,
      },
    );
  }
  return estimate;
}
