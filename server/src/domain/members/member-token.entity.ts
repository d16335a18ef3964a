import { type Ref, t } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../platform/db/index.js';
import { CustomerMember } from './customer-member.entity.js';

export enum MemberTokenPurpose {
  VERIFY_EMAIL = 'verify_email',
  RESET_PASSWORD = 'reset_password',
  /** An invitation, or a key-only customer claiming its account: both set the first password. */
  INVITATION = 'invitation',
}

/** A single-use link sent by mail; like sessions, only the token's HMAC is stored. */
@Entity({ tableName: 'member_token' })
@Index({ properties: ['member', 'purpose'] })
export class MemberToken extends BaseEntity {
  @ManyToOne(() => CustomerMember, { ref: true })
  member!: Ref<CustomerMember>;

  @Enum({ items: () => MemberTokenPurpose, type: t.string, length: 16 })
  purpose!: MemberTokenPurpose;

  @Property({ type: t.string, length: 64, unique: true, hidden: true })
  tokenHash!: string;

  @Property({ type: t.datetime, columnType: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: t.datetime, columnType: 'timestamptz', nullable: true })
  usedAt: Date | null = null;
}
