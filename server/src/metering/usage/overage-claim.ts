import type { EntityManager } from '@mikro-orm/postgresql';

/** Overage of one customer in one hour of one credit period, claimed for reporting to the Stripe meter. */
export type HourOverage = { customerId: string; hourStart: Date; eventAt: Date; credits: number };

/**
 * Marks pending overage as reported and returns it summed per customer, hour and credit period,
 * inside the caller's transaction (the caller queues the report in the same one, so a claim never
 * outlives its report). `before` bounds it: the hourly flush passes `now`'s hour start (closed
 * hours only); null claims the open hour too, which the renewal flush needs before Stripe
 * finalizes the period's invoice. Usage is never summed across a period boundary, and each sum's
 * `eventAt` (its latest use) is kept within the period the usage belongs to: the period comes from
 * Stripe's clock, which a test clock (or a small skew at a renewal) can put ahead of ours, and
 * Stripe bills a meter event in the period its timestamp falls in. Only customers with a Stripe
 * customer are claimed; `customerIds` narrows it (tests sharing one database use it).
 */
export async function claimOverage(em: EntityManager, before: Date | null, customerIds: readonly string[] | null): Promise<HourOverage[]> {
  const scope = customerIds ? JSON.stringify(customerIds) : null;
  const cutoff = before ? before.toISOString() : null;
  const rows = await em.getConnection().execute<{ customer_id: string; hour_start: Date; event_at: Date; credits: number }[]>(
    `with picked as (
       update usage_event u set stripe_report_state = 'reported'
       where u.stripe_report_state = 'pending' and u.overage_credits > 0
         and (?::timestamptz is null or u.occurred_at < ?::timestamptz)
         and exists (select 1 from customer c where c.id = u.customer_id and c.stripe_customer_id is not null)
         and (?::jsonb is null or u.customer_id in (select value::uuid from jsonb_array_elements_text(?::jsonb)))
       returning u.customer_id, u.period_start, date_trunc('hour', u.occurred_at) as hour_start, u.occurred_at, u.overage_credits
     )
     select p.customer_id, p.hour_start,
            least(greatest(max(p.occurred_at), p.period_start), coalesce(b.period_end, 'infinity') - interval '1 second') as event_at,
            sum(p.overage_credits)::int as credits
     from picked p left join credit_balance b on b.customer_id = p.customer_id and b.period_start = p.period_start
     group by p.customer_id, p.hour_start, p.period_start, b.period_end order by p.customer_id, p.hour_start, event_at`,
    [cutoff, cutoff, scope, scope],
    'all',
    em.getTransactionContext(),
  );
  return rows.map((row) => ({
    customerId: row.customer_id,
    hourStart: new Date(row.hour_start),
    eventAt: new Date(row.event_at),
    credits: row.credits,
  }));
}
