import { Migration } from '@mikro-orm/migrations';

/** Support keeps notes and tags on a customer in the console; existing customers start with none. */
export class Migration20261204161412_customer_notes_tags extends Migration {
  override name = 'Migration20261204161412_customer_notes_tags';

  override up(): void | Promise<void> {
    this.addSql(`alter table "customer" add "notes" text null, add "tags" jsonb not null default '[]';`);
    this.addSql(`alter table "customer" alter column "tags" drop default;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "customer" drop column "notes", drop column "tags";`);
  }
}
