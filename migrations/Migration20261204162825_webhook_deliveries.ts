import { Migration } from '@mikro-orm/migrations';

export class Migration20261204162825_webhook_deliveries extends Migration {
  override name = 'Migration20261204162825_webhook_deliveries';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "notification_event" ("id" varchar(40) not null, "sequence" bigserial, "customer_id" uuid not null, "type" varchar(64) not null, "cause_key" varchar(255) not null, "payload" jsonb not null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`alter table "notification_event" add constraint "notification_event_cause_key_unique" unique ("cause_key");`);
    this.addSql(`create index "notification_event_customer_id_sequence_index" on "notification_event" ("customer_id", "sequence");`);

    this.addSql(
      `create table "webhook_delivery" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "event_id" varchar(40) not null, "endpoint_id" uuid not null, "customer_id" uuid not null, "sequence" bigint not null, "status" varchar(16) not null default 'pending', "attempts" int not null default 0, "next_attempt_at" timestamptz null, "locked_until" timestamptz null, "last_attempt_at" timestamptz null, "last_status_code" int null, "last_latency_ms" int null, "last_error" varchar(500) null, "response_excerpt" varchar(1024) null, primary key ("id"));`,
    );
    this.addSql(`create index "webhook_delivery_status_next_attempt_at_index" on "webhook_delivery" ("status", "next_attempt_at");`);
    this.addSql(`create index "webhook_delivery_endpoint_id_created_at_index" on "webhook_delivery" ("endpoint_id", "created_at");`);
    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_event_id_endpoint_id_unique" unique ("event_id", "endpoint_id");`,
    );

    this.addSql(
      `alter table "notification_event" add constraint "notification_event_customer_id_foreign" foreign key ("customer_id") references "customer" ("id");`,
    );

    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_event_id_foreign" foreign key ("event_id") references "notification_event" ("id");`,
    );
    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_endpoint_id_foreign" foreign key ("endpoint_id") references "webhook_endpoint" ("id") on delete cascade;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "webhook_delivery" drop constraint "webhook_delivery_event_id_foreign";`);

    this.addSql(`drop table if exists "notification_event" cascade;`);
    this.addSql(`drop table if exists "webhook_delivery" cascade;`);
  }
}
