import { type Ref, t } from '@mikro-orm/core';
import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../platform/db/index.js';
import { Plan } from './plan.entity.js';

/**
 * One price of a plan as Stripe bills it. Stripe prices are immutable, so a price change makes new
 * Stripe prices and a new version; the plan row points at the newest, which new sign-ups, Checkout
 * and plan changes use, while existing subscriptions keep theirs until staff migrate them.
 */
@Entity({ tableName: 'plan_price_version' })
@Unique({ properties: ['plan', 'version'] })
export class PlanPriceVersion extends BaseEntity {
  @ManyToOne(() => Plan, { ref: true })
  plan!: Ref<Plan>;

  /** 1 for the plan's first Stripe price, then one more per price change. */
  @Property({ type: t.integer })
  version!: number;

  @Property({ type: t.integer })
  priceCents!: number;

  /** Null means a hard stop (no metered price). */
  @Property({ type: t.integer, nullable: true, fieldName: 'overage_cents_per_1000_credits' })
  overageCentsPer1000Credits: number | null = null;

  @Property({ type: t.string, length: 255 })
  stripeBasePriceId!: string;

  @Property({ type: t.string, length: 255, nullable: true })
  stripeMeteredPriceId: string | null = null;
}
