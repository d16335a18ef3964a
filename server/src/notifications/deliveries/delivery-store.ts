import type { MikroORM } from '@mikro-orm/postgresql';
import { runTyped, sqlBuilder } from '../../platform/db/index.js';
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

/** Takes a due delivery for one attempt; null when it is not due or another worker has it. */
export async function claimDelivery(orm: MikroORM, id: string, now: Date): Promise<ClaimedDelivery | null> {
  const db = sqlBuilder(orm.em);
  const [claimed] = await runTyped(
    orm,
    undefined,
    db
      .updateTable('webhook_delivery')
      .set({ status: 'sending', locked_until: new Date(now.getTime() + CLAIM_MS), updated_at: now })
      .where('id', '=', id)
      .where((eb) =>
        eb.or([
          eb.and([eb('status', '=', 'pending'), eb('next_attempt_at', '<=', now.toISOString())]),
          eb.and([eb('status', '=', 'sending'), eb('locked_until', '<', now.toISOString())]),
        ]),
      )
      .returning(['id', 'attempts', 'event_id', 'endpoint_id']),
  );
  if (!claimed) return null;
  const [row] = await runTyped(
    orm,
    undefined,
    db
      .selectFrom('notification_event as e')
      .innerJoin('webhook_endpoint as w', (join) => join.on('w.id', '=', claimed.endpoint_id))
      .select(['e.type', 'e.created_at', 'e.sequence', 'e.customer_id', 'e.payload', 'w.url', 'w.signing_secret', 'w.disabled_at'])
      .where('e.id', '=', claimed.event_id),
  );
  if (!row) return null;
  return {
    id: claimed.id,
    attempts: claimed.attempts,
    eventId: claimed.event_id,
    eventType: row.type,
    eventCreatedAt: new Date(row.created_at),
    sequence: row.sequence,
    customerId: row.customer_id,
    payload: row.payload,
    endpointId: claimed.endpoint_id,
    url: row.url,
    secret: row.signing_secret,
    endpointDisabled: row.disabled_at !== null,
  };
}

/** Writes one attempt's result: `nextAttemptAt` null ends the delivery (succeeded, or failed for good). */
export async function recordAttempt(
  orm: MikroORM,
  delivery: ClaimedDelivery,
  outcome: PostOutcome,
  at: Date,
  nextAttemptAt: Date | null,
): Promise<void> {
  const status = outcome.ok ? 'succeeded' : nextAttemptAt ? 'pending' : 'failed';
  await runTyped(
    orm,
    undefined,
    sqlBuilder(orm.em)
      .updateTable('webhook_delivery')
      .set({
        status,
        attempts: delivery.attempts + 1,
        next_attempt_at: outcome.ok ? null : nextAttemptAt,
        locked_until: null,
        last_attempt_at: at,
        last_status_code: outcome.statusCode,
        last_latency_ms: outcome.latencyMs,
        last_error: outcome.error,
        response_excerpt: outcome.excerpt,
        updated_at: at,
      })
      .where('id', '=', delivery.id),
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

/** Counts the endpoint's streak: a success resets it; returns the streak after this attempt. */
export async function countStreak(orm: MikroORM, endpointId: string, ok: boolean, at: Date): Promise<number> {
  const [row] = await runTyped(
    orm,
    undefined,
    sqlBuilder(orm.em)
      .updateTable('webhook_endpoint')
      .set((eb) => ({ failure_streak: ok ? 0 : eb('failure_streak', '+', 1), updated_at: at }))
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
