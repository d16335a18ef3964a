import { t } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

export enum LedgerKind {
  /** The period's included credits (and later adjustments when an override changes). */
  GRANT_INCLUDED = 'grant_included',
  /** Prepaid credits: an admin grant now, a purchased pack with the Stripe issue. */
  GRANT_PREPAID = 'grant_prepaid',
  /** Prepaid credits left at the end of a period, moved into the next one. */
  CARRY_OVER = 'carry_over',
  /** Credits that end with their period (included credits, and the prepaid credits carried away). */
  EXPIRE = 'expire',
  /** Prepaid credits taken back because the pack that granted them was refunded. */
  REVOKE = 'revoke',
  RESERVE = 'reserve',
  /** Usage covered by the grants. */
  SETTLE = 'settle',
  /** Usage beyond the grants, billed as overage. */
  OVERAGE = 'overage',
  RELEASE = 'release',
}

/**
 * Append-only: rows are inserted and never updated or deleted. Credits are positive; the kind
 * says which way they move. Entries written by raw SQL in the hot path (reservation, settlement)
 * carry the request id, so a request's reserve, settle/overage and release entries join to its
 * usage event.
 */
@Entity({ tableName: 'credit_ledger' })
@Index({ properties: ['customerId', 'periodStart'] })
// Only the sweeper looks rows up by request, and only reserve and release rows (a settled request has
// a usage event): settle and overage rows, one per billable call, stay out of this index.
@Index({
  name: 'credit_ledger_open_request_index',
  expression: `create index "credit_ledger_open_request_index" on "credit_ledger" ("request_id") where kind in ('reserve', 'release')`,
})
@Check({ name: 'credit_ledger_credits_check', expression: 'credits > 0' })
export class CreditLedgerEntry {
  @PrimaryKey({ type: t.bigint, autoincrement: true })
  id!: string;

  @Property({ type: t.uuid })
  customerId!: string;

  @Property({ type: t.datetime, columnType: 'timestamptz' })
  periodStart!: Date;

  @Enum({ items: () => LedgerKind, type: t.string, length: 16 })
  kind!: LedgerKind;

  @Property({ type: t.integer })
  credits!: number;

  @Property({ type: t.string, length: 64, nullable: true })
  requestId: string | null = null;

  @Property({ type: t.string, length: 500, nullable: true })
  reason: string | null = null;

  @Property({ type: t.datetime, columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt!: Date;
}
