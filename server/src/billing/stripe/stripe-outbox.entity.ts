import { type Opt, t } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';

/**
 * A pending Stripe call (docs/architecture.md §4): overage credits of one customer in one hour, reported to
 * the billing meter. The identifier is derived from the customer, the hour and a sequence number,
 * and doubles as the idempotency key: a resend after a crash is counted once by Stripe.
 */
@Entity({ tableName: 'stripe_outbox' })
@Unique({ properties: ['customerId', 'hourStart', 'seq'] })
@Index({ properties: ['sentAt', 'deadAt', 'nextAttemptAt'] })
export class StripeOutboxEntry {
  @PrimaryKey({ type: t.bigint, autoincrement: true })
  id!: string;

  @Property({ type: t.string, length: 100, unique: true })
  identifier!: string;

  @Property({ type: t.uuid })
  customerId!: string;

  @Property({ type: t.string, length: 255 })
  stripeCustomerId!: string;

  @Property({ type: t.string, length: 100 })
  eventName!: string;

  @Property({ type: t.datetime, columnType: 'timestamptz' })
  hourStart!: Date;

  /** When the newest usage of the hour happened: the meter event's timestamp, inside the hour. */
  @Property({ type: t.datetime, columnType: 'timestamptz' })
  eventAt!: Date;

  @Property({ type: t.integer })
  seq!: number;

  @Property({ type: t.integer })
  credits!: number;

  @Property({ type: t.integer })
  attempts: number & Opt = 0;

  @Property({ type: t.datetime, columnType: 'timestamptz', defaultRaw: 'now()' })
  nextAttemptAt: Date & Opt = new Date();

  /** Set once Stripe acknowledged the event; such a row is never sent again. */
  @Property({ type: t.datetime, columnType: 'timestamptz', nullable: true })
  sentAt: Date | null = null;

  /** Dead letter: a permanent error; the reason says what Stripe answered. */
  @Property({ type: t.datetime, columnType: 'timestamptz', nullable: true })
  deadAt: Date | null = null;

  @Property({ type: t.text, nullable: true })
  lastError: string | null = null;

  @Property({ type: t.datetime, columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
