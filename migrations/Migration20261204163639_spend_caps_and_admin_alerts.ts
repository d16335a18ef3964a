import { Migration } from '@mikro-orm/migrations';

export class Migration20261204163639_spend_caps_and_admin_alerts extends Migration {
  override name = 'Migration20261204163639_spend_caps_and_admin_alerts';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "admin_alert" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "kind" text not null, "subject" varchar(300) not null, "dedupe_key" varchar(200) not null, "opened_at" timestamptz not null, "acknowledged_by_id" uuid null, "acknowledged_by_email" varchar(320) null, "acknowledged_at" timestamptz null, "details" jsonb not null, primary key ("id"));`,
    );
    this.addSql(
      `create unique index "admin_alert_open_dedupe_key_unique" on "admin_alert" ("dedupe_key") where "acknowledged_at" is null;`,
    );
    this.addSql(`create index "admin_alert_opened_at_index" on "admin_alert" ("opened_at");`);

    this.addSql(
      `create table "spend_cap_usage" ("api_key_id" uuid not null, "window_start" timestamptz not null, "used_credits" int not null, "soft_notified_at" timestamptz null, "updated_at" timestamptz not null default now(), primary key ("api_key_id", "window_start"));`,
    );

    this.addSql(`alter table "admin_user" add "alert_emails" boolean not null default false;`);

    this.addSql(
      `alter table "api_key" add "spend_cap_credits" int null, add "spend_cap_window" text null, add "spend_cap_mode" text null;`,
    );
    this.addSql(
      `alter table "api_key" add constraint "api_key_spend_cap_check" check ((spend_cap_credits is null) = (spend_cap_window is null) and (spend_cap_window is null) = (spend_cap_mode is null));`,
    );
    this.addSql(`alter table "api_key" add constraint "api_key_spend_cap_window_check" check ("spend_cap_window" in ('day', 'month'));`);
    this.addSql(`alter table "api_key" add constraint "api_key_spend_cap_mode_check" check ("spend_cap_mode" in ('hard', 'soft'));`);

    this.addSql(
      `alter table "admin_alert" add constraint "admin_alert_kind_check" check ("kind" in ('usage_spike', 'payment_failed', 'meter_drift', 'stripe_circuit_open', 'webhook_endpoint_failing', 'spend_cap_reached'));`,
    );

    this.addSql(`alter table "spend_cap_usage" add constraint "spend_cap_usage_used_credits_check" check (used_credits >= 0);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "admin_alert" cascade;`);
    this.addSql(`drop table if exists "spend_cap_usage" cascade;`);

    this.addSql(`alter table "admin_user" drop column "alert_emails";`);

    this.addSql(`alter table "api_key" drop constraint "api_key_spend_cap_check";`);
    this.addSql(`alter table "api_key" drop constraint "api_key_spend_cap_window_check";`);
    this.addSql(`alter table "api_key" drop constraint "api_key_spend_cap_mode_check";`);
    this.addSql(`alter table "api_key" drop column "spend_cap_credits", drop column "spend_cap_window", drop column "spend_cap_mode";`);
  }
}
