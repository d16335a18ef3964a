import { type Opt, t } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

export enum UsageStatus {
  /** Every field resolved. */
  OK = 'ok',
  /** Some fields errored; they cost nothing. */
  PARTIAL = 'partial',
  /** Nothing resolved; nothing is charged. */
  FAILED = 'failed',
}

/** Stripe reporting state: the outbox of the Stripe issue moves pending rows to reported. */
export enum StripeReportState {
  NOT_BILLABLE = 'not_billable',
  PENDING = 'pending',
  REPORTED = 'reported',
}

/**
 * One row per executed operation of an API key (free ones included, with 0 credits), written by
 * the batched usage writer in the transaction that settles the request's credits.
 */
@Entity({ tableName: 'usage_event' })
@Index({ properties: ['customerId', 'occurredAt'] })
// Events are appended in time order, so a BRIN index finds a day's events reading only its blocks;
// autosummarize keeps it current between vacuums (the rollup also summarises before each turn).
@Index({
  name: 'usage_event_occurred_at_brin',
  expression: 'create index "usage_event_occurred_at_brin" on "usage_event" using brin ("occurred_at") with (autosummarize = on)',
})
export class UsageEvent {
  @PrimaryKey({ type: t.bigint, autoincrement: true })
  id!: string;

  @Property({ type: t.string, length: 64, unique: true })
  requestId!: string;

  @Property({ type: t.uuid })
  customerId!: string;

  @Property({ type: t.uuid })
  apiKeyId!: string;

  @Property({ type: t.datetime, columnType: 'timestamptz' })
  periodStart!: Date;

  @Property({ type: t.string, length: 200 })
  operationName!: string;

  @Property({ type: t.integer })
  requestedCredits!: number;

  @Property({ type: t.integer })
  actualCredits!: number;

  /** Credits taken from the balance plus overage: what this call cost the customer. */
  @Property({ type: t.integer })
  chargedCredits!: number;

  @Property({ type: t.integer })
  overageCredits!: number;

  @Enum({ items: () => UsageStatus, type: t.string, length: 16 })
  status!: UsageStatus;

  @Property({ type: t.integer })
  latencyMs!: number;

  @Property({ type: t.datetime, columnType: 'timestamptz' })
  occurredAt!: Date;

  @Enum({ items: () => StripeReportState, type: t.string, length: 16 })
  stripeReportState!: StripeReportState;

  /**
   * Credits still reserved for simulation jobs this request started. The job runner settles them
   * when the job ends (adding to charged and overage and taking them off here), so the event's
   * charge is final once this is 0. Such events stay out of the Stripe outbox until then.
   */
  @Property({ type: t.integer, default: 0 })
  heldCredits: number & Opt = 0;
}
