import { t } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * Daily rollups of usage_event for the usage explorer, one table per chart, written by
 * UsageRollup for closed UTC days only (usage-rollup.ts). A day has a UsageDayTotal row once it is
 * rolled up, even without calls; the latest such day is the rollup's watermark.
 */
@Entity({ tableName: 'usage_day_total' })
export class UsageDayTotal {
  @PrimaryKey({ type: t.date })
  day!: string;

  @Property({ type: t.integer })
  calls!: number;

  @Property({ type: t.bigint })
  chargedCredits!: string;

  @Property({ type: t.bigint })
  overageCredits!: string;

  @Property({ type: t.integer })
  errors!: number;

  /** Calls per latency in milliseconds ({"12": 40, ...}): the exact p95 of any day comes from it. */
  @Property({ type: t.json })
  latencyCounts!: Record<string, number>;
}

@Entity({ tableName: 'usage_day_operation' })
export class UsageDayOperation {
  @PrimaryKey({ type: t.date })
  day!: string;

  @PrimaryKey({ type: t.string, length: 200 })
  operationName!: string;

  @Property({ type: t.integer })
  calls!: number;

  @Property({ type: t.bigint })
  chargedCredits!: string;
}

@Entity({ tableName: 'usage_day_customer' })
export class UsageDayCustomer {
  @PrimaryKey({ type: t.date })
  day!: string;

  @PrimaryKey({ type: t.uuid })
  customerId!: string;

  @Property({ type: t.integer })
  calls!: number;

  @Property({ type: t.bigint })
  chargedCredits!: string;
}
