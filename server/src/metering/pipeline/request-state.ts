import type { GraphQLRequestContext } from '@apollo/server';
import { GraphQLError, Kind } from 'graphql';
import type { Logger } from 'pino';
import type { Principal } from '../../domain/access/index.js';
import { ErrorCode, requestError } from '../../platform/graphql/index.js';
import type { UsageReporter } from '../cost/usage-collector.js';
import type { PeriodHandle } from '../credits/credit-ledger.service.js';
import type { BucketVerdict } from '../rate-limits/token-bucket.js';
import type { CapReservation } from '../spend-caps/spend-cap-guard.js';

/** What the pipeline reads of a request's context; the API's context has more. */
export type MeteredContext = { requestId: string; ip: string; principal: Principal; usage: UsageReporter };

/** What the steps before execution leave for settlement, one per request. */
export type RequestState = {
  startedAt: number;
  requested: number;
  /** False when no field of the operation has a price (the estimate says so): settlement is 0 without walking the response. */
  priced: boolean;
  executed: boolean;
  handle: PeriodHandle | null;
  reserved: number;
  /** What this call committed against its key's spend cap, given back in part after settlement. */
  capReservation: CapReservation | null;
  throttle: BucketVerdict | null;
  idempotencyKey: string | null;
  /** Stops renewing the Idempotency-Key's lease; set while this request holds a claim. */
  stopLease: (() => void) | null;
  replay: { httpStatus: number; response: Record<string, unknown> } | null;
};

export function newRequestState(startedAt: number): RequestState {
  return {
    startedAt,
    requested: 0,
    priced: true,
    executed: false,
    handle: null,
    reserved: 0,
    capReservation: null,
    throttle: null,
    idempotencyKey: null,
    stopLease: null,
    replay: null,
  };
}

/** `operation name` of the usage event: the client's name, else the kind and root fields. */
export function operationNameOf<TContext extends MeteredContext>(rc: GraphQLRequestContext<TContext>): string {
  if (rc.operationName) return rc.operationName;
  const names =
    rc.operation?.selectionSet.selections.flatMap((selection) => (selection.kind === Kind.FIELD ? [selection.name.value] : [])) ?? [];
  return `${rc.operation?.operation ?? 'query'} ${names.join(',') || 'anonymous'}`;
}

/** The database refusing work before execution is a 503 with a stable code, not a 500. */
export async function withDatabase<T>(logger: Logger, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof GraphQLError) throw error;
    logger.warn({ err: error }, 'credits could not be checked; answering 503');
    throw requestError(
      ErrorCode.UNAVAILABLE,
      'Credits could not be checked right now, so the call did not run and nothing was charged. Retry shortly.',
    );
  }
}
