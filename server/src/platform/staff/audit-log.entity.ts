import { t } from '@mikro-orm/core';
import { Entity, Index, Property } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../db/index.js';

/** One row per admin mutation: who did what to which object, with the state before and after. */
@Entity({ tableName: 'audit_log' })
@Index({ properties: ['targetType', 'targetId'] })
@Index({ properties: ['createdAt'] })
export class AuditLog extends BaseEntity {
  @Property({ type: t.uuid, nullable: true })
  actorId: string | null = null;

  @Property({ type: t.string, length: 320 })
  actorEmail!: string;

  @Property({ type: t.string, length: 80 })
  action!: string;

  @Property({ type: t.string, length: 40 })
  targetType!: string;

  @Property({ type: t.string, length: 80, nullable: true })
  targetId: string | null = null;

  @Property({ type: t.json, nullable: true })
  before: Record<string, unknown> | null = null;

  @Property({ type: t.json, nullable: true })
  after: Record<string, unknown> | null = null;

  @Property({ type: t.string, length: 64, nullable: true })
  ip: string | null = null;

  @Property({ type: t.string, length: 64, nullable: true })
  requestId: string | null = null;
}
