import { Migration } from '@mikro-orm/migrations';

/** Staff may extend a past-due subscription's grace from the dunning queue; the extension ends the grace later. */
export class Migration20261204162558_subscription_grace_extension extends Migration {
  override name = 'Migration20261204162558_subscription_grace_extension';

  override up(): void | Promise<void> {
    this.addSql(`alter table "subscription" add "grace_extended_until" timestamptz null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "subscription" drop column "grace_extended_until";`);
  }
}
