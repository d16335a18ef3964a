import { Migration } from '@mikro-orm/migrations';

export class Migration20261121101427_billing extends Migration {
  override name = 'Migration20261121101427_billing';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "credit_purchase" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "stripe_checkout_session_id" varchar(255) not null, "customer_id" uuid not null, "pack" varchar(32) not null, "credits" int not null, "amount_cents" int not null, "currency" varchar(3) not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "credit_purchase" add constraint "credit_purchase_stripe_checkout_session_id_unique" unique ("stripe_checkout_session_id");`,
    );
    this.addSql(`create index "credit_purchase_customer_id_index" on "credit_purchase" ("customer_id");`);

    this.addSql(
      `create table "invoice" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "stripe_invoice_id" varchar(255) not null, "customer_id" uuid null, "stripe_subscription_id" varchar(255) null, "number" varchar(64) null, "status" varchar(24) not null, "billing_reason" varchar(40) null, "currency" varchar(3) not null, "subtotal_cents" int not null, "total_cents" int not null, "amount_paid_cents" int not null, "amount_due_cents" int not null, "amount_refunded_cents" int not null default 0, "period_start" timestamptz not null, "period_end" timestamptz not null, "paid_at" timestamptz null, "issued_at" timestamptz not null, "lines" jsonb not null, primary key ("id"));`,
    );
    this.addSql(`alter table "invoice" add constraint "invoice_stripe_invoice_id_unique" unique ("stripe_invoice_id");`);
    this.addSql(`create index "invoice_customer_id_period_start_index" on "invoice" ("customer_id", "period_start");`);

    this.addSql(
      `create table "meter_drift" ("id" bigserial primary key, "customer_id" uuid not null, "hour_start" timestamptz not null, "local_credits" int not null, "stripe_credits" int not null, "checked_at" timestamptz not null default now());`,
    );
    this.addSql(`create index "meter_drift_customer_id_index" on "meter_drift" ("customer_id");`);

    this.addSql(
      `create table "stripe_event" ("id" varchar(255) not null, "type" varchar(120) not null, "object_id" varchar(255) null, "event_created_at" timestamptz not null, "payload" jsonb not null, "status" text not null default 'pending', "received_at" timestamptz not null default now(), "processed_at" timestamptz null, "attempts" int not null default 0, "next_attempt_at" timestamptz not null default now(), "error" text null, primary key ("id"));`,
    );
    this.addSql(`create index "stripe_event_object_id_index" on "stripe_event" ("object_id");`);
    this.addSql(`create index "stripe_event_status_next_attempt_at_index" on "stripe_event" ("status", "next_attempt_at");`);

    this.addSql(
      `create table "stripe_outbox" ("id" bigserial primary key, "identifier" varchar(100) not null, "customer_id" uuid not null, "stripe_customer_id" varchar(255) not null, "event_name" varchar(100) not null, "hour_start" timestamptz not null, "event_at" timestamptz not null, "seq" int not null, "credits" int not null, "attempts" int not null default 0, "next_attempt_at" timestamptz not null default now(), "sent_at" timestamptz null, "dead_at" timestamptz null, "last_error" text null, "created_at" timestamptz not null default now());`,
    );
    this.addSql(`alter table "stripe_outbox" add constraint "stripe_outbox_identifier_unique" unique ("identifier");`);
    this.addSql(
      `create index "stripe_outbox_sent_at_dead_at_next_attempt_at_index" on "stripe_outbox" ("sent_at", "dead_at", "next_attempt_at");`,
    );
    this.addSql(
      `alter table "stripe_outbox" add constraint "stripe_outbox_customer_id_hour_start_seq_unique" unique ("customer_id", "hour_start", "seq");`,
    );

    this.addSql(
      `alter table "stripe_event" add constraint "stripe_event_status_check" check ("status" in ('pending', 'processed', 'ignored', 'failed'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "credit_purchase" cascade;`);
    this.addSql(`drop table if exists "invoice" cascade;`);
    this.addSql(`drop table if exists "meter_drift" cascade;`);
    this.addSql(`drop table if exists "stripe_event" cascade;`);
    this.addSql(`drop table if exists "stripe_outbox" cascade;`);
  }
}
