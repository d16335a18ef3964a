import type { EntityManager } from '@mikro-orm/postgresql';
import { type CustomerMargin, topCustomerMargins } from './customer-margin.js';
import { BILLED_INVOICE_SQL } from './invoice-revenue.js';

/**
 * Top customers by billed revenue in [start, end) with the compute cost of the simulations they started in it.
 * Revenue is the billed revenue of the revenue report (the same invoices and lines, before refunds).
 */
export async function customerMargins(
  em: EntityManager,
  period: { start: Date; end: Date },
  centsPerComputeHour: number,
  limit: number,
): Promise<CustomerMargin[]> {
  const connection = em.getConnection();
  const revenue = await connection.execute<{ customer_id: string; company: string; revenue_cents: string }[]>(
    `select i.customer_id, c.company, sum((l.value->>'amountCents')::bigint)::text as revenue_cents
       from invoice i
       join customer c on c.id = i.customer_id
       cross join lateral jsonb_array_elements(i.lines) as l(value)
      where ${BILLED_INVOICE_SQL} and i.issued_at >= ? and i.issued_at < ?
      group by i.customer_id, c.company`,
    [period.start, period.end],
  );
  // A run counts in the period it was started in; runs still going have no duration yet.
  const compute = await connection.execute<{ customer_id: string; compute_ms: string }[]>(
    `select customer_id, sum(duration_ms)::text as compute_ms
       from simulation_run
      where created_at >= ? and created_at < ? and duration_ms is not null
      group by customer_id`,
    [period.start, period.end],
  );
  return topCustomerMargins(
    revenue.map((row) => ({ customerId: row.customer_id, company: row.company, revenueCents: Number(row.revenue_cents) })),
    compute.map((row) => ({ customerId: row.customer_id, computeMs: Number(row.compute_ms) })),
    centsPerComputeHour,
    limit,
  );
}
