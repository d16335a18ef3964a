import { type GraphQLRequestContextDidResolveOperation, type GraphQLResponse, HeaderMap } from '@apollo/server';
import type { Logger } from 'pino';
import type { KeyPrincipal } from '../../domain/access/index.js';
import { ErrorCode, requestError } from '../../platform/graphql/index.js';
import { bodyHash, type IdempotencyService, LEASE_SECONDS } from '../idempotency/idempotency.service.js';
import { type MeteredContext, type RequestState, withDatabase } from './request-state.js';

export const IDEMPOTENCY_HEADER = 'idempotency-key';

/**
 * Step 4: a mutation's Idempotency-Key is claimed, replayed, or refused with CONFLICT. A claim is
 * kept in the state (settlement stores the response under it); a replay ends the pipeline.
 */
export async function claimIdempotencyKey<TContext extends MeteredContext>(
  rc: GraphQLRequestContextDidResolveOperation<TContext>,
  caller: KeyPrincipal,
  state: RequestState,
  idempotency: IdempotencyService,
  logger: Logger,
): Promise<void> {
  const key = rc.request.http?.headers.get(IDEMPOTENCY_HEADER);
  if (key === undefined || rc.operation?.operation !== 'mutation') return;
  if (key.length < 1 || key.length > 255)
    throw requestError(ErrorCode.BAD_USER_INPUT, 'Idempotency-Key must be 1 to 255 characters; a UUID is a good choice.', {
      field: 'Idempotency-Key',
    });
  const hash = bodyHash(rc.request.query ?? '', rc.operationName ?? undefined, rc.request.variables);
  const claim = await withDatabase(logger, () => idempotency.claim(caller.customerId, key, hash, rc.contextValue.requestId));
  if (claim.kind === 'conflict') {
    throw requestError(
      ErrorCode.CONFLICT,
      claim.reason === 'different_body'
        ? 'This Idempotency-Key was used with a different request body. Use a new key for a new request.'
        : `A request with this Idempotency-Key is still running: its server renews a ${LEASE_SECONDS}-second lease on the key while it works. Retry in a few seconds to get its result; if that server stopped, the key is free again within ${LEASE_SECONDS} seconds and the retry runs the request.`,
      { reason: claim.reason, retryAfterSeconds: LEASE_SECONDS },
    );
  }
  if (claim.kind === 'replay') {
    state.replay = claim;
    return;
  }
  state.idempotencyKey = key;
  state.stopLease = idempotency.holdLease(caller.customerId, key, rc.contextValue.requestId, (error) =>
    logger.warn({ err: error }, 'could not renew an Idempotency-Key lease'),
  );
}

/** A request refused before it ran frees its key, so that a retry can run it. */
export async function releaseClaim(
  caller: KeyPrincipal,
  state: RequestState,
  requestId: string,
  idempotency: IdempotencyService,
): Promise<void> {
  state.stopLease?.();
  if (state.idempotencyKey) await idempotency.release(caller.customerId, state.idempotencyKey, requestId).catch(() => undefined);
}

/** The stored response of a replayed request, marked as a replay; nothing runs. */
export function replayResponse(state: RequestState): GraphQLResponse | null {
  if (!state.replay) return null;
  const { httpStatus, response } = state.replay;
  const headers = new HeaderMap([['idempotent-replayed', 'true']]);
  return { http: { status: httpStatus, headers }, body: { kind: 'single', singleResult: response } };
}
