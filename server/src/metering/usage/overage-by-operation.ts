import type { EntityManager } from '@mikro-orm/postgresql';

/** The calls behind an overage charge: one GraphQL operation, how often it ran over the allowance, and by how much. */
export type OverageOperation = { operationName: string; calls: number; overageCredits: number };

/**
 * Which operations produced a customer's overage credits in [from, to): the usage events with
 * overage, grouped by operation, largest first. An invoice's overage line bills the meter events
 * of its period, and those are these events' overage summed by the hour (meter-outbox.ts).
 */
export async function overageByOperation(em: EntityManager, customerId: string, from: Date, to: Date): Promise<OverageOperation[]> {
  const rows = await em.getConnection().execute<{ operation: string; calls: number; overage: string }[]>(
    `select operation_name as operation, count(*)::int as calls, sum(overage_credits)::bigint as overage
       from usage_event
      where customer_id = ? and occurred_at >= ? and occurred_at < ? and overage_credits > 0
      group by 1 order by 3 desc, 1`,
    [customerId, from, to],
  );
  return rows.map((row) => ({ operationName: row.operation, calls: row.calls, overageCredits: Number(row.overage) }));
}
