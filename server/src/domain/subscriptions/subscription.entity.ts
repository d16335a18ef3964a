import { type Opt, type Ref, t } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../platform/db/index.js';
import { Customer } from '../customers/index.js';
import { Plan } from '../plans/index.js';

/** Stripe's subscription statuses, kept verbatim so webhook payloads map one to one. */
export enum SubscriptionStatus {
  TRIALING = 'trialing',
  ACTIVE = 'active',
  PAST_DUE = 'past_due',
  UNPAID = 'unpaid',
  CANCELED = 'canceled',
  INCOMPLETE = 'incomplete',
  INCOMPLETE_EXPIRED = 'incomplete_expired',
  PAUSED = 'paused',
}

@Entity({ tableName: 'subscription' })
@Index({ properties: ['customer', 'createdAt'] })
export class Subscription extends BaseEntity {
  @ManyToOne(() => Customer, { ref: true })
  customer!: Ref<Customer>;

  @ManyToOne(() => Plan, { ref: true })
  plan!: Ref<Plan>;

  @Property({ type: t.string, length: 255, nullable: true, unique: true })
  stripeSubscriptionId: string | null = null;

  /** The Stripe price of the licensed base item, as the last webhook saw it: the plan price version it pays. */
  @Property({ type: t.string, length: 255, nullable: true })
  stripeBasePriceId: string | null = null;

  @Enum({ items: () => SubscriptionStatus, type: t.string, length: 24 })
  status!: SubscriptionStatus;

  @Property({ type: t.datetime, columnType: 'timestamptz' })
  currentPeriodStart!: Date;

  @Property({ type: t.datetime, columnType: 'timestamptz' })
  currentPeriodEnd!: Date;

  @Property({ type: t.boolean })
  cancelAtPeriodEnd: boolean & Opt = false;

  @Property({ type: t.datetime, columnType: 'timestamptz', nullable: true })
  trialEnd: Date | null = null;

  /** When the subscription entered past_due; the grace period is measured from here. */
  @Property({ type: t.datetime, columnType: 'timestamptz', nullable: true })
  pastDueSince: Date | null = null;

  /** Staff moved the end of this past-due episode's grace to here (the dunning queue's "extend grace"). */
  @Property({ type: t.datetime, columnType: 'timestamptz', nullable: true })
  graceExtendedUntil: Date | null = null;

  @Property({ type: t.datetime, columnType: 'timestamptz', nullable: true })
  canceledAt: Date | null = null;

  /** Creation time of the newest Stripe event applied; older events never overwrite newer state. */
  @Property({ type: t.datetime, columnType: 'timestamptz', nullable: true })
  lastStripeEventAt: Date | null = null;
}
