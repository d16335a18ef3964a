import { type Opt, t } from '@mikro-orm/core';
import { Entity, Property } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../platform/db/index.js';

/** A plan tier. Seeded from plans.json, edited by super admins, mirrored to Stripe by lookup key. */
@Entity({ tableName: 'plan' })
export class Plan extends BaseEntity {
  @Property({ type: t.string, length: 32, unique: true })
  code!: string;

  @Property({ type: t.string, length: 100 })
  name!: string;

  @Property({ type: t.integer })
  priceCents!: number;

  @Property({ type: t.string, length: 3 })
  currency: string & Opt = 'usd';

  @Property({ type: t.integer })
  includedCredits!: number;

  /** Null means a hard stop: once the included and prepaid credits are spent, calls are refused. */
  @Property({ type: t.integer, nullable: true, fieldName: 'overage_cents_per_1000_credits' })
  overageCentsPer1000Credits: number | null = null;

  @Property({ type: t.integer })
  rateLimitCreditsPerSecond!: number;

  @Property({ type: t.integer })
  burstCredits!: number;

  @Property({ type: t.integer })
  maxIterationsSync!: number;

  @Property({ type: t.integer })
  maxConcurrentJobs!: number;

  /** Work units one simulation run may take (iterations x work per iteration), whatever its credits. */
  @Property({ type: t.integer })
  maxWorkUnitsPerRun!: number;

  @Property({ type: t.json })
  features: string[] & Opt = [];

  @Property({ type: t.string, length: 255, nullable: true })
  stripeProductId: string | null = null;

  @Property({ type: t.string, length: 255, nullable: true })
  stripeBasePriceId: string | null = null;

  @Property({ type: t.string, length: 255, nullable: true })
  stripeMeteredPriceId: string | null = null;

  @Property({ type: t.integer })
  sortOrder: number & Opt = 0;

  @Property({ type: t.boolean })
  active: boolean & Opt = true;
}
