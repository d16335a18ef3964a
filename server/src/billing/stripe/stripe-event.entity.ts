import { type Opt, t } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

export enum StripeEventStatus {
  PENDING = 'pending',
  PROCESSED = 'processed',
  /** A type Carlo does not handle: acknowledged and kept for the record. */
  IGNORED = 'ignored',
  /** Gave up after its attempts; an admin can replay it. */
  FAILED = 'failed',
}

/**
 * The webhook inbox: one row per Stripe event id, written by POST /webhooks/stripe before it
 * answers 2xx, applied later by the stripe event worker in the transaction that marks it processed.
 */
@Entity({ tableName: 'stripe_event' })
@Index({ properties: ['status', 'nextAttemptAt'] })
export class StripeEvent {
  /** Stripe's event id (evt_…): the primary key makes every duplicate delivery a no-op. */
  @PrimaryKey({ type: t.string, length: 255 })
  id!: string;

  @Property({ type: t.string, length: 120 })
  type!: string;

  /**
   * Null for events from Stripe. With the in-process emulator, the emulator's address: each
   * emulator is its own Stripe account, so a worker applies only its own account's events even
   * when several apps share one database (tests on PostgreSQL).
   */
  @Property({ type: t.string, length: 100, nullable: true })
  source: string | null = null;

  /** The id of data.object (sub_…, in_…, cs_…), so an admin can find every event of one object. */
  @Property({ type: t.string, length: 255, nullable: true, index: true })
  objectId: string | null = null;

  /** The event's `created` at Stripe. */
  @Property({ type: t.datetime, columnType: 'timestamptz' })
  eventCreatedAt!: Date;

  @Property({ type: t.json })
  payload!: Record<string, unknown>;

  @Enum({ items: () => StripeEventStatus, type: t.string, length: 16 })
  status: StripeEventStatus & Opt = StripeEventStatus.PENDING;

  @Property({ type: t.datetime, columnType: 'timestamptz', defaultRaw: 'now()' })
  receivedAt: Date & Opt = new Date();

  @Property({ type: t.datetime, columnType: 'timestamptz', nullable: true })
  processedAt: Date | null = null;

  @Property({ type: t.integer })
  attempts: number & Opt = 0;

  @Property({ type: t.datetime, columnType: 'timestamptz', defaultRaw: 'now()' })
  nextAttemptAt: Date & Opt = new Date();

  @Property({ type: t.text, nullable: true })
  error: string | null = null;
}
