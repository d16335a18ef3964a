import { Migration } from '@mikro-orm/migrations';

export class Migration20261204195802_invoice_refund extends Migration {
  override name = 'Migration20261204195802_invoice_refund';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "invoice_refund" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "stripe_refund_id" varchar(255) not null, "invoice_id" uuid not null, "amount_cents" int not null, "refunded_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`alter table "invoice_refund" add constraint "invoice_refund_stripe_refund_id_unique" unique ("stripe_refund_id");`);
    this.addSql(`create index "invoice_refund_invoice_id_index" on "invoice_refund" ("invoice_id");`);
    this.addSql(`create index "invoice_refund_refunded_at_index" on "invoice_refund" ("refunded_at");`);
    // Refunds made before this table have no date of their own: each refunded invoice keeps one
    // row for its whole refunded amount, dated when it was paid (the month the reports used so far).
    this.addSql(`insert into "invoice_refund" ("id", "created_at", "updated_at", "stripe_refund_id", "invoice_id", "amount_cents", "refunded_at")
      select gen_random_uuid(), now(), now(), 'before_refund_rows_' || "stripe_invoice_id", "id", "amount_refunded_cents", coalesce("paid_at", "issued_at")
        from "invoice" where "amount_refunded_cents" > 0;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "invoice_refund" cascade;`);
  }
}
