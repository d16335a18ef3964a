import type { FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import { AccessLevel, refusalMessage, type Principal } from '../domain/access/index.js';
import type { Services } from './services.js';
import { ErrorCode, requestError } from '../platform/graphql/index.js';

export const SESSION_COOKIE = 'carlo_session';
/** The portal's own cookie: a member session never opens the console, nor an admin session the portal. */
export const MEMBER_SESSION_COOKIE = 'carlo_member_session';
const MAX_AUTHORIZATION_LENGTH = 200;

const badKey = () =>
  requestError(
    ErrorCode.UNAUTHENTICATED,
    'The API key is missing, malformed or unknown. Send `Authorization: Bearer mc_live_…` with a key from the console.',
  );

/**
 * Who is calling. A bearer token that cannot be one of our keys (length, prefix, checksum) is
 * refused here, before any cache or database call; a key the account state refuses outright
 * (revoked, expired, rotated past grace) answers 401 with what to do next.
 */
export async function authenticate(request: FastifyRequest, services: Services): Promise<Principal> {
  const header = request.headers.authorization;
  if (header !== undefined) {
    if (header.length > MAX_AUTHORIZATION_LENGTH || !header.startsWith('Bearer ')) throw badKey();
    const verified = await unlessDatabaseDown(() => services.keyVerifier.verify(header.slice('Bearer '.length)));
    if (!verified) throw badKey();
    if (verified.access.level === AccessLevel.NONE) {
      throw requestError(ErrorCode.UNAUTHENTICATED, refusalMessage(verified.access.reason), { reason: verified.access.reason });
    }
    services.lastUsed.touch(verified.keyId);
    return {
      kind: 'key',
      keyId: verified.keyId,
      customerId: verified.customerId,
      scopes: verified.scopes,
      mode: verified.mode,
      planCode: verified.planCode,
      spendCap: verified.spendCap,
      access: verified.access,
    };
  }
  const sessionToken = request.cookies[SESSION_COOKIE];
  if (sessionToken) {
    const admin = await unlessDatabaseDown(() => services.adminAuth.authenticate(services.orm.em.fork(), sessionToken));
    if (admin) return admin;
  }
  const memberToken = request.cookies[MEMBER_SESSION_COOKIE];
  if (memberToken) {
    const member = await unlessDatabaseDown(() => services.memberAuth.authenticate(services.orm.em.fork(), memberToken));
    if (member) return member;
  }
  return { kind: 'anonymous' };
}

/**
 * A key or session lookup that misses the cache while the database is unreachable is a 503 with a
 * stable code (fault tier: PostgreSQL unavailable), not a 500: found by
 * test/faults/database-outage.test.ts once the 10 s key cache expired during the outage.
 */
async function unlessDatabaseDown<T>(lookup: () => Promise<T>): Promise<T> {
  try {
    return await lookup();
  } catch (error) {
    if (error instanceof GraphQLError) throw error;
    throw requestError(
      ErrorCode.UNAVAILABLE,
      'The API key or session could not be checked right now, so the call did not run and nothing was charged. Retry shortly.',
    );
  }
}
