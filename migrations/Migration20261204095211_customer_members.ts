import { Migration } from '@mikro-orm/migrations';

export class Migration20261204095211_customer_members extends Migration {
  override name = 'Migration20261204095211_customer_members';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "customer_member" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "customer_id" uuid not null, "email" varchar(320) not null, "role" text not null, "password_hash" text null, "email_verified_at" timestamptz null, "last_login_at" timestamptz null, "disabled" boolean not null default false, primary key ("id"));`,
    );
    this.addSql(`alter table "customer_member" add constraint "customer_member_email_unique" unique ("email");`);
    this.addSql(`create index "customer_member_customer_id_created_at_index" on "customer_member" ("customer_id", "created_at");`);

    this.addSql(
      `create table "member_session" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "member_id" uuid not null, "token_hash" varchar(64) not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "ip" varchar(64) null, primary key ("id"));`,
    );
    this.addSql(`alter table "member_session" add constraint "member_session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "member_session_member_id_expires_at_index" on "member_session" ("member_id", "expires_at");`);

    this.addSql(
      `create table "member_token" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "member_id" uuid not null, "purpose" text not null, "token_hash" varchar(64) not null, "expires_at" timestamptz not null, "used_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`alter table "member_token" add constraint "member_token_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "member_token_member_id_purpose_index" on "member_token" ("member_id", "purpose");`);

    this.addSql(
      `alter table "customer_member" add constraint "customer_member_customer_id_foreign" foreign key ("customer_id") references "customer" ("id");`,
    );
    this.addSql(
      `alter table "customer_member" add constraint "customer_member_role_check" check ("role" in ('owner', 'developer', 'billing'));`,
    );

    this.addSql(
      `alter table "member_session" add constraint "member_session_member_id_foreign" foreign key ("member_id") references "customer_member" ("id");`,
    );

    this.addSql(
      `alter table "member_token" add constraint "member_token_member_id_foreign" foreign key ("member_id") references "customer_member" ("id");`,
    );
    this.addSql(
      `alter table "member_token" add constraint "member_token_purpose_check" check ("purpose" in ('verify_email', 'reset_password', 'invitation'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "member_session" drop constraint "member_session_member_id_foreign";`);
    this.addSql(`alter table "member_token" drop constraint "member_token_member_id_foreign";`);

    this.addSql(`drop table if exists "customer_member" cascade;`);
    this.addSql(`drop table if exists "member_session" cascade;`);
    this.addSql(`drop table if exists "member_token" cascade;`);
  }
}
