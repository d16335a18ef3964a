import { createHash } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { now, runTyped, sqlBuilder } from '../../platform/db/index.js';

export type IdempotencyClaim =
  | { kind: 'new' }
  | { kind: 'replay'; httpStatus: number; response: Record<string, unknown> }
  | { kind: 'conflict'; reason: 'different_body' | 'in_progress' };

const TTL_HOURS = 24;
/**
 * A claim is a lease: the request's process renews it every LEASE_RENEW_MS while the request
 * runs, so a claim held by a process that died (SIGKILL, OOM) lapses within LEASE_SECONDS and a
 * retry with the same key runs, instead of waiting for a long fixed lock.
 */
export const LEASE_SECONDS = 15;
const LEASE_RENEW_MS = 5_000;

/** JSON with object keys sorted, so that the same variables always hash the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function bodyHash(query: string, operationName: string | undefined, variables: Record<string, unknown> | undefined): string {
  return createHash('sha256')
    .update(query)
    .update('\u0000')
    .update(operationName ?? '')
    .update('\u0000')
    .update(canonical(variables ?? {}))
    .digest('hex');
}

/**
 * `Idempotency-Key` on mutations, per customer, for 24 hours. The first request claims the key
 * with one upsert; its response is stored by the usage writer in the transaction that settles the
 * request, so a retry after a crash finds either nothing (the work was not committed) or the
 * committed response, never a second charge. A claim is a lease its process renews while the
 * request runs; one whose process died lapses within LEASE_SECONDS.
 */
export class IdempotencyService {
  constructor(private readonly orm: MikroORM) {}

  async claim(customerId: string, key: string, hash: string, requestId: string): Promise<IdempotencyClaim> {
    const db = sqlBuilder(this.orm.em);
    const columns = ['request_id', 'body_hash', 'http_status', 'response'] as const;
    const statement = db
      .with('claim', (qc) =>
        qc
          .insertInto('idempotency_record')
          .values({
            customer_id: customerId,
            key,
            body_hash: hash,
            request_id: requestId,
            locked_until: sql<string>`now() + make_interval(secs => ${sql.lit(LEASE_SECONDS)})`,
            expires_at: sql<string>`now() + make_interval(hours => ${sql.lit(TTL_HOURS)})`,
            created_at: now(),
          })
          .onConflict((oc) =>
            oc
              .columns(['customer_id', 'key'])
              .doUpdateSet((eb) => ({
                body_hash: eb.ref('excluded.body_hash'),
                request_id: eb.ref('excluded.request_id'),
                locked_until: eb.ref('excluded.locked_until'),
                expires_at: eb.ref('excluded.expires_at'),
                created_at: eb.ref('excluded.created_at'),
                response: null,
                http_status: null,
              }))
              .where((eb) =>
                eb.or([
                  eb('idempotency_record.expires_at', '<', now()),
                  eb.and([eb('idempotency_record.response', 'is', null), eb('idempotency_record.locked_until', '<', now())]),
                ]),
              ),
          )
          .returning(columns),
      )
      .selectFrom('claim')
      .select(columns)
      .unionAll((eb) =>
        eb
          .selectFrom('idempotency_record')
          .select(columns)
          .where('customer_id', '=', customerId)
          .where('key', '=', key)
          .where((inner) => inner.not(inner.exists(inner.selectFrom('claim').select(sql<number>`1`.as('one'))))),
      );
    const [row] = await runTyped(this.orm, undefined, statement);
    if (row?.request_id === requestId) return { kind: 'new' };
    // No row at all: a concurrent first request committed after this statement's snapshot.
    if (!row) return { kind: 'conflict', reason: 'in_progress' };
    if (row.body_hash !== hash) return { kind: 'conflict', reason: 'different_body' };
    if (!isStoredResponse(row.response)) return { kind: 'conflict', reason: 'in_progress' };
    return { kind: 'replay', httpStatus: row.http_status ?? 200, response: row.response };
  }

  /**
   * Renews a claim's lease until the returned function is called (when the response has been
   * settled or the request refused). A failed renewal is only logged: the lease then lapses, and a
   * concurrent retry may run, which is what a dead process would have allowed too.
   */
  holdLease(customerId: string, key: string, requestId: string, onError: (error: unknown) => void): () => void {
    const renew = sqlBuilder(this.orm.em)
      .updateTable('idempotency_record')
      .set({ locked_until: sql<string>`now() + make_interval(secs => ${sql.lit(LEASE_SECONDS)})` })
      .where('customer_id', '=', customerId)
      .where('key', '=', key)
      .where('request_id', '=', requestId)
      .where('response', 'is', null);
    const timer = setInterval(() => {
      runTyped(this.orm, undefined, renew).catch(onError);
    }, LEASE_RENEW_MS);
    timer.unref();
    return () => clearInterval(timer);
  }

  /** Frees a key whose request was refused before it ran, so that a retry can run it. */
  async release(customerId: string, key: string, requestId: string): Promise<void> {
    await runTyped(
      this.orm,
      undefined,
      sqlBuilder(this.orm.em)
        .deleteFrom('idempotency_record')
        .where('customer_id', '=', customerId)
        .where('key', '=', key)
        .where('request_id', '=', requestId)
        .where('response', 'is', null),
    );
  }
}

/** A stored response is the JSON object the usage writer wrote (jsonb arrives parsed). */
function isStoredResponse(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
