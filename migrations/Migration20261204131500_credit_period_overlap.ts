import { Migration } from '@mikro-orm/migrations';

/**
 * A customer has one credit period at a time. Rows that overlap (a period opened before Checkout
 * completed, under the one that payment started) are first ended where the next one starts, then
 * an exclusion constraint keeps them from overlapping again. btree_gist lets the GiST index
 * compare customer ids; it is a trusted contrib extension, so the database owner may create it.
 */
export class Migration20261204131500_credit_period_overlap extends Migration {
  override name = 'Migration20261204131500_credit_period_overlap';

  override up(): void | Promise<void> {
    this.addSql(
      `update "credit_balance" as b set "period_end" = n."next_start" from (select "id", lead("period_start") over (partition by "customer_id" order by "period_start") as "next_start" from "credit_balance") as n where b."id" = n."id" and n."next_start" < b."period_end";`,
    );
    this.addSql(`create extension if not exists btree_gist;`);
    this.addSql(
      `alter table "credit_balance" add constraint "credit_balance_no_overlap" exclude using gist ("customer_id" with =, tstzrange("period_start", "period_end") with &&);`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "credit_balance" drop constraint "credit_balance_no_overlap";`);
  }
}
