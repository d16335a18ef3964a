import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('CustomerTimelineEntry', { description: "One thing that happened to a customer's account, from the table that records it." })
export class CustomerTimelineEntryType {
  @Field(() => Date)
  at!: Date;

  @Field(() => String, {
    description:
      'signup, subscription, plan_change, invoice, payment, payment_failed, credit_pack, key or support (an audited staff action).',
  })
  kind!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true, description: 'Who did it: a staff email, a key or Stripe.' })
  actor!: string | null;

  @Field(() => String, { nullable: true, description: 'The console resource of the record it is about (invoices, apiKeys, auditLog …).' })
  targetType!: string | null;

  @Field(() => ID, { nullable: true })
  targetId!: string | null;
}

type Row = Omit<CustomerTimelineEntryType, 'at'> & { at: Date | string };

/** Each source is one branch; staff-only branches (keys, audited actions) are left out for finance. */
const CUSTOMER = `select c.created_at as at, 'signup' as kind, 'Signed up as ' || c.company || ' (' || c.email || ')' as title,
    null as actor, 'customers' as "targetType", c.id::text as "targetId" from customer c where c.id = (select id from me)`;
const SUBSCRIPTIONS = `select s.created_at, 'subscription', 'Subscribed to ' || p.name, null, 'subscriptions', s.id::text
    from subscription s join plan p on p.id = s.plan_id where s.customer_id = (select id from me)
  union all select s.canceled_at, 'subscription', 'Subscription to ' || p.name || ' canceled', null, 'subscriptions', s.id::text
    from subscription s join plan p on p.id = s.plan_id where s.customer_id = (select id from me) and s.canceled_at is not null`;
// A change of the subscription's prices is a plan change; the plan is the one whose base price it now holds.
const PLAN_CHANGES = `select e.event_created_at, 'plan_change', 'Plan changed' || coalesce(' to ' || (
      select p.name from plan p, jsonb_array_elements(e.payload->'data'->'object'->'items'->'data') item
       where p.stripe_base_price_id = item->'price'->>'id' limit 1), ''), 'Stripe', 'subscriptions', s.id::text
    from stripe_event e join subscription s on s.stripe_subscription_id = e.object_id
   where s.customer_id = (select id from me) and e.type = 'customer.subscription.updated' and e.payload->'data'->'previous_attributes'->'items' is not null`;
const INVOICES = `select i.issued_at, 'invoice', 'Invoice ' || coalesce(i.number, i.stripe_invoice_id) || ' issued: '
      || to_char(i.total_cents / 100.0, 'FM999999990.00') || ' ' || upper(i.currency) || ' (' || i.status || ')', 'Stripe', 'invoices', i.id::text
    from invoice i where i.customer_id = (select id from me)
  union all select i.paid_at, 'payment', 'Paid ' || to_char(i.amount_paid_cents / 100.0, 'FM999999990.00') || ' ' || upper(i.currency)
      || ' for ' || coalesce(i.number, i.stripe_invoice_id), 'Stripe', 'invoices', i.id::text
    from invoice i where i.customer_id = (select id from me) and i.paid_at is not null
  union all select e.event_created_at, 'payment_failed', 'Payment failed for ' || coalesce(i.number, i.stripe_invoice_id), 'Stripe', 'invoices', i.id::text
    from stripe_event e join invoice i on i.stripe_invoice_id = e.object_id where i.customer_id = (select id from me) and e.type = 'invoice.payment_failed'
  union all select cp.created_at, 'credit_pack', 'Bought ' || cp.credits || ' credits (' || cp.pack || ')', null, null, null
    from credit_purchase cp where cp.customer_id = (select id from me)`;
const KEYS = `select k.created_at, 'key', 'Key ' || k.name || ' (' || k.display_prefix || '…' || k.last4 || ') created', k.created_by, 'apiKeys', k.id::text
    from api_key k where k.customer_id = (select id from me)
  union all select k.revoked_at, 'key', 'Key ' || k.name || ' revoked', null, 'apiKeys', k.id::text
    from api_key k where k.customer_id = (select id from me) and k.revoked_at is not null`;
// Staff actions on the customer itself or on its keys (whose audit rows name the customer in "after").
const SUPPORT = `select a.created_at, 'support', a.action || coalesce(': ' || coalesce(a.after->>'reason', a.before->>'reason'), ''), a.actor_email, 'auditLog', a.id::text
    from audit_log a where a.target_id = (select id::text from me) or a.after->>'customerId' = (select id::text from me)`;

/** Everything known about one customer, newest first, at most `limit` entries. */
export async function customerTimeline(
  em: EntityManager,
  customerId: string,
  staff: boolean,
  limit: number,
): Promise<CustomerTimelineEntryType[]> {
  const branches = [CUSTOMER, SUBSCRIPTIONS, PLAN_CHANGES, INVOICES, ...(staff ? [KEYS, SUPPORT] : [])];
  const union = branches.join('\n union all ');
  const rows = await em
    .getConnection()
    .execute<Row[]>(`with me as (select ?::uuid as id) select * from (${union}) t where at is not null order by at desc limit ?`, [
      customerId,
      Math.trunc(limit),
    ]);
  return rows.map((row) => ({ ...row, at: new Date(row.at) }));
}
