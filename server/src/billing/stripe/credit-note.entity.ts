import { t } from '@mikro-orm/core';
import { Entity, Property } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../platform/db/index.js';

/**
 * Mirror of a Stripe credit note, upserted from `credit_note.*` webhooks and from the console's
 * own `adminCreditInvoice` answer (re-read from Stripe both times), keyed by Stripe's id so a
 * duplicate delivery or the two paths together leave one row. It names its invoice by Stripe's id,
 * so a note that arrives before its invoice's mirror row still lists once the invoice does.
 */
@Entity({ tableName: 'credit_note' })
export class CreditNote extends BaseEntity {
  @Property({ type: t.string, length: 255, unique: true })
  stripeCreditNoteId!: string;

  @Property({ type: t.string, length: 255, index: true })
  stripeInvoiceId!: string;

  /** Null when the Stripe customer is not one of ours. */
  @Property({ type: t.uuid, nullable: true })
  customerId: string | null = null;

  @Property({ type: t.string, length: 64 })
  number!: string;

  /** issued or void. */
  @Property({ type: t.string, length: 16 })
  status!: string;

  @Property({ type: t.integer })
  amountCents!: number;

  /** The part refunded on the card (a paid invoice only). */
  @Property({ type: t.integer })
  refundCents!: number;

  /** The part added to the customer's Stripe balance, applied to the next invoice (a paid invoice only). */
  @Property({ type: t.integer })
  balanceCents!: number;

  /** Stripe's reason code, for example order_change or product_unsatisfactory; null when none was given. */
  @Property({ type: t.string, length: 40, nullable: true })
  reason: string | null = null;

  @Property({ type: t.text, nullable: true })
  memo: string | null = null;

  /** `created` of the Stripe credit note. */
  @Property({ type: t.datetime, columnType: 'timestamptz' })
  issuedAt!: Date;
}
