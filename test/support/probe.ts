import { graphql } from '../generated/index.js';

/**
 * The field tests use as a 1-credit read: `usage` is free, so it cannot stand for a billed call.
 * apiKeys weighs 1 credit and `totalCount` adds nothing, whatever keys the account holds.
 */
export const PROBE_FIELD = 'apiKeys(perPage: 1) { totalCount }';

/** An anonymous operation that costs exactly 1 credit. */
export const PROBE_QUERY = `{ ${PROBE_FIELD} }`;

/** The same 1-credit read as a typed document (operation name `Probe`). */
export const Probe = graphql(`query Probe { apiKeys(perPage: 1) { totalCount } }`);
