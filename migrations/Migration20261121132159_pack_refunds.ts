import { Migration } from '@mikro-orm/migrations';

export class Migration20261121132159_pack_refunds extends Migration {
  override name = 'Migration20261121132159_pack_refunds';

  override up(): void | Promise<void> {
    this.addSql(`alter table "credit_ledger" drop constraint "credit_ledger_kind_check";`);
    this.addSql(
      `alter table "credit_ledger" add constraint "credit_ledger_kind_check" check ("kind" in ('grant_included', 'grant_prepaid', 'carry_over', 'expire', 'revoke', 'reserve', 'settle', 'overage', 'release'));`,
    );

    this.addSql(
      `alter table "credit_purchase" add "stripe_payment_intent_id" varchar(255) null, add "credits_revoked" int not null default 0;`,
    );
    this.addSql(`create index "credit_purchase_stripe_payment_intent_id_index" on "credit_purchase" ("stripe_payment_intent_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "credit_ledger" drop constraint "credit_ledger_kind_check";`);
    this.addSql(
      `alter table "credit_ledger" add constraint "credit_ledger_kind_check" check ("kind" in ('grant_included', 'grant_prepaid', 'carry_over', 'expire', 'reserve', 'settle', 'overage', 'release'));`,
    );

    this.addSql(`drop index "credit_purchase_stripe_payment_intent_id_index";`);
    this.addSql(`alter table "credit_purchase" drop column "stripe_payment_intent_id", drop column "credits_revoked";`);
  }
}
