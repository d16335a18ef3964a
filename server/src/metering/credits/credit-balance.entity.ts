import { type Opt, type Ref, t } from '@mikro-orm/core';
import { Check, Entity, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../platform/db/index.js';
import { Customer } from '../../domain/customers/index.js';

/**
 * The cached balance of one customer for one billing period, derived from the append-only
 * credit_ledger and updated in the same transaction as every ledger entry it reflects.
 * balance = included + prepaid - settled (covered usage); overage is usage beyond the grants,
 * tracked as its own quantity, so the balance never goes below its floor of 0.
 */
@Entity({ tableName: 'credit_balance' })
@Unique({ properties: ['customer', 'periodStart'] })
@Check({
  name: 'credit_balance_floor_check',
  expression: 'balance_credits >= 0 and reserved_credits >= 0 and settled_credits >= 0 and overage_credits >= 0',
})
/** One period per customer at a time (migration Migration20261204131500_credit_period_overlap, with btree_gist). */
@Check({
  name: 'credit_balance_no_overlap',
  expression: 'EXCLUDE USING gist (customer_id WITH =, tstzrange(period_start, period_end) WITH &&)',
})
export class CreditBalance extends BaseEntity {
  @ManyToOne(() => Customer, { ref: true })
  customer!: Ref<Customer>;

  @Property({ type: t.datetime, columnType: 'timestamptz' })
  periodStart!: Date;

  @Property({ type: t.datetime, columnType: 'timestamptz' })
  periodEnd!: Date;

  /** The plan's (or override's) included grant for this period. */
  @Property({ type: t.integer })
  includedCredits!: number;

  /** Prepaid and admin grants in this period, including the remainder carried from the last one. */
  @Property({ type: t.integer })
  prepaidCredits: number & Opt = 0;

  /** Estimates of requests in flight, released at settlement. */
  @Property({ type: t.integer })
  reservedCredits: number & Opt = 0;

  /** Settled usage covered by the grants. */
  @Property({ type: t.integer })
  settledCredits: number & Opt = 0;

  /** Settled usage beyond the grants (plans that allow overage). */
  @Property({ type: t.integer })
  overageCredits: number & Opt = 0;

  /** included + prepaid - settled - expired; never below 0 (a check constraint in the migration). */
  @Property({ type: t.integer })
  balanceCredits!: number;
}
