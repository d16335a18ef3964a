import { type Opt, type Ref, t } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../platform/db/index.js';
import { NotificationEvent } from '../events/notification-event.entity.js';
import { WebhookEndpoint } from '../webhook-endpoint.entity.js';

export const DELIVERY_STATUSES = ['pending', 'sending', 'succeeded', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/**
 * One event for one endpoint: the durable record of what is still to send and what each attempt
 * returned. `pending` rows with `nextAttemptAt` in the past are due; `sending` rows are claimed by
 * a worker until `lockedUntil`, after which another worker may take them over.
 */
@Entity({ tableName: 'webhook_delivery' })
@Unique({ properties: ['event', 'endpoint'] })
@Index({ properties: ['endpoint', 'createdAt'] })
@Index({ properties: ['status', 'nextAttemptAt'] })
export class WebhookDelivery extends BaseEntity {
  @ManyToOne(() => NotificationEvent, { ref: true })
  event!: Ref<NotificationEvent>;

  @ManyToOne(() => WebhookEndpoint, { ref: true, deleteRule: 'cascade' })
  endpoint!: Ref<WebhookEndpoint>;

  /** Copied from the event so a customer's log is read without a join. */
  @Property({ type: t.uuid })
  customerId!: string;

  @Property({ type: t.bigint })
  sequence!: string;

  @Property({ type: t.string, length: 16 })
  status: DeliveryStatus & Opt = 'pending';

  @Property({ type: t.integer })
  attempts: number & Opt = 0;

  @Property({ type: t.datetime, columnType: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null = null;

  @Property({ type: t.datetime, columnType: 'timestamptz', nullable: true })
  lockedUntil: Date | null = null;

  @Property({ type: t.datetime, columnType: 'timestamptz', nullable: true })
  lastAttemptAt: Date | null = null;

  @Property({ type: t.integer, nullable: true })
  lastStatusCode: number | null = null;

  @Property({ type: t.integer, nullable: true })
  lastLatencyMs: number | null = null;

  @Property({ type: t.string, length: 500, nullable: true })
  lastError: string | null = null;

  /** The first 1 KB of the receiver's answer, for the customer's delivery log. */
  @Property({ type: t.string, length: 1024, nullable: true })
  responseExcerpt: string | null = null;
}
