import { t } from '@mikro-orm/core';
import { Entity, Property } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../platform/db/index.js';

/**
 * A prepaid credit pack paid through Checkout. The unique session id is what makes the grant
 * happen once, whichever event (or duplicate) reports the payment first.
 */
@Entity({ tableName: 'credit_purchase' })
export class CreditPurchase extends BaseEntity {
  @Property({ type: t.string, length: 255, unique: true })
  stripeCheckoutSessionId!: string;

  @Property({ type: t.uuid, index: true })
  customerId!: string;

  @Property({ type: t.string, length: 32 })
  pack!: string;

  @Property({ type: t.integer })
  credits!: number;

  @Property({ type: t.integer })
  amountCents!: number;

  @Property({ type: t.string, length: 3 })
  currency!: string;

  /** The payment a refund (charge.refunded) names; null only for purchases made before it was kept. */
  @Property({ type: t.string, length: 255, nullable: true, index: true })
  stripePaymentIntentId: string | null = null;

  /** Credits of this pack revoked by refunds so far: a refund of half the price revokes half the credits. */
  @Property({ type: t.integer, default: 0 })
  creditsRevoked = 0;
}
