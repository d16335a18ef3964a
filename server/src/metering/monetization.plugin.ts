import { performance } from 'node:perf_hooks';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import type { Logger } from 'pino';
import type { Monetization } from './monetization.js';
import { capCost } from './pipeline/cost-cap.step.js';
import { enforceFieldLimits } from './pipeline/field-limits.step.js';
import { claimIdempotencyKey, releaseClaim, replayResponse } from './pipeline/idempotency.step.js';
import { type MeteredContext, newRequestState } from './pipeline/request-state.js';
import { reserveCredits } from './pipeline/reserve.step.js';
import { settleAndRespond } from './pipeline/settle.step.js';
import { takeThrottle } from './pipeline/throttle.step.js';

export type MonetizationPluginDependencies = { monetization: Monetization; maxRequestCredits: number; logger: Logger };

/**
 * The monetization pipeline around execution (docs/architecture.md §3), one step per file in
 * pipeline/: before it, sensitive-field limits, the static cost and the per-request maximum, the
 * idempotency claim, the customer's credit bucket and the reservation; after it, the settlement
 * with its usage event in the usage writer's next batch, awaited before the response leaves, and
 * `extensions.cost` with RateLimit headers. Only API keys are metered; admins and anonymous
 * callers get the cost limit and field limits.
 */
export function monetizationPlugin<TContext extends MeteredContext>(
  dependencies: MonetizationPluginDependencies,
): ApolloServerPlugin<TContext> {
  const { credits, usageWriter, rateLimiter, fieldRateLimiter, idempotency, spendCaps } = dependencies.monetization;
  const { maxRequestCredits, logger } = dependencies;

  return {
    async requestDidStart(): Promise<GraphQLRequestListener<TContext>> {
      const state = newRequestState(performance.now());
      return {
        async didResolveOperation(rc) {
          if (!rc.operation) return;
          await enforceFieldLimits(rc, rc.operation, fieldRateLimiter);
          const estimate = capCost(rc, state, maxRequestCredits);
          if (!estimate) return;
          const caller = rc.contextValue.principal;
          if (caller.kind !== 'key') return;
          await claimIdempotencyKey(rc, caller, state, idempotency, logger);
          if (state.replay) return;
          const refused = () => releaseClaim(caller, state, rc.contextValue.requestId, idempotency);
          await takeThrottle(rc, caller, state, estimate.credits, rateLimiter, refused);
          await reserveCredits(caller, state, estimate.credits, rc.contextValue.requestId, credits, spendCaps, logger, refused);
        },

        async responseForOperation() {
          return replayResponse(state);
        },

        async executionDidStart() {
          state.executed = true;
        },

        async willSendResponse(rc) {
          try {
            const cost = await settleAndRespond(rc, state, usageWriter);
            // The cap keeps what the call was charged or holds for its jobs; the rest of the estimate returns.
            if (state.capReservation) await spendCaps.release(state.capReservation, cost ? cost.charged + (cost.held ?? 0) : 0);
          } finally {
            state.stopLease?.();
          }
        },
      };
    },
  };
}
