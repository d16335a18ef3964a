import { Migration } from '@mikro-orm/migrations';

export class Migration20261204135909_webhook_endpoints extends Migration {
  override name = 'Migration20261204135909_webhook_endpoints';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "webhook_endpoint" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "customer_id" uuid not null, "url" varchar(2048) not null, "description" varchar(200) not null default '', "event_types" text[] not null, "signing_secret" varchar(64) not null, "failure_streak" int not null default 0, "disabled_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`create index "webhook_endpoint_customer_id_created_at_index" on "webhook_endpoint" ("customer_id", "created_at");`);

    this.addSql(
      `alter table "webhook_endpoint" add constraint "webhook_endpoint_customer_id_foreign" foreign key ("customer_id") references "customer" ("id");`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "webhook_endpoint" cascade;`);
  }
}
