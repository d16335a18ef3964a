import { type Opt, t } from '@mikro-orm/core';
import { Entity, Enum, Property } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../db/index.js';
import { AdminRole } from './admin-role.js';

@Entity({ tableName: 'admin_user' })
export class AdminUser extends BaseEntity {
  @Property({ type: t.string, length: 320, unique: true })
  email!: string;

  @Property({ type: t.string, length: 200 })
  name!: string;

  /** argon2id encoded hash (algorithm, parameters and salt included). */
  @Property({ type: t.string, length: 255, hidden: true })
  passwordHash!: string;

  @Enum({ items: () => AdminRole, type: t.string, length: 16 })
  role!: AdminRole;

  @Property({ type: t.boolean })
  disabled: boolean & Opt = false;

  /** Opt-in: this admin is mailed when an admin alert opens. */
  @Property({ type: t.boolean })
  alertEmails: boolean & Opt = false;

  @Property({ type: t.datetime, columnType: 'timestamptz', nullable: true })
  lastLoginAt: Date | null = null;

  /**
   * The base32 TOTP secret once the second factor is confirmed. It stays readable (like webhook
   * signing secrets) because every sign-in recomputes codes from it; it never leaves the server.
   */
  @Property({ type: t.string, length: 64, nullable: true, hidden: true })
  totpSecret: string | null = null;

  /** A secret offered by an enrolment that has not been confirmed with a code yet. */
  @Property({ type: t.string, length: 64, nullable: true, hidden: true })
  totpPendingSecret: string | null = null;

  /** The 30-second step of the last code accepted, so a code works once even inside its window. */
  @Property({ type: t.integer, nullable: true, hidden: true })
  totpLastStep: number | null = null;

  @Property({ type: t.datetime, columnType: 'timestamptz', nullable: true })
  passwordChangedAt: Date | null = null;

  get totpEnabled(): Opt<boolean> {
    return this.totpSecret !== null;
  }
}
