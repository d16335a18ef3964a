import { type Ref, t } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../db/index.js';
import { AdminUser } from './admin-user.entity.js';

/** A console session; the token itself is only in the browser's cookie, the row keeps its HMAC. */
@Entity({ tableName: 'admin_session' })
@Index({ properties: ['admin', 'expiresAt'] })
export class AdminSession extends BaseEntity {
  @ManyToOne(() => AdminUser, { ref: true })
  admin!: Ref<AdminUser>;

  @Property({ type: t.string, length: 64, unique: true, hidden: true })
  tokenHash!: string;

  @Property({ type: t.datetime, columnType: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: t.datetime, columnType: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  @Property({ type: t.string, length: 64, nullable: true })
  ip: string | null = null;
}
