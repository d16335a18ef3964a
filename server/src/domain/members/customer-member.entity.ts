import { type Opt, type Ref, t } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../platform/db/index.js';
import { Customer } from '../customers/index.js';
import { MemberRole } from './member-role.js';

/**
 * A person who signs in to the portal for one customer. An invited member has no password until
 * the invitation is accepted; emails are unique across customers, so sign-in needs no company.
 */
@Entity({ tableName: 'customer_member' })
@Index({ properties: ['customer', 'createdAt'] })
export class CustomerMember extends BaseEntity {
  @ManyToOne(() => Customer, { ref: true })
  customer!: Ref<Customer>;

  @Property({ type: t.string, length: 320, unique: true })
  email!: string;

  @Enum({ items: () => MemberRole, type: t.string, length: 16 })
  role!: MemberRole;

  @Property({ type: t.text, nullable: true, hidden: true })
  passwordHash: string | null = null;

  @Property({ type: t.datetime, columnType: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null = null;

  @Property({ type: t.datetime, columnType: 'timestamptz', nullable: true })
  lastLoginAt: Date | null = null;

  @Property({ type: t.boolean })
  disabled: boolean & Opt = false;
}
