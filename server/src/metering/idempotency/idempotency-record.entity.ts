import { t } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * The first response to a mutation sent with an `Idempotency-Key`, per customer, kept 24 hours.
 * A row without a response is a request in flight; its lock lapses after lockedUntil, so a
 * crashed request does not block its key for a day.
 */
@Entity({ tableName: 'idempotency_record' })
@Index({ properties: ['expiresAt'] })
export class IdempotencyRecord {
  @PrimaryKey({ type: t.uuid })
  customerId!: string;

  @PrimaryKey({ type: t.string, length: 255 })
  key!: string;

  /** sha256 of the operation text, operation name and variables. */
  @Property({ type: t.string, length: 64 })
  bodyHash!: string;

  @Property({ type: t.string, length: 64 })
  requestId!: string;

  @Property({ type: t.integer, nullable: true })
  httpStatus: number | null = null;

  @Property({ type: t.json, nullable: true })
  response: Record<string, unknown> | null = null;

  @Property({ type: t.datetime, columnType: 'timestamptz' })
  lockedUntil!: Date;

  @Property({ type: t.datetime, columnType: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: t.datetime, columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt!: Date;
}
