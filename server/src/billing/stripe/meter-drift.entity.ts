import { type Opt, t } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** One reconciliation of a customer's hour: what we sent versus what the meter summarises. */
@Entity({ tableName: 'meter_drift' })
export class MeterDrift {
  @PrimaryKey({ type: t.bigint, autoincrement: true })
  id!: string;

  @Property({ type: t.uuid, index: true })
  customerId!: string;

  @Property({ type: t.datetime, columnType: 'timestamptz' })
  hourStart!: Date;

  @Property({ type: t.integer })
  localCredits!: number;

  @Property({ type: t.integer })
  stripeCredits!: number;

  @Property({ type: t.datetime, columnType: 'timestamptz', defaultRaw: 'now()' })
  checkedAt: Date & Opt = new Date();
}
