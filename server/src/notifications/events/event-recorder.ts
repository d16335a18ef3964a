import { randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { runInTransactionOf, sqlBuilder } from '../../platform/db/index.js';
import type { WebhookEventType } from '../webhook-event-type.js';

/** What a producer reports: the cause key makes a second report of the same cause a no-op. */
export type NotificationInput = {
  customerId: string;
  type: WebhookEventType;
  causeKey: string;
  data: Record<string, unknown>;
};

export type RecordedEvent = { eventId: string; deliveryIds: string[] };

/** `webhook.test`, sent by sendTestWebhook to one endpoint whatever it subscribed to. */
export const TEST_EVENT_TYPE = 'webhook.test';

type Recordable = Omit<NotificationInput, 'type'> & { type: WebhookEventType | typeof TEST_EVENT_TYPE; onlyEndpointId?: string };

/** A new event id: `evt_` and 24 random characters, like Stripe's, never reused. */
export function newEventId(): string {
  return `evt_${randomBytes(18).toString('base64url')}`;
}

/**
 * Records the event and one pending delivery per enabled endpoint that subscribed to its type, in
 * the transaction of `em` when there is one (so the event exists exactly when its cause does).
 * Returns null when the cause was recorded before: producers may call this as often as they like.
 */
export async function recordEvent(em: EntityManager, input: Recordable, now: Date): Promise<RecordedEvent | null> {
  const db = sqlBuilder(em);
  const [event] = await runInTransactionOf(
    em,
    db
      .insertInto('notification_event')
      .values({
        id: newEventId(),
        customer_id: input.customerId,
        type: input.type,
        cause_key: input.causeKey,
        payload: JSON.stringify(input.data),
        created_at: now,
      })
      .onConflict((conflict) => conflict.column('cause_key').doNothing())
      .returning(['id', 'sequence']),
  );
  if (!event) return null;
  const endpoints = await runInTransactionOf(
    em,
    db
      .selectFrom('webhook_endpoint')
      .select('id')
      .where('customer_id', '=', input.customerId)
      .where('disabled_at', 'is', null)
      .where(input.onlyEndpointId ? sql<boolean>`id = ${input.onlyEndpointId}` : sql<boolean>`${input.type} = any(event_types)`),
  );
  if (endpoints.length === 0) return { eventId: event.id, deliveryIds: [] };
  const rows = endpoints.map((endpoint) => ({
    id: randomUUID(),
    created_at: now,
    updated_at: now,
    event_id: event.id,
    endpoint_id: endpoint.id,
    customer_id: input.customerId,
    sequence: event.sequence,
    next_attempt_at: now,
  }));
  await runInTransactionOf(em, db.insertInto('webhook_delivery').values(rows));
  return { eventId: event.id, deliveryIds: rows.map((row) => row.id) };
}
