import { type Opt, t } from '@mikro-orm/core';
import { Entity, Index, Property } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../platform/db/index.js';

/** Mirror of a Stripe invoice for revenue reports, upserted from webhooks (re-read from Stripe). */
@Entity({ tableName: 'invoice' })
@Index({ properties: ['customerId', 'periodStart'] })
export class Invoice extends BaseEntity {
  @Property({ type: t.string, length: 255, unique: true })
  stripeInvoiceId!: string;

  /** Null when the Stripe customer is not one of ours. */
  @Property({ type: t.uuid, nullable: true })
  customerId: string | null = null;

  @Property({ type: t.string, length: 255, nullable: true })
  stripeSubscriptionId: string | null = null;

  @Property({ type: t.string, length: 64, nullable: true })
  number: string | null = null;

  /** draft, open, paid, void, uncollectible. */
  @Property({ type: t.string, length: 24 })
  status!: string;

  @Property({ type: t.string, length: 40, nullable: true })
  billingReason: string | null = null;

  @Property({ type: t.string, length: 3 })
  currency!: string;

  @Property({ type: t.integer })
  subtotalCents!: number;

  @Property({ type: t.integer })
  totalCents!: number;

  @Property({ type: t.integer })
  amountPaidCents!: number;

  @Property({ type: t.integer })
  amountDueCents!: number;

  @Property({ type: t.integer })
  amountRefundedCents: number & Opt = 0;

  @Property({ type: t.datetime, columnType: 'timestamptz' })
  periodStart!: Date;

  @Property({ type: t.datetime, columnType: 'timestamptz' })
  periodEnd!: Date;

  @Property({ type: t.datetime, columnType: 'timestamptz', nullable: true })
  paidAt: Date | null = null;

  /** `created` of the Stripe invoice. */
  @Property({ type: t.datetime, columnType: 'timestamptz' })
  issuedAt!: Date;

  /** Stripe's hosted invoice page, set once the invoice is finalized; drafts have none. */
  @Property({ type: t.text, nullable: true })
  hostedInvoiceUrl: string | null = null;

  /** Stripe's link to the invoice PDF, set with the hosted page. */
  @Property({ type: t.text, nullable: true })
  invoicePdfUrl: string | null = null;

  /** Lines as Stripe lists them: [{ id, description, amountCents, quantity, priceId, lookupKey, proration, periodStart, periodEnd }]. */
  @Property({ type: t.json })
  lines: InvoiceLine[] & Opt = [];
}

export type InvoiceLine = {
  id: string;
  description: string | null;
  amountCents: number;
  /** What the invoice's discounts take off this line (absent on rows mirrored before coupons existed). */
  discountCents?: number;
  quantity: number | null;
  priceId: string | null;
  lookupKey: string | null;
  proration: boolean;
  periodStart: string;
  periodEnd: string;
};
