import { Migration } from '@mikro-orm/migrations';

export class Migration20261121135000_usage_daily_rollups extends Migration {
  override name = 'Migration20261121135000_usage_daily_rollups';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "usage_day_customer" ("day" date not null, "customer_id" uuid not null, "calls" int not null, "charged_credits" bigint not null, primary key ("day", "customer_id"));`,
    );

    this.addSql(
      `create table "usage_day_operation" ("day" date not null, "operation_name" varchar(200) not null, "calls" int not null, "charged_credits" bigint not null, primary key ("day", "operation_name"));`,
    );

    this.addSql(
      `create table "usage_day_total" ("day" date not null, "calls" int not null, "charged_credits" bigint not null, "overage_credits" bigint not null, "errors" int not null, "latency_counts" jsonb not null, primary key ("day"));`,
    );

    this.addSql(`create index "usage_event_occurred_at_brin" on "usage_event" using brin ("occurred_at") with (autosummarize = on);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "usage_day_customer" cascade;`);
    this.addSql(`drop table if exists "usage_day_operation" cascade;`);
    this.addSql(`drop table if exists "usage_day_total" cascade;`);

    this.addSql(`drop index "usage_event_occurred_at_brin";`);
  }
}
