import type { EntityManager } from '@mikro-orm/postgresql';
import { claimOverage } from '../../metering/index.js';
import { pgArray } from '../../platform/db/index.js';
import { METER_EVENT_NAME } from './credit-packs.js';

/**
 * Claims pending overage (see `claimOverage` for `before`) and queues it as stripe_outbox rows,
 * one per customer, hour and credit period, in the caller's transaction; returns the rows made.
 * The identifier carlo-<customer>-<yyyymmddhh>-<seq> is also the meter event's idempotency key;
 * `seq` counts up within the hour, so an hour flushed early at a renewal and closed later gets a
 * second row instead of a duplicate identifier.
 */
export async function enqueueOverage(em: EntityManager, before: Date | null, customerIds: readonly string[] | null): Promise<number> {
  const hours = await claimOverage(em, before, customerIds);
  if (hours.length === 0) return 0;
  const rows = await em.getConnection().execute<{ id: string }[]>(
    `insert into stripe_outbox (identifier, customer_id, stripe_customer_id, event_name, hour_start, event_at, seq, credits, attempts, next_attempt_at, created_at)
     select 'carlo-' || g.customer_id || '-' || to_char(g.hour_start at time zone 'UTC', 'YYYYMMDDHH24') || '-' || (s.seq + g.n - 1),
            g.customer_id, c.stripe_customer_id, ?, g.hour_start, g.event_at, s.seq + g.n - 1, g.credits, 0, now(), now()
     from (select u.*, row_number() over (partition by u.customer_id, u.hour_start order by u.event_at) as n
           from unnest(?::uuid[], ?::timestamptz[], ?::timestamptz[], ?::int[]) as u(customer_id, hour_start, event_at, credits)) g
     join customer c on c.id = g.customer_id
     cross join lateral (select coalesce(max(o.seq) + 1, 0) as seq from stripe_outbox o where o.customer_id = g.customer_id and o.hour_start = g.hour_start) s
     returning id`,
    [
      METER_EVENT_NAME,
      pgArray(hours.map((hour) => hour.customerId)),
      pgArray(hours.map((hour) => hour.hourStart.toISOString())),
      pgArray(hours.map((hour) => hour.eventAt.toISOString())),
      pgArray(hours.map((hour) => hour.credits)),
    ],
    'all',
    em.getTransactionContext(),
  );
  return rows.length;
}
