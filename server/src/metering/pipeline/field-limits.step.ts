import type { GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { ErrorCode, requestError } from '../../platform/graphql/index.js';
import { fieldLimitOf, type FieldRateLimiter } from '../rate-limits/field-rate-limiter.js';
import type { MeteredContext } from './request-state.js';

/** Step 2: graphql-rate-limit on the root fields that carry @rateLimit, for every caller. */
export async function enforceFieldLimits<TContext extends MeteredContext>(
  rc: GraphQLRequestContextDidResolveOperation<TContext>,
  operation: OperationDefinitionNode,
  limiter: FieldRateLimiter,
): Promise<void> {
  const context = rc.contextValue;
  const rootType = rc.schema.getRootType(operation.operation);
  if (!rootType) return;
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) continue;
    const field = rootType.getFields()[selection.name.value];
    const limit = field ? fieldLimitOf(field) : null;
    if (!field || !limit) continue;
    const wait = await limiter.check({ principal: context.principal, ip: context.ip }, field.name, limit);
    if (wait !== null) {
      rc.response.http.headers.set('retry-after', String(wait));
      throw requestError(
        ErrorCode.RATE_LIMITED,
        `Too many ${field.name} calls: at most ${limit.max} per ${limit.window}. Retry after ${wait} seconds.`,
        { retryAfterSeconds: wait },
      );
    }
  }
}
