import { type Opt, type Ref, t } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../platform/db/index.js';
import { Customer } from '../customers/index.js';
import { SpendCapMode, SpendCapWindow } from './spend-cap.js';

export enum ApiKeyMode {
  LIVE = 'live',
  TEST = 'test',
}

export enum ApiKeyStatus {
  ACTIVE = 'active',
  REVOKED = 'revoked',
  EXPIRED = 'expired',
}

export enum ApiKeyScope {
  SIMULATIONS_RUN = 'simulations:run',
  SIMULATIONS_READ = 'simulations:read',
  USAGE_READ = 'usage:read',
  KEYS_MANAGE = 'keys:manage',
  BILLING_MANAGE = 'billing:manage',
}

export const ALL_SCOPES: readonly ApiKeyScope[] = Object.values(ApiKeyScope);

/** An API key. Only the HMAC of the secret is stored; the GraphQL type never exposes the hash. */
@Entity({ tableName: 'api_key' })
@Index({ properties: ['customer', 'createdAt'] })
@Check({
  name: 'api_key_spend_cap_check',
  expression: '(spend_cap_credits is null) = (spend_cap_window is null) and (spend_cap_window is null) = (spend_cap_mode is null)',
})
export class ApiKey extends BaseEntity {
  @ManyToOne(() => Customer, { ref: true })
  customer!: Ref<Customer>;

  @Property({ type: t.string, length: 100 })
  name!: string;

  @Enum({ items: () => ApiKeyMode, type: t.string, length: 8 })
  mode!: ApiKeyMode;

  /** The first characters of the key (`mc_live_AbCd`), safe to show so a user can tell keys apart. */
  @Property({ type: t.string, length: 32 })
  displayPrefix!: string;

  @Property({ type: t.string, length: 4 })
  last4!: string;

  @Property({ type: t.string, length: 64, unique: true, hidden: true })
  secretHash!: string;

  @Property({ type: t.json })
  scopes!: ApiKeyScope[];

  @Enum({ items: () => ApiKeyStatus, type: t.string, length: 16 })
  status: ApiKeyStatus & Opt = ApiKeyStatus.ACTIVE;

  @Property({ type: t.datetime, columnType: 'timestamptz', nullable: true })
  expiresAt: Date | null = null;

  /** Set when the key was rotated: it keeps working until then, and not after. */
  @Property({ type: t.datetime, columnType: 'timestamptz', nullable: true })
  graceUntil: Date | null = null;

  @Property({ type: t.uuid, nullable: true })
  rotatedFromId: string | null = null;

  @Property({ type: t.datetime, columnType: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  @Property({ type: t.datetime, columnType: 'timestamptz', nullable: true })
  lastUsedAt: Date | null = null;

  /** The key's spend cap in credits per window; the three cap columns are set together or all null. */
  @Property({ type: t.integer, nullable: true })
  spendCapCredits: number | null = null;

  @Enum({ items: () => SpendCapWindow, type: t.string, length: 8, nullable: true })
  spendCapWindow: SpendCapWindow | null = null;

  @Enum({ items: () => SpendCapMode, type: t.string, length: 8, nullable: true })
  spendCapMode: SpendCapMode | null = null;

  /** Who made the key: `customer:<key id>`, `admin:<admin id>` or `system`. */
  @Property({ type: t.string, length: 80 })
  createdBy!: string;
}
