import { performance } from 'node:perf_hooks';
import { type ApolloServerPlugin, type GraphQLRequestContext, type GraphQLRequestListener, HeaderMap } from '@apollo/server';
import { GraphQLError, type FieldNode, Kind } from 'graphql';
import type { Logger } from 'pino';
import type { Monetization } from './monetization.js';
import type { BucketVerdict } from './rate-limits/token-bucket.js';
import { fieldLimitOf } from './rate-limits/field-rate-limiter.js';
import type { PeriodHandle } from './credits/credit-ledger.service.js';
import { UsageInDoubtError } from '../platform/db/index.js';
import { bodyHash } from './idempotency/idempotency.service.js';
import type { SettlementResult } from './usage/usage-writer.js';
import { ErrorCode, requestError } from '../platform/graphql/index.js';
import type { KeyPrincipal, Principal } from '../domain/access/index.js';
import { estimateCost, settledCost } from './cost/cost-calculator.js';
import { heldCredits, UsageCollector, type UsageReporter } from './cost/usage-collector.js';

export const IDEMPOTENCY_HEADER = 'idempotency-key';

/** What `extensions.cost` carries on every response. */
export type CostExtension = {
  requested: number;
  actual: number;
  charged: number;
  includedRemaining: number | null;
  prepaidRemaining: number | null;
  overageThisPeriod: number | null;
  throttle: { limit: number; remaining: number; resetSeconds: number } | null;
  /** Credits kept reserved for jobs this call started; charged by what the jobs run when they end. */
  held?: number;
  replayed?: boolean;
};

/** What the pipeline reads of a request's context; the API's context has more. */
export type MeteredContext = { requestId: string; ip: string; principal: Principal; usage: UsageReporter };

export type MonetizationPluginDependencies = { monetization: Monetization; maxRequestCredits: number; logger: Logger };

type RequestState = {
  startedAt: number;
  requested: number;
  executed: boolean;
  handle: PeriodHandle | null;
  reserved: number;
  throttle: BucketVerdict | null;
  idempotencyKey: string | null;
  replay: { httpStatus: number; response: Record<string, unknown> } | null;
};

/**
 * The monetization pipeline around execution (docs/architecture.md §3): before it, sensitive-field limits,
 * the static cost and the per-request maximum, the idempotency claim, the customer's credit
 * bucket and the reservation; after it, the settlement with its usage event in the usage writer's
 * next batch, awaited before the response leaves, and `extensions.cost` with RateLimit headers.
 * Only API keys are metered; admins and anonymous callers get the cost limit and field limits.
 */
export function monetizationPlugin<TContext extends MeteredContext>(dependencies: MonetizationPluginDependencies): ApolloServerPlugin<TContext> {
  const { credits, usageWriter, rateLimiter, fieldRateLimiter, idempotency } = dependencies.monetization;
  const { maxRequestCredits: maxCredits, logger } = dependencies;

  return {
    async requestDidStart(): Promise<GraphQLRequestListener<TContext>> {
      const state: RequestState = { startedAt: performance.now(), requested: 0, executed: false, handle: null, reserved: 0, throttle: null, idempotencyKey: null, replay: null };

      const releaseClaim = async (caller: KeyPrincipal, requestId: string) => {
        if (state.idempotencyKey) await idempotency.release(caller.customerId, state.idempotencyKey, requestId).catch(() => undefined);
      };

      return {
        async didResolveOperation(rc) {
          const { contextValue: context, operation } = rc;
          if (!operation) return;
          const http = rc.response.http;
          // graphql-rate-limit on the root fields that carry @rateLimit.
          const rootType = rc.schema.getRootType(operation.operation);
          for (const selection of operation.selectionSet.selections) {
            if (selection.kind !== Kind.FIELD || !rootType) continue;
            const field = rootType.getFields()[(selection as FieldNode).name.value];
            const limit = field ? fieldLimitOf(field) : null;
            if (!limit) continue;
            const wait = await fieldRateLimiter.check({ principal: context.principal, ip: context.ip }, field.name, limit);
            if (wait !== null) {
              http.headers.set('retry-after', String(wait));
              throw requestError(ErrorCode.RATE_LIMITED, `Too many ${field.name} calls: at most ${limit.max} per ${limit.window}. Retry after ${wait} seconds.`, { retryAfterSeconds: wait });
            }
          }

          let estimate;
          try {
            estimate = estimateCost(rc.schema, rc.document, rc.request.variables, rc.operationName ?? undefined);
          } catch (error) {
            // Variables that do not coerce: execution refuses them too, and nothing is charged.
            if (error instanceof GraphQLError) return;
            throw error;
          }
          state.requested = estimate.credits;
          if (estimate.credits > maxCredits) {
            throw requestError(ErrorCode.COST_LIMIT_EXCEEDED, `This operation costs ${estimate.credits} credits, over the maximum of ${maxCredits} per request. Ask for fewer items or fewer iterations, or use startSimulation for large runs.`, {
              requestedCredits: estimate.credits,
              maximumCredits: maxCredits,
            });
          }
          const caller = context.principal;
          if (caller.kind !== 'key') return;

          const key = rc.request.http?.headers.get(IDEMPOTENCY_HEADER);
          if (key !== undefined && operation.operation === 'mutation') {
            if (key.length < 1 || key.length > 255) throw requestError(ErrorCode.BAD_USER_INPUT, 'Idempotency-Key must be 1 to 255 characters; a UUID is a good choice.', { field: 'Idempotency-Key' });
            const claim = await withDatabase(logger, () => idempotency.claim(caller.customerId, key, bodyHash(rc.request.query ?? '', rc.operationName ?? undefined, rc.request.variables), context.requestId));
            if (claim.kind === 'conflict') {
              throw requestError(
                ErrorCode.CONFLICT,
                claim.reason === 'different_body'
                  ? 'This Idempotency-Key was used with a different request body. Use a new key for a new request.'
                  : 'A request with this Idempotency-Key is still running. Retry in a moment to get its result.',
                { reason: claim.reason },
              );
            }
            if (claim.kind === 'replay') {
              state.replay = claim;
              return;
            }
            state.idempotencyKey = key;
          }

          const limits = caller.access.limits;
          const verdict = await rateLimiter.take(caller.customerId, { ratePerSecond: limits.rateLimitCreditsPerSecond, burst: limits.burstCredits }, Math.max(1, estimate.credits));
          state.throttle = verdict;
          setRateLimitHeaders(http.headers, verdict);
          if (!verdict.allowed) {
            await releaseClaim(caller, context.requestId);
            http.headers.set('retry-after', String(verdict.retryAfterSeconds));
            throw requestError(ErrorCode.RATE_LIMITED, `Rate limit of ${limits.rateLimitCreditsPerSecond} credits per second (burst ${limits.burstCredits}) reached. Retry after ${verdict.retryAfterSeconds} seconds.`, {
              retryAfterSeconds: verdict.retryAfterSeconds,
            });
          }

          state.handle = await withDatabase(logger, () => credits.currentPeriod(caller.customerId, limits.includedCredits));
          if (estimate.credits > 0) {
            const handle = state.handle;
            const overageAllowed = caller.access.overageAllowed && limits.overageCentsPer1000Credits !== null;
            const reservation = await withDatabase(logger, () => credits.reserve(handle, estimate.credits, context.requestId, overageAllowed));
            if (!reservation.ok) {
              await releaseClaim(caller, context.requestId);
              const hardStop = limits.overageCentsPer1000Credits === null;
              throw requestError(
                hardStop ? ErrorCode.QUOTA_EXCEEDED : ErrorCode.PAYMENT_REQUIRED,
                hardStop
                  ? `This call needs ${estimate.credits} credits and ${reservation.available} are left this period. Buy credits or move to a plan with overage.`
                  : `This call needs ${estimate.credits} credits and ${reservation.available} are left; overage is paused until the open invoice is paid. Pay it in the billing portal (createBillingPortalSession).`,
                { requestedCredits: estimate.credits, availableCredits: reservation.available },
              );
            }
            state.reserved = estimate.credits;
          }
        },

        async responseForOperation() {
          if (!state.replay) return null;
          const { httpStatus, response } = state.replay;
          const headers = new HeaderMap([['idempotent-replayed', 'true']]);
          return { http: { status: httpStatus, headers }, body: { kind: 'single', singleResult: response } };
        },

        async executionDidStart() {
          state.executed = true;
        },

        async willSendResponse(rc) {
          const body = rc.response.body;
          if (body.kind !== 'single') return;
          const result = body.singleResult;
          const caller = rc.contextValue.principal;
          const cost: CostExtension = {
            requested: state.requested,
            actual: 0,
            charged: 0,
            includedRemaining: null,
            prepaidRemaining: null,
            overageThisPeriod: null,
            throttle: state.throttle ? { limit: state.throttle.limit, remaining: state.throttle.remaining, resetSeconds: state.throttle.resetSeconds } : null,
          };
          if (state.replay) cost.replayed = true;
          if (caller.kind === 'key' && state.executed && state.handle && rc.document) {
            const collector = rc.contextValue.usage instanceof UsageCollector ? rc.contextValue.usage : null;
            const data = (result.data ?? null) as Record<string, unknown> | null;
            const errors = result.errors ?? [];
            const errorPaths = errors.flatMap((error) => (error.path ? [error.path] : []));
            const settled = settledCost({
              schema: rc.schema,
              document: rc.document,
              operationName: rc.operationName ?? undefined,
              variables: rc.request.variables,
              data,
              errorPaths,
              reportedSizes: collector?.sizes,
            });
            cost.actual = settled.credits;
            const httpStatus = rc.response.http.status ?? 200;
            let settlement: SettlementResult;
            try {
              settlement = await usageWriter.submit({
                requestId: rc.contextValue.requestId,
                customerId: caller.customerId,
                apiKeyId: caller.keyId,
                balanceId: state.handle.balanceId,
                periodStart: state.handle.period.start,
                operationName: rc.operationName ?? rootFieldNames(rc),
                requestedCredits: state.requested,
                reservedCredits: state.reserved,
                actualCredits: settled.credits,
                heldCredits: heldCredits(collector, data, errorPaths),
                status: errors.length === 0 ? 'ok' : data && Object.values(data).some((value) => value !== null) ? 'partial' : 'failed',
                latencyMs: performance.now() - state.startedAt,
                occurredAt: new Date(),
                idempotency: state.idempotencyKey ? { key: state.idempotencyKey, httpStatus, response: { ...(data ? { data } : {}), ...(errors.length ? { errors } : {}) } } : null,
              });
            } catch (error) {
              // No billable 2xx without its usage event: the data is withheld and the call is free,
              // unless the database never said whether the usage committed; then the key tells.
              rc.response.http.status = 503;
              const message = error instanceof UsageInDoubtError
                ? 'The database stopped answering while this call was being recorded, so it is not known yet whether it was charged. Retry with the same Idempotency-Key to get the original result without paying twice; without one, check usage before retrying.'
                : 'The result could not be recorded, so it is withheld and nothing was charged. Retry the call (with the same Idempotency-Key, if any).';
              body.singleResult = {
                errors: [{ message, extensions: { code: ErrorCode.UNAVAILABLE } }],
                extensions: { cost: { ...cost, actual: 0 } },
              };
              return;
            }
            cost.charged = settlement.chargedCredits;
            if (settlement.heldCredits > 0) cost.held = settlement.heldCredits;
            cost.includedRemaining = settlement.balance.includedRemaining;
            cost.prepaidRemaining = settlement.balance.prepaidRemaining;
            cost.overageThisPeriod = settlement.balance.overageThisPeriod;
          } else if (caller.kind === 'key' && state.reserved > 0 && state.handle) {
            // Reserved but never executed (an error between reservation and execution): release it.
            await usageWriter
              .submit({
                requestId: rc.contextValue.requestId,
                customerId: caller.customerId,
                apiKeyId: caller.keyId,
                balanceId: state.handle.balanceId,
                periodStart: state.handle.period.start,
                operationName: rc.operationName ?? rootFieldNames(rc),
                requestedCredits: state.requested,
                reservedCredits: state.reserved,
                actualCredits: 0,
                status: 'failed',
                latencyMs: performance.now() - state.startedAt,
                occurredAt: new Date(),
                idempotency: null,
              })
              .catch(() => undefined);
          }
          body.singleResult = { ...result, extensions: { ...result.extensions, cost } };
        },
      };
    },
  };
}

function setRateLimitHeaders(headers: Map<string, string>, verdict: BucketVerdict): void {
  headers.set('ratelimit-limit', String(verdict.limit));
  headers.set('ratelimit-remaining', String(verdict.remaining));
  headers.set('ratelimit-reset', String(verdict.resetSeconds));
}

function rootFieldNames(rc: GraphQLRequestContext<MeteredContext>): string {
  const names = rc.operation?.selectionSet.selections.flatMap((selection) => (selection.kind === Kind.FIELD ? [selection.name.value] : [])) ?? [];
  return `${rc.operation?.operation ?? 'query'} ${names.join(',') || 'anonymous'}`;
}

/** The database refusing work before execution is a 503 with a stable code, not a 500. */
async function withDatabase<T>(logger: Logger, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof GraphQLError) throw error;
    logger.warn({ err: error }, 'credits could not be checked; answering 503');
    throw requestError(ErrorCode.UNAVAILABLE, 'Credits could not be checked right now, so the call did not run and nothing was charged. Retry shortly.');
  }
}
