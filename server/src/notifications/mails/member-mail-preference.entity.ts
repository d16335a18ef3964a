import { type Opt, type Ref, t } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { CustomerMember } from '../../domain/members/index.js';

/**
 * A member's switch for one mail category. Every category is on until the member turns it off, so
 * only members who changed a switch have rows.
 */
@Entity({ tableName: 'member_mail_preference' })
export class MemberMailPreference {
  @ManyToOne(() => CustomerMember, { ref: true, primary: true, deleteRule: 'cascade' })
  member!: Ref<CustomerMember>;

  @PrimaryKey({ type: t.string, length: 32 })
  category!: string;

  @Property({ type: t.boolean })
  enabled!: boolean;

  @Property({ type: t.datetime, columnType: 'timestamptz' })
  updatedAt: Date & Opt = new Date();
}
