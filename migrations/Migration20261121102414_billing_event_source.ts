import { Migration } from '@mikro-orm/migrations';

export class Migration20261121102414_billing_event_source extends Migration {
  override name = 'Migration20261121102414_billing_event_source';

  override up(): void | Promise<void> {
    this.addSql(`alter table "stripe_event" add "source" varchar(100) null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "stripe_event" drop column "source";`);
  }
}
