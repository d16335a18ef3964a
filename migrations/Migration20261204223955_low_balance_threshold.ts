import { Migration } from '@mikro-orm/migrations';

export class Migration20261204223955_low_balance_threshold extends Migration {
  override name = 'Migration20261204223955_low_balance_threshold';

  override up(): void | Promise<void> {
    this.addSql(`alter table "customer" add "low_balance_threshold_credits" int null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "customer" drop column "low_balance_threshold_credits";`);
  }
}
