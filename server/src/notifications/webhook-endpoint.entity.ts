import { type Opt, type Ref, t } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Customer } from '../domain/customers/index.js';
import { BaseEntity } from '../platform/db/index.js';
import type { WebhookEventType } from './webhook-event-type.js';

/**
 * A customer's URL that receives signed events. The signing secret is kept readable because each
 * delivery must be signed with it; it is shown to the customer only when created or rolled.
 */
@Entity({ tableName: 'webhook_endpoint' })
@Index({ properties: ['customer', 'createdAt'] })
export class WebhookEndpoint extends BaseEntity {
  @ManyToOne(() => Customer, { ref: true })
  customer!: Ref<Customer>;

  @Property({ type: t.string, length: 2048 })
  url!: string;

  @Property({ type: t.string, length: 200 })
  description: string & Opt = '';

  @Property({ type: t.array, columnType: 'text[]' })
  eventTypes: WebhookEventType[] = [];

  @Property({ type: t.string, length: 64, hidden: true })
  signingSecret!: string;

  /** Consecutive failed deliveries; a success resets it, a long streak disables the endpoint. */
  @Property({ type: t.integer })
  failureStreak: number & Opt = 0;

  @Property({ type: t.datetime, columnType: 'timestamptz', nullable: true })
  disabledAt: Date | null = null;
}
