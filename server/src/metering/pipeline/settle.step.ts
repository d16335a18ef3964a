import { performance } from 'node:perf_hooks';
import type { GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { UsageInDoubtError } from '../../platform/db/index.js';
import { ErrorCode } from '../../platform/graphql/index.js';
import { settledCost } from '../cost/cost-calculator.js';
import { heldCredits, UsageCollector } from '../cost/usage-collector.js';
import type { SettlementResult, UsageWriter } from '../usage/usage-writer.js';
import { type MeteredContext, operationNameOf, type RequestState } from './request-state.js';

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

const IN_DOUBT_MESSAGE =
  'The database stopped answering while this call was being recorded, so it is not known yet whether it was charged. Retry with the same Idempotency-Key to get the original result without paying twice; without one, check usage before retrying.';
const NOT_RECORDED_MESSAGE =
  'The result could not be recorded, so it is withheld and nothing was charged. Retry the call (with the same Idempotency-Key, if any).';

/**
 * Steps 8 and 9: an executed key call is priced from its response and settled in the usage
 * writer's next batch, awaited before the response leaves; a call reserved but never executed
 * releases its reservation. Every response then carries `extensions.cost`, which is returned.
 */
export async function settleAndRespond<TContext extends MeteredContext>(
  rc: GraphQLRequestContextWillSendResponse<TContext>,
  state: RequestState,
  usageWriter: UsageWriter,
): Promise<CostExtension | null> {
  const body = rc.response.body;
  if (body.kind !== 'single') return null;
  const result = body.singleResult;
  const caller = rc.contextValue.principal;
  const cost: CostExtension = {
    requested: state.requested,
    actual: 0,
    charged: 0,
    includedRemaining: null,
    prepaidRemaining: null,
    overageThisPeriod: null,
    throttle: state.throttle
      ? { limit: state.throttle.limit, remaining: state.throttle.remaining, resetSeconds: state.throttle.resetSeconds }
      : null,
  };
  if (state.replay) cost.replayed = true;
  const collector = rc.contextValue.usage instanceof UsageCollector ? rc.contextValue.usage : null;
  if (caller.kind === 'key' && state.executed && state.handle && rc.document) {
    const data = (result.data ?? null) as Record<string, unknown> | null;
    const errors = result.errors ?? [];
    const errorPaths = errors.flatMap((error) => (error.path ? [error.path] : []));
    const settled = !state.priced
      ? { credits: 0 }
      : settledCost({
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
        operationName: operationNameOf(rc),
        requestedCredits: state.requested,
        reservedCredits: state.reserved,
        actualCredits: settled.credits,
        heldCredits: heldCredits(collector, data, errorPaths),
        chargedWrites: collector?.chargedWrites,
        status: errors.length === 0 ? 'ok' : data && Object.values(data).some((value) => value !== null) ? 'partial' : 'failed',
        latencyMs: performance.now() - state.startedAt,
        occurredAt: new Date(),
        idempotency: state.idempotencyKey
          ? { key: state.idempotencyKey, httpStatus, response: { ...(data ? { data } : {}), ...(errors.length ? { errors } : {}) } }
          : null,
      });
    } catch (error) {
      // No billable 2xx without its usage event: the data is withheld and the call is free,
      // unless the database never said whether the usage committed; then the key tells.
      return withhold(rc, cost, error instanceof UsageInDoubtError ? IN_DOUBT_MESSAGE : NOT_RECORDED_MESSAGE);
    }
    cost.charged = settlement.chargedCredits;
    if (settlement.heldCredits > 0) cost.held = settlement.heldCredits;
    cost.includedRemaining = settlement.balance.includedRemaining;
    cost.prepaidRemaining = settlement.balance.prepaidRemaining;
    cost.overageThisPeriod = settlement.balance.overageThisPeriod;
  } else if (collector && collector.chargedWrites.length > 0) {
    // A result that must be stored with a charge no settlement will write is withheld, never returned unstored.
    return withhold(rc, cost, NOT_RECORDED_MESSAGE);
  } else if (caller.kind === 'key' && state.reserved > 0 && state.handle) {
    // Reserved but never executed (an error between reservation and execution): release it.
    await usageWriter
      .submit({
        requestId: rc.contextValue.requestId,
        customerId: caller.customerId,
        apiKeyId: caller.keyId,
        balanceId: state.handle.balanceId,
        periodStart: state.handle.period.start,
        operationName: operationNameOf(rc),
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
  return cost;
}

/** Replaces the response with 503 UNAVAILABLE and nothing charged. */
function withhold<TContext extends MeteredContext>(
  rc: GraphQLRequestContextWillSendResponse<TContext>,
  cost: CostExtension,
  message: string,
): CostExtension {
  rc.response.http.status = 503;
  // Replaced in place: Apollo sends the body object it handed to the plugins.
  if (rc.response.body.kind === 'single')
    rc.response.body.singleResult = {
      errors: [{ message, extensions: { code: ErrorCode.UNAVAILABLE } }],
      extensions: { cost: { ...cost, actual: 0 } },
    };
  return { ...cost, actual: 0 };
}
