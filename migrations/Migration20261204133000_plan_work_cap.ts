import { Migration } from '@mikro-orm/migrations';

/** Simulation runs are priced and capped by work units; each plan caps the work of one run. */
export class Migration20261204133000_plan_work_cap extends Migration {
  override name = 'Migration20261204133000_plan_work_cap';

  override up(): void | Promise<void> {
    this.addSql(`alter table "plan" add "max_work_units_per_run" int not null default 500000000;`);
    this.addSql(`update "plan" set "max_work_units_per_run" = 10000000 where "code" = 'free';`);
    this.addSql(`update "plan" set "max_work_units_per_run" = 200000000 where "code" = 'starter';`);
    this.addSql(`update "plan" set "max_work_units_per_run" = 1000000000 where "code" = 'team';`);
    this.addSql(`update "plan" set "max_work_units_per_run" = 2000000000 where "code" = 'enterprise';`);
    this.addSql(`alter table "plan" alter column "max_work_units_per_run" drop default;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "plan" drop column "max_work_units_per_run";`);
  }
}
