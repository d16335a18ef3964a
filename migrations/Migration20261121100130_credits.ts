import { Migration } from '@mikro-orm/migrations';

export class Migration20261121100130_credits extends Migration {
  override name = 'Migration20261121100130_credits';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "credit_ledger" ("id" bigserial primary key, "customer_id" uuid not null, "period_start" timestamptz not null, "kind" text not null, "credits" int not null, "request_id" varchar(64) null, "reason" varchar(500) null, "created_at" timestamptz not null default now());`,
    );
    this.addSql(`create index "credit_ledger_request_id_index" on "credit_ledger" ("request_id");`);
    this.addSql(`create index "credit_ledger_customer_id_period_start_index" on "credit_ledger" ("customer_id", "period_start");`);

    this.addSql(
      `create table "credit_balance" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "customer_id" uuid not null, "period_start" timestamptz not null, "period_end" timestamptz not null, "included_credits" int not null, "prepaid_credits" int not null default 0, "reserved_credits" int not null default 0, "settled_credits" int not null default 0, "overage_credits" int not null default 0, "balance_credits" int not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "credit_balance" add constraint "credit_balance_customer_id_period_start_unique" unique ("customer_id", "period_start");`,
    );

    this.addSql(
      `create table "idempotency_record" ("customer_id" uuid not null, "key" varchar(255) not null, "body_hash" varchar(64) not null, "request_id" varchar(64) not null, "http_status" int null, "response" jsonb null, "locked_until" timestamptz not null, "expires_at" timestamptz not null, "created_at" timestamptz not null default now(), primary key ("customer_id", "key"));`,
    );
    this.addSql(`create index "idempotency_record_expires_at_index" on "idempotency_record" ("expires_at");`);

    this.addSql(
      `create table "usage_event" ("id" bigserial primary key, "request_id" varchar(64) not null, "customer_id" uuid not null, "api_key_id" uuid not null, "period_start" timestamptz not null, "operation_name" varchar(200) not null, "requested_credits" int not null, "actual_credits" int not null, "charged_credits" int not null, "overage_credits" int not null, "status" text not null, "latency_ms" int not null, "occurred_at" timestamptz not null, "stripe_report_state" text not null);`,
    );
    this.addSql(`alter table "usage_event" add constraint "usage_event_request_id_unique" unique ("request_id");`);
    this.addSql(`create index "usage_event_customer_id_occurred_at_index" on "usage_event" ("customer_id", "occurred_at");`);

    this.addSql(`alter table "credit_ledger" add constraint "credit_ledger_credits_check" check (credits > 0);`);
    this.addSql(
      `alter table "credit_ledger" add constraint "credit_ledger_kind_check" check ("kind" in ('grant_included', 'grant_prepaid', 'carry_over', 'expire', 'reserve', 'settle', 'overage', 'release'));`,
    );

    this.addSql(
      `alter table "credit_balance" add constraint "credit_balance_customer_id_foreign" foreign key ("customer_id") references "customer" ("id");`,
    );
    this.addSql(
      `alter table "credit_balance" add constraint "credit_balance_floor_check" check (balance_credits >= 0 and reserved_credits >= 0 and settled_credits >= 0 and overage_credits >= 0);`,
    );

    this.addSql(`alter table "usage_event" add constraint "usage_event_status_check" check ("status" in ('ok', 'partial', 'failed'));`);
    this.addSql(
      `alter table "usage_event" add constraint "usage_event_stripe_report_state_check" check ("stripe_report_state" in ('not_billable', 'pending', 'reported'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "credit_ledger" cascade;`);
    this.addSql(`drop table if exists "credit_balance" cascade;`);
    this.addSql(`drop table if exists "idempotency_record" cascade;`);
    this.addSql(`drop table if exists "usage_event" cascade;`);
  }
}
