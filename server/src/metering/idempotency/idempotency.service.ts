import { createHash } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';

export type IdempotencyClaim =
  | { kind: 'new' }
  | { kind: 'replay'; httpStatus: number; response: Record<string, unknown> }
  | { kind: 'conflict'; reason: 'different_body' | 'in_progress' };

const TTL_HOURS = 24;
const LOCK_SECONDS = 120;

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
  return createHash('sha256').update(query).update('\u0000').update(operationName ?? '').update('\u0000').update(canonical(variables ?? {})).digest('hex');
}

/**
 * `Idempotency-Key` on mutations, per customer, for 24 hours. The first request claims the key
 * with one upsert; its response is stored by the usage writer in the transaction that settles the
 * request, so a retry after a crash finds either nothing (the work was not committed) or the
 * committed response, never a second charge. A claim whose request died lapses after two minutes.
 */
export class IdempotencyService {
  constructor(private readonly orm: MikroORM) {}

  async claim(customerId: string, key: string, hash: string, requestId: string): Promise<IdempotencyClaim> {
    const connection = this.orm.em.getConnection();
    const claimed = await connection.execute<{ request_id: string; body_hash: string; http_status: number | null; response: Record<string, unknown> | null }[]>(
      `with claim as (
         insert into idempotency_record (customer_id, key, body_hash, request_id, locked_until, expires_at, created_at)
         values (?, ?, ?, ?, now() + make_interval(secs => ?), now() + make_interval(hours => ?), now())
         on conflict (customer_id, key) do update
           set body_hash = excluded.body_hash, request_id = excluded.request_id, locked_until = excluded.locked_until,
               expires_at = excluded.expires_at, created_at = excluded.created_at, response = null, http_status = null
           where idempotency_record.expires_at < now() or (idempotency_record.response is null and idempotency_record.locked_until < now())
         returning request_id, body_hash, http_status, response
       )
       select request_id, body_hash, http_status, response from claim
       union all
       select request_id, body_hash, http_status, response from idempotency_record
       where customer_id = ? and key = ? and not exists (select 1 from claim)`,
      [customerId, key, hash, requestId, LOCK_SECONDS, TTL_HOURS, customerId, key],
    );
    const row = claimed[0];
    if (row?.request_id === requestId) return { kind: 'new' };
    // No row at all: a concurrent first request committed after this statement's snapshot.
    if (!row) return { kind: 'conflict', reason: 'in_progress' };
    if (row.body_hash !== hash) return { kind: 'conflict', reason: 'different_body' };
    if (!row.response) return { kind: 'conflict', reason: 'in_progress' };
    return { kind: 'replay', httpStatus: row.http_status ?? 200, response: row.response };
  }

  /** Frees a key whose request was refused before it ran, so that a retry can run it. */
  async release(customerId: string, key: string, requestId: string): Promise<void> {
    await this.orm.em.getConnection().execute('delete from idempotency_record where customer_id = ? and key = ? and request_id = ? and response is null', [customerId, key, requestId]);
  }
}
