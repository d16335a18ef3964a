import { type Opt, t } from '@mikro-orm/core';
import { Entity, Enum, Index, Property } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../platform/db/index.js';

export enum CustomerStatus {
  ACTIVE = 'active',
  SUSPENDED = 'suspended',
  DELETED = 'deleted',
}

/** A postal address in Stripe's shape, so the Stripe customer can carry the same one. */
export type CustomerAddress = {
  line1?: string;
  line2?: string;
  city?: string;
  state?: string;
  postalCode?: string;
  /** ISO 3166-1 alpha-2, uppercase. */
  country?: string;
};

/** Limits an admin set for one customer; an absent field falls back to the plan. */
export type CustomerOverrides = {
  rateLimitCreditsPerSecond?: number;
  burstCredits?: number;
  includedCredits?: number;
  /** Null turns overage off for this customer (hard stop). */
  overageCentsPer1000Credits?: number | null;
  maxIterationsSync?: number;
};

@Entity({ tableName: 'customer' })
// The console lists customers newest first, by company, by status, and searches company and email by substring.
// The trigram indexes skip GIN's pending list: every search would scan it until a vacuum, which made a
// search after a burst of sign-ups take 140-200 ms instead of 3 ms; customers are inserted rarely.
@Index({ properties: ['createdAt', 'id'] })
@Index({ properties: ['company', 'id'] })
@Index({ properties: ['status', 'createdAt'] })
@Index({
  name: 'customer_company_trgm_index',
  expression: 'create index "customer_company_trgm_index" on "customer" using gin ("company" gin_trgm_ops) with (fastupdate = off)',
})
@Index({
  name: 'customer_email_trgm_index',
  expression: 'create index "customer_email_trgm_index" on "customer" using gin ("email" gin_trgm_ops) with (fastupdate = off)',
})
export class Customer extends BaseEntity {
  @Property({ type: t.string, length: 200 })
  company!: string;

  @Property({ type: t.string, length: 320, unique: true })
  email!: string;

  @Property({ type: t.string, length: 320, nullable: true })
  billingEmail: string | null = null;

  @Property({ type: t.string, length: 64, nullable: true })
  taxId: string | null = null;

  @Property({ type: t.json, nullable: true })
  address?: CustomerAddress | null;

  @Property({ type: t.string, length: 255, nullable: true, unique: true })
  stripeCustomerId: string | null = null;

  @Enum({ items: () => CustomerStatus, type: t.string, length: 16 })
  status: CustomerStatus & Opt = CustomerStatus.ACTIVE;

  @Property({ type: t.text, nullable: true })
  suspendedReason: string | null = null;

  @Property({ type: t.json })
  overrides: CustomerOverrides & Opt = {};

  /** Support's free-text notes on the account; never shown to the customer. */
  @Property({ type: t.text, nullable: true })
  notes: string | null = null;

  /** Short labels support filters and groups accounts by (lowercase, unique). */
  @Property({ type: t.json })
  tags: string[] & Opt = [];

  /** The customer's own warning line: credits left falling to it or below sends credits.threshold_reached. */
  @Property({ type: t.integer, nullable: true })
  lowBalanceThresholdCredits: number | null = null;
}
