import { Migration } from '@mikro-orm/migrations';

export class Migration20261121094939_foundation extends Migration {
  override name = 'Migration20261121094939_foundation';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "admin_user" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "email" varchar(320) not null, "name" varchar(200) not null, "password_hash" varchar(255) not null, "role" text not null, "disabled" boolean not null default false, "last_login_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`alter table "admin_user" add constraint "admin_user_email_unique" unique ("email");`);

    this.addSql(
      `create table "admin_session" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "admin_id" uuid not null, "token_hash" varchar(64) not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "ip" varchar(64) null, primary key ("id"));`,
    );
    this.addSql(`alter table "admin_session" add constraint "admin_session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "admin_session_admin_id_expires_at_index" on "admin_session" ("admin_id", "expires_at");`);

    this.addSql(
      `create table "audit_log" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "actor_id" uuid null, "actor_email" varchar(320) not null, "action" varchar(80) not null, "target_type" varchar(40) not null, "target_id" varchar(80) null, "before" jsonb null, "after" jsonb null, "ip" varchar(64) null, "request_id" varchar(64) null, primary key ("id"));`,
    );
    this.addSql(`create index "audit_log_created_at_index" on "audit_log" ("created_at");`);
    this.addSql(`create index "audit_log_target_type_target_id_index" on "audit_log" ("target_type", "target_id");`);

    this.addSql(
      `create table "customer" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "company" varchar(200) not null, "email" varchar(320) not null, "billing_email" varchar(320) null, "tax_id" varchar(64) null, "address" jsonb null, "stripe_customer_id" varchar(255) null, "status" text not null default 'active', "suspended_reason" text null, "overrides" jsonb not null, primary key ("id"));`,
    );
    this.addSql(`alter table "customer" add constraint "customer_email_unique" unique ("email");`);
    this.addSql(`alter table "customer" add constraint "customer_stripe_customer_id_unique" unique ("stripe_customer_id");`);

    this.addSql(
      `create table "api_key" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "customer_id" uuid not null, "name" varchar(100) not null, "mode" text not null, "display_prefix" varchar(32) not null, "last4" varchar(4) not null, "secret_hash" varchar(64) not null, "scopes" jsonb not null, "status" text not null default 'active', "expires_at" timestamptz null, "grace_until" timestamptz null, "rotated_from_id" uuid null, "revoked_at" timestamptz null, "last_used_at" timestamptz null, "created_by" varchar(80) not null, primary key ("id"));`,
    );
    this.addSql(`alter table "api_key" add constraint "api_key_secret_hash_unique" unique ("secret_hash");`);
    this.addSql(`create index "api_key_customer_id_created_at_index" on "api_key" ("customer_id", "created_at");`);

    this.addSql(
      `create table "plan" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(32) not null, "name" varchar(100) not null, "price_cents" int not null, "currency" varchar(3) not null default 'usd', "included_credits" int not null, "overage_cents_per_1000_credits" int null, "rate_limit_credits_per_second" int not null, "burst_credits" int not null, "max_iterations_sync" int not null, "max_concurrent_jobs" int not null, "features" jsonb not null, "stripe_product_id" varchar(255) null, "stripe_base_price_id" varchar(255) null, "stripe_metered_price_id" varchar(255) null, "sort_order" int not null default 0, "active" boolean not null default true, primary key ("id"));`,
    );
    this.addSql(`alter table "plan" add constraint "plan_code_unique" unique ("code");`);

    this.addSql(
      `create table "subscription" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "customer_id" uuid not null, "plan_id" uuid not null, "stripe_subscription_id" varchar(255) null, "status" text not null, "current_period_start" timestamptz not null, "current_period_end" timestamptz not null, "cancel_at_period_end" boolean not null default false, "trial_end" timestamptz null, "past_due_since" timestamptz null, "canceled_at" timestamptz null, "last_stripe_event_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "subscription" add constraint "subscription_stripe_subscription_id_unique" unique ("stripe_subscription_id");`,
    );
    this.addSql(`create index "subscription_customer_id_created_at_index" on "subscription" ("customer_id", "created_at");`);

    this.addSql(
      `alter table "admin_user" add constraint "admin_user_role_check" check ("role" in ('super_admin', 'admin', 'support', 'finance'));`,
    );

    this.addSql(
      `alter table "admin_session" add constraint "admin_session_admin_id_foreign" foreign key ("admin_id") references "admin_user" ("id");`,
    );

    this.addSql(`alter table "customer" add constraint "customer_status_check" check ("status" in ('active', 'suspended', 'deleted'));`);

    this.addSql(
      `alter table "api_key" add constraint "api_key_customer_id_foreign" foreign key ("customer_id") references "customer" ("id");`,
    );
    this.addSql(`alter table "api_key" add constraint "api_key_mode_check" check ("mode" in ('live', 'test'));`);
    this.addSql(`alter table "api_key" add constraint "api_key_status_check" check ("status" in ('active', 'revoked', 'expired'));`);

    this.addSql(
      `alter table "subscription" add constraint "subscription_customer_id_foreign" foreign key ("customer_id") references "customer" ("id");`,
    );
    this.addSql(
      `alter table "subscription" add constraint "subscription_plan_id_foreign" foreign key ("plan_id") references "plan" ("id");`,
    );
    this.addSql(
      `alter table "subscription" add constraint "subscription_status_check" check ("status" in ('trialing', 'active', 'past_due', 'unpaid', 'canceled', 'incomplete', 'incomplete_expired', 'paused'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "admin_session" drop constraint "admin_session_admin_id_foreign";`);
    this.addSql(`alter table "api_key" drop constraint "api_key_customer_id_foreign";`);
    this.addSql(`alter table "subscription" drop constraint "subscription_customer_id_foreign";`);
    this.addSql(`alter table "subscription" drop constraint "subscription_plan_id_foreign";`);

    this.addSql(`drop table if exists "admin_user" cascade;`);
    this.addSql(`drop table if exists "admin_session" cascade;`);
    this.addSql(`drop table if exists "audit_log" cascade;`);
    this.addSql(`drop table if exists "customer" cascade;`);
    this.addSql(`drop table if exists "api_key" cascade;`);
    this.addSql(`drop table if exists "plan" cascade;`);
    this.addSql(`drop table if exists "subscription" cascade;`);
  }
}
