import { Migration } from '@mikro-orm/migrations';

export class Migration20261121105912_customer_indexes extends Migration {
  override name = 'Migration20261121105912_customer_indexes';

  override up(): void | Promise<void> {
    // Trigram indexes serve the console's substring search on company and email.
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create index "customer_email_trgm_index" on "customer" using gin ("email" gin_trgm_ops);`);
    this.addSql(`create index "customer_company_trgm_index" on "customer" using gin ("company" gin_trgm_ops);`);
    this.addSql(`create index "customer_status_created_at_index" on "customer" ("status", "created_at");`);
    this.addSql(`create index "customer_company_id_index" on "customer" ("company", "id");`);
    this.addSql(`create index "customer_created_at_id_index" on "customer" ("created_at", "id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "customer_email_trgm_index";`);
    this.addSql(`drop index "customer_company_trgm_index";`);
    this.addSql(`drop index "customer_status_created_at_index";`);
    this.addSql(`drop index "customer_company_id_index";`);
    this.addSql(`drop index "customer_created_at_id_index";`);
  }
}
