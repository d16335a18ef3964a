import type { MikroORM } from '@mikro-orm/postgresql';
import { anyOf, runTyped, sqlBuilder, unnestRows } from '../../platform/db/index.js';
import type { PostOutcome } from './signed-post.js';

/** A worker holds a claimed delivery this long; a worker that died is replaced after it. */
const CLAIM_MS = 60_000;

export type ClaimedDelivery = {
  id: string;
  attempts: number;
  eventId: string;
  eventType: string;
  eventCreatedAt: Date;
  sequence: string;
  customerId: string;
  payload: unknown;
  endpointId: string;
  url: string;
  secret: string;
  endpointDisabled: boolean;
};

/** Due deliveries, oldest event first, so a customer's events start out in the order they happened. */
export async function dueDeliveries(orm: MikroORM, now: Date, limit: number, customerId?: string) {
  let query = sqlBuilder(orm.em)
    .selectFrom('webhook_delivery')
    .select(['id', 'attempts'])
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'pending'), eb('next_attempt_at', '<=', now.toISOString())]),
        eb.and([eb('status', '=', 'sending'), eb('locked_until', '<', now.toISOString())]),
      ]),
    )
    .orderBy('sequence')
    .limit(limit);
  if (customerId) query = query.where('customer_id', '=', customerId);
  return runTyped(orm, undefined, query);
}

/**
 * Takes the due ones among `ids` for one attempt each, in one statement (an update that returns the
 * claimed rows, joined with their event and endpoint); ids not due or held by another worker are left out.
 */
export async function claimDeliveries(orm: MikroORM, ids: readonly string[], now: Date): Promise<ClaimedDelivery[]> {
  if (ids.length === 0) return [];
  const rows = await runTyped(
    orm,
    undefined,
    sqlBuilder(orm.em)
      .with('c', (db) =>
        db
          .updateTable('webhook_delivery')
          .set({ status: 'sending', locked_until: new Date(now.getTime() + CLAIM_MS), updated_at: now })
          .where('id', '=', anyOf('uuid', ids))
          .where((eb) =>
            eb.or([
              eb.and([eb('status', '=', 'pending'), eb('next_attempt_at', '<=', now.toISOString())]),
              eb.and([eb('status', '=', 'sending'), eb('locked_until', '<', now.toISOString())]),
            ]),
          )
          .returning(['id', 'attempts', 'event_id', 'endpoint_id']),
      )
      .selectFrom('c')
      .innerJoin('notification_event as e', 'e.id', 'c.event_id')
      .innerJoin('webhook_endpoint as w', 'w.id', 'c.endpoint_id')
      .select(['c.id', 'c.attempts', 'c.event_id', 'c.endpoint_id', 'e.type', 'e.created_at', 'e.sequence', 'e.customer_id', 'e.payload'])
      .select(['w.url', 'w.signing_secret', 'w.disabled_at'])
      .orderBy('e.sequence'),
  );
  return rows.map((row) => ({
    id: row.id,
    attempts: row.attempts,
    eventId: row.event_id,
    eventType: row.type,
    eventCreatedAt: new Date(row.created_at),
    sequence: row.sequence,
    customerId: row.customer_id,
    payload: row.payload,
    endpointId: row.endpoint_id,
    url: row.url,
    secret: row.signing_secret,
    endpointDisabled: row.disabled_at !== null,
  }));
}

/** One finished attempt: `nextAttemptAt` null ends the delivery (succeeded, or failed for good). */
export type AttemptResult = { delivery: ClaimedDelivery; outcome: PostOutcome; at: Date; nextAttemptAt: Date | null };

/** Writes the results of a batch of attempts in one statement, one row of an unnest() per attempt. */
export async function recordAttempts(orm: MikroORM, results: readonly AttemptResult[]): Promise<void> {
  if (results.length === 0) return;
  const db = sqlBuilder(orm.em);
  const iso = (date: Date | null) => date?.toISOString() ?? null;
  const rows = unnestRows('r', {
    id: { type: 'uuid', values: results.map((r) => r.delivery.id) },
    status: { type: 'text', values: results.map((r) => (r.outcome.ok ? 'succeeded' : r.nextAttemptAt ? 'pending' : 'failed')) },
    attempts: { type: 'int', values: results.map((r) => r.delivery.attempts + 1) },
    next_attempt_at: { type: 'timestamptz', values: results.map((r) => (r.outcome.ok ? null : iso(r.nextAttemptAt))) },
    at: { type: 'timestamptz', values: results.map((r) => r.at.toISOString()) },
    status_code: { type: 'int', values: results.map((r) => r.outcome.statusCode) },
    latency_ms: { type: 'int', values: results.map((r) => r.outcome.latencyMs) },
    error: { type: 'text', values: results.map((r) => r.outcome.error) },
    excerpt: { type: 'text', values: results.map((r) => r.outcome.excerpt) },
  });
  await runTyped(
    orm,
    undefined,
    db
      .updateTable('webhook_delivery as d')
      .from(rows)
      .set((eb) => ({
        status: eb.ref('r.status'),
        attempts: eb.ref('r.attempts'),
        next_attempt_at: eb.ref('r.next_attempt_at'),
        locked_until: null,
        last_attempt_at: eb.ref('r.at'),
        last_status_code: eb.ref('r.status_code'),
        last_latency_ms: eb.ref('r.latency_ms'),
        last_error: eb.ref('r.error'),
        response_excerpt: eb.ref('r.excerpt'),
        updated_at: eb.ref('r.at'),
      }))
      .whereRef('d.id', '=', 'r.id'),
  );
}

/** A delivery to an endpoint that was disabled meanwhile ends without an attempt. */
export async function abandonDelivery(orm: MikroORM, id: string, at: Date, reason: string): Promise<void> {
  await runTyped(
    orm,
    undefined,
    sqlBuilder(orm.em)
      .updateTable('webhook_delivery')
      .set({ status: 'failed', next_attempt_at: null, locked_until: null, last_error: reason, updated_at: at })
      .where('id', '=', id),
  );
}

/**
 * Adds a batch's failures to the endpoint's streak: after a success in the batch (`reset`) the
 * streak is only the failures that followed it. Returns the streak after the batch.
 */
export async function countStreak(
  orm: MikroORM,
  endpointId: string,
  change: { reset: boolean; failures: number },
  at: Date,
): Promise<number> {
  const [row] = await runTyped(
    orm,
    undefined,
    sqlBuilder(orm.em)
      .updateTable('webhook_endpoint')
      .set((eb) => ({ failure_streak: change.reset ? change.failures : eb('failure_streak', '+', change.failures), updated_at: at }))
      .where('id', '=', endpointId)
      .returning('failure_streak'),
  );
  return row?.failure_streak ?? 0;
}

/** Disables the endpoint unless it is already; true when this call did it (so one mail is sent). */
export async function disableEndpoint(orm: MikroORM, endpointId: string, at: Date): Promise<boolean> {
  const rows = await runTyped(
    orm,
    undefined,
    sqlBuilder(orm.em)
      .updateTable('webhook_endpoint')
      .set({ disabled_at: at, updated_at: at })
      .where('id', '=', endpointId)
      .where('disabled_at', 'is', null)
      .returning('id'),
  );
  return rows.length > 0;
}
