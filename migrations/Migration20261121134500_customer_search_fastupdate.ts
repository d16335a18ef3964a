import { Migration } from '@mikro-orm/migrations';

export class Migration20261121134500_customer_search_fastupdate extends Migration {
  override name = 'Migration20261121134500_customer_search_fastupdate';

  override up(): void | Promise<void> {
    this.addSql(`alter index "customer_company_trgm_index" set (fastupdate = off);`);
    this.addSql(`alter index "customer_email_trgm_index" set (fastupdate = off);`);
    this.addSql(`select gin_clean_pending_list('customer_company_trgm_index'::regclass);`);
    this.addSql(`select gin_clean_pending_list('customer_email_trgm_index'::regclass);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter index "customer_company_trgm_index" set (fastupdate = on);`);
    this.addSql(`alter index "customer_email_trgm_index" set (fastupdate = on);`);
  }
}
