import { Migration } from '@mikro-orm/migrations';

/**
 * The ledger's request index keeps only reserve and release rows, the ones the credit sweeper looks
 * up: the settle and overage rows of every billable call no longer pay an index insert.
 */
export class Migration20261205193000_ledger_open_request_index extends Migration {
  override name = 'Migration20261205193000_ledger_open_request_index';

  override up(): void | Promise<void> {
    this.addSql(`create index "credit_ledger_open_request_index" on "credit_ledger" ("request_id") where kind in ('reserve', 'release');`);
    this.addSql(`drop index "credit_ledger_request_id_index";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`create index "credit_ledger_request_id_index" on "credit_ledger" ("request_id");`);
    this.addSql(`drop index "credit_ledger_open_request_index";`);
  }
}
