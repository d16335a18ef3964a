import { t } from '@mikro-orm/core';
import { Entity, Enum, Index, Property } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../platform/db/index.js';
import { AdminAlertKind } from './admin-alert-kind.js';

/**
 * Something staff should look at. `dedupeKey` names the cause (kind and subject, e.g.
 * `usage_spike:<customer id>`): at most one open (unacknowledged) alert per cause, enforced by a
 * partial unique index, so a detector that runs every few minutes opens it once.
 */
@Entity({ tableName: 'admin_alert' })
@Index({ properties: ['openedAt'] })
@Index({
  name: 'admin_alert_open_dedupe_key_unique',
  expression: 'create unique index "admin_alert_open_dedupe_key_unique" on "admin_alert" ("dedupe_key") where "acknowledged_at" is null',
})
export class AdminAlert extends BaseEntity {
  @Enum({ items: () => AdminAlertKind, type: t.string, length: 32 })
  kind!: AdminAlertKind;

  /** What the alert is about, in words for the list (a customer's company, an endpoint URL, …). */
  @Property({ type: t.string, length: 300 })
  subject!: string;

  @Property({ type: t.string, length: 200 })
  dedupeKey!: string;

  @Property({ type: t.datetime, columnType: 'timestamptz' })
  openedAt!: Date;

  @Property({ type: t.uuid, nullable: true })
  acknowledgedById: string | null = null;

  @Property({ type: t.string, length: 320, nullable: true })
  acknowledgedByEmail: string | null = null;

  @Property({ type: t.datetime, columnType: 'timestamptz', nullable: true })
  acknowledgedAt: Date | null = null;

  @Property({ type: t.json })
  details!: Record<string, unknown>;
}
