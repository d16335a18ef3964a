import { Migration } from '@mikro-orm/migrations';

export class Migration20261204225248_credit_note extends Migration {
  override name = 'Migration20261204225248_credit_note';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "credit_note" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "stripe_credit_note_id" varchar(255) not null, "stripe_invoice_id" varchar(255) not null, "customer_id" uuid null, "number" varchar(64) not null, "status" varchar(16) not null, "amount_cents" int not null, "refund_cents" int not null, "balance_cents" int not null, "reason" varchar(40) null, "memo" text null, "issued_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`alter table "credit_note" add constraint "credit_note_stripe_credit_note_id_unique" unique ("stripe_credit_note_id");`);
    this.addSql(`create index "credit_note_stripe_invoice_id_index" on "credit_note" ("stripe_invoice_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "credit_note" cascade;`);
  }
}
