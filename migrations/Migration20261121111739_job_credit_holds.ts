import { Migration } from '@mikro-orm/migrations';

export class Migration20261121111739_job_credit_holds extends Migration {
  override name = 'Migration20261121111739_job_credit_holds';

  override up(): void | Promise<void> {
    this.addSql(`alter table "simulation_run" add "request_id" varchar(64) null, add "held_credits" int null;`);

    this.addSql(`alter table "usage_event" add "held_credits" int not null default 0;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "simulation_run" drop column "request_id", drop column "held_credits";`);

    this.addSql(`alter table "usage_event" drop column "held_credits";`);
  }
}
