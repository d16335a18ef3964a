import { Migration } from '@mikro-orm/migrations';

export class Migration20261204235457_member_mail_preference extends Migration {
  override name = 'Migration20261204235457_member_mail_preference';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "member_mail_preference" ("member_id" uuid not null, "category" varchar(32) not null, "enabled" boolean not null, "updated_at" timestamptz not null, primary key ("member_id", "category"));`,
    );

    this.addSql(
      `alter table "member_mail_preference" add constraint "member_mail_preference_member_id_foreign" foreign key ("member_id") references "customer_member" ("id") on delete cascade;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "member_mail_preference" cascade;`);
  }
}
