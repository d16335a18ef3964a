import { type Ref, t } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../platform/db/index.js';
import { CustomerMember } from './customer-member.entity.js';

/** A portal session, apart from console sessions; the token is only in the browser's cookie, the row keeps its HMAC. */
@Entity({ tableName: 'member_session' })
@Index({ properties: ['member', 'expiresAt'] })
export class MemberSession extends BaseEntity {
  @ManyToOne(() => CustomerMember, { ref: true })
  member!: Ref<CustomerMember>;

  @Property({ type: t.string, length: 64, unique: true, hidden: true })
  tokenHash!: string;

  @Property({ type: t.datetime, columnType: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: t.datetime, columnType: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  @Property({ type: t.string, length: 64, nullable: true })
  ip: string | null = null;
}
