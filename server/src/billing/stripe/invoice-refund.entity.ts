import { t } from '@mikro-orm/core';
import { Entity, Property } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../platform/db/index.js';

/**
 * One Stripe refund of a mirrored invoice's payment. Revenue counts a refund in the month it was
 * made (`refundedAt`), so a refund after a month has closed never restates that month.
 */
@Entity({ tableName: 'invoice_refund' })
export class InvoiceRefund extends BaseEntity {
  @Property({ type: t.string, length: 255, unique: true })
  stripeRefundId!: string;

  @Property({ type: t.uuid, index: true })
  invoiceId!: string;

  @Property({ type: t.integer })
  amountCents!: number;

  /** `created` of the Stripe refund. */
  @Property({ type: t.datetime, columnType: 'timestamptz', index: true })
  refundedAt!: Date;
}
