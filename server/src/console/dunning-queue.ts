import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { daysUntil, dunningDates, type StripeGateway, invoiceCollection } from '../billing/index.js';

@ObjectType('DunningEntry', { description: 'A past-due or unpaid subscription, with where collecting its open invoice stands.' })
export class DunningEntryType {
  @Field(() => ID)
  subscriptionId!: string;

  @Field(() => ID)
  customerId!: string;

  @Field(() => String)
  company!: string;

  @Field(() => String, { description: 'The customer account: active or suspended.' })
  customerStatus!: string;

  @Field(() => String)
  planName!: string;

  @Field(() => String, { description: 'past_due or unpaid' })
  status!: string;

  @Field(() => Date)
  pastDueSince!: Date;

  @Field(() => Date, { nullable: true })
  graceExtendedUntil!: Date | null;

  @Field(() => ID, { nullable: true, description: 'The open invoice being collected (its mirror row).' })
  invoiceId!: string | null;

  @Field(() => String, { nullable: true })
  invoiceNumber!: string | null;

  @Field(() => Int)
  amountDueCents!: number;

  @Field(() => String)
  currency!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Payment attempts Stripe has made on the open invoice; null when Stripe could not be asked (the row still shows).',
  })
  attemptCount!: number | null;

  @Field(() => Date, { nullable: true })
  nextAttemptAt!: Date | null;

  @Field(() => [Date], { description: 'The attempts still to come on the retry schedule, the next one first.' })
  remainingAttempts!: Date[];

  @Field(() => Date, { description: "When calls fall back to the free plan's limits (grace end)." })
  degradesAt!: Date;

  @Field(() => Int)
  daysToDegradation!: number;

  @Field(() => Date, {
    nullable: true,
    description: 'The last retry: if it fails, Stripe stops collecting and the subscription is unpaid.',
  })
  suspendsAt!: Date | null;

  @Field(() => Int, { nullable: true })
  daysToSuspension!: number | null;
}

type Row = {
  subscription_id: string;
  customer_id: string;
  company: string;
  customer_status: string;
  plan_name: string;
  status: string;
  past_due_since: Date | string | null;
  updated_at: Date | string;
  grace_extended_until: Date | string | null;
  invoice_id: string | null;
  stripe_invoice_id: string | null;
  invoice_number: string | null;
  amount_due_cents: number | null;
  currency: string | null;
};

const QUEUE = `select s.id as subscription_id, c.id as customer_id, c.company, c.status as customer_status, p.name as plan_name, s.status,
    s.past_due_since, s.updated_at, s.grace_extended_until, i.id as invoice_id, i.stripe_invoice_id, i.number as invoice_number,
    i.amount_due_cents, i.currency
  from subscription s join customer c on c.id = s.customer_id join plan p on p.id = s.plan_id
  left join lateral (select * from invoice i where i.stripe_subscription_id = s.stripe_subscription_id and i.status = 'open'
    order by i.issued_at desc limit 1) i on true
  where s.status in ('past_due', 'unpaid')
  order by coalesce(s.past_due_since, s.updated_at) asc, s.id
  limit 200`;

const date = (value: Date | string | null): Date | null => (value === null ? null : new Date(value));

/**
 * Every past-due or unpaid subscription, longest overdue first (at most 200). Attempts and the
 * next attempt come from Stripe, one read per open invoice: Carlo's mirror does not keep them.
 */
export async function dunningQueue(em: EntityManager, gateway: StripeGateway, now = new Date()): Promise<DunningEntryType[]> {
  const rows = await em.getConnection().execute<Row[]>(QUEUE);
  return Promise.all(
    rows.map(async (row) => {
      // One invoice Stripe cannot answer for (deleted there, or Stripe down) must not hide the whole queue.
      const collection = row.stripe_invoice_id ? await invoiceCollection(gateway, row.stripe_invoice_id).catch(() => null) : null;
      const pastDueSince = date(row.past_due_since) ?? new Date(row.updated_at);
      const graceExtendedUntil = date(row.grace_extended_until);
      const dates = dunningDates({
        pastDueSince,
        graceExtendedUntil,
        attemptCount: collection?.attemptCount ?? 0,
        nextAttemptAt: collection?.nextAttemptAt ?? null,
      });
      return {
        subscriptionId: row.subscription_id,
        customerId: row.customer_id,
        company: row.company,
        customerStatus: row.customer_status,
        planName: row.plan_name,
        status: row.status,
        pastDueSince,
        graceExtendedUntil,
        invoiceId: row.invoice_id,
        invoiceNumber: row.invoice_number,
        amountDueCents: row.amount_due_cents ?? 0,
        currency: row.currency ?? 'usd',
        attemptCount: collection?.attemptCount ?? null,
        nextAttemptAt: collection?.nextAttemptAt ?? null,
        remainingAttempts: dates.remainingAttempts,
        degradesAt: dates.degradesAt,
        daysToDegradation: daysUntil(dates.degradesAt, now) ?? 0,
        suspendsAt: dates.suspendsAt,
        daysToSuspension: daysUntil(dates.suspendsAt, now),
      };
    }),
  );
}
