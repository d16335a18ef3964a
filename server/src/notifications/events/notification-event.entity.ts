import { type Opt, type Ref, t } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Customer } from '../../domain/customers/index.js';

/**
 * One thing that happened on a customer's account, recorded once per cause: `causeKey` is unique,
 * so a producer that runs twice for the same cause (a retried job, a redelivered Stripe event)
 * records nothing the second time. `sequence` orders the events of a customer.
 */
@Entity({ tableName: 'notification_event' })
@Index({ properties: ['customer', 'sequence'] })
export class NotificationEvent {
  /** `evt_…`, the id receivers see; stable across retries and resends. */
  @PrimaryKey({ type: t.string, length: 40 })
  id!: string;

  @Property({ type: t.bigint, autoincrement: true })
  sequence!: string & Opt;

  @ManyToOne(() => Customer, { ref: true })
  customer!: Ref<Customer>;

  @Property({ type: t.string, length: 64 })
  type!: string;

  @Property({ type: t.string, length: 255, unique: true })
  causeKey!: string;

  @Property({ type: t.json })
  payload!: Record<string, unknown>;

  @Property({ type: t.datetime, columnType: 'timestamptz' })
  createdAt: Date & Opt = new Date();
}
