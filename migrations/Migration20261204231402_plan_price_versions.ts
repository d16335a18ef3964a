import { Migration } from '@mikro-orm/migrations';

export class Migration20261204231402_plan_price_versions extends Migration {
  override name = 'Migration20261204231402_plan_price_versions';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "plan_price_version" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "plan_id" uuid not null, "version" int not null, "price_cents" int not null, "overage_cents_per_1000_credits" int null, "stripe_base_price_id" varchar(255) not null, "stripe_metered_price_id" varchar(255) null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "plan_price_version" add constraint "plan_price_version_plan_id_version_unique" unique ("plan_id", "version");`,
    );

    this.addSql(`alter table "subscription" add "stripe_base_price_id" varchar(255) null;`);

    this.addSql(
      `alter table "plan_price_version" add constraint "plan_price_version_plan_id_foreign" foreign key ("plan_id") references "plan" ("id");`,
    );
    // Plans already priced in Stripe start at version 1 with the prices they link to now.
    this.addSql(`insert into "plan_price_version" ("id", "created_at", "updated_at", "plan_id", "version", "price_cents", "overage_cents_per_1000_credits", "stripe_base_price_id", "stripe_metered_price_id")
      select gen_random_uuid(), now(), now(), "id", 1, "price_cents", "overage_cents_per_1000_credits", "stripe_base_price_id", "stripe_metered_price_id"
        from "plan" where "stripe_base_price_id" is not null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "plan_price_version" cascade;`);

    this.addSql(`alter table "subscription" drop column "stripe_base_price_id";`);
  }
}
