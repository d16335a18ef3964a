import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { anyOf, runInTransactionOf, sqlBuilder, unnestRows } from '../../platform/db/index.js';
import { type NotificationInput, type RecordedEvent, newEventId } from './event-recorder.js';

/**
 * Records many events in three statements whatever their number: the events (a cause recorded
 * before, or twice in the list, records once), the subscribed endpoints of their customers, and one
 * pending delivery per event and endpoint. Same rules as `recordEvent`, in the transaction of `em`
 * when there is one; `sequence` follows the order of `inputs`. Each recorded event comes back with
 * the input that caused it.
 */
export async function recordEvents(
  em: EntityManager,
  inputs: readonly NotificationInput[],
  now: Date,
): Promise<(RecordedEvent & { input: NotificationInput })[]> {
  if (inputs.length === 0) return [];
  const db = sqlBuilder(em);
  const at = now.toISOString();
  const events = await runInTransactionOf(
    em,
    db
      .insertInto('notification_event')
      .columns(['id', 'customer_id', 'type', 'cause_key', 'payload', 'created_at'])
      .expression(
        db
          .selectFrom(
            unnestRows('e', {
              id: { type: 'text', values: inputs.map(() => newEventId()) },
              customer_id: { type: 'uuid', values: inputs.map((input) => input.customerId) },
              type: { type: 'text', values: inputs.map((input) => input.type) },
              cause_key: { type: 'text', values: inputs.map((input) => input.causeKey) },
              payload: { type: 'jsonb', values: inputs.map((input) => JSON.stringify(input.data)) },
              created_at: { type: 'timestamptz', values: inputs.map(() => at) },
            }),
          )
          .selectAll('e'),
      )
      .onConflict((conflict) => conflict.column('cause_key').doNothing())
      .returning(['id', 'sequence', 'customer_id', 'type', 'cause_key']),
  );
  if (events.length === 0) return [];
  const endpoints = await runInTransactionOf(
    em,
    db
      .selectFrom('webhook_endpoint')
      .select(['id', 'customer_id', 'event_types'])
      .where('customer_id', '=', anyOf('uuid', [...new Set(events.map((event) => event.customer_id))]))
      .where('disabled_at', 'is', null),
  );
  const endpointsOf = new Map<string, typeof endpoints>();
  for (const endpoint of endpoints) endpointsOf.set(endpoint.customer_id, [...(endpointsOf.get(endpoint.customer_id) ?? []), endpoint]);
  const recorded = events.map((event) => ({
    event,
    deliveryIds: (endpointsOf.get(event.customer_id) ?? [])
      .filter((endpoint) => endpoint.event_types.includes(event.type))
      .map((endpoint) => ({ id: randomUUID(), endpointId: endpoint.id })),
  }));
  const deliveries = recorded.flatMap(({ event, deliveryIds }) => deliveryIds.map((delivery) => ({ ...delivery, event })));
  if (deliveries.length > 0) {
    // Arrays, not a VALUES list: a big batch would pass PostgreSQL's 65,535 parameters.
    await runInTransactionOf(
      em,
      db
        .insertInto('webhook_delivery')
        .columns(['id', 'created_at', 'updated_at', 'event_id', 'endpoint_id', 'customer_id', 'sequence', 'next_attempt_at'])
        .expression(
          db
            .selectFrom(
              unnestRows('d', {
                id: { type: 'uuid', values: deliveries.map((delivery) => delivery.id) },
                created_at: { type: 'timestamptz', values: deliveries.map(() => at) },
                updated_at: { type: 'timestamptz', values: deliveries.map(() => at) },
                event_id: { type: 'text', values: deliveries.map((delivery) => delivery.event.id) },
                endpoint_id: { type: 'uuid', values: deliveries.map((delivery) => delivery.endpointId) },
                customer_id: { type: 'uuid', values: deliveries.map((delivery) => delivery.event.customer_id) },
                sequence: { type: 'bigint', values: deliveries.map((delivery) => String(delivery.event.sequence)) },
                next_attempt_at: { type: 'timestamptz', values: deliveries.map(() => at) },
              }),
            )
            .selectAll('d'),
        ),
    );
  }
  const inputOf = new Map(inputs.map((input) => [input.causeKey, input]));
  return recorded.flatMap(({ event, deliveryIds }) => {
    const input = inputOf.get(event.cause_key);
    return input ? [{ eventId: event.id, deliveryIds: deliveryIds.map((delivery) => delivery.id), input }] : [];
  });
}
