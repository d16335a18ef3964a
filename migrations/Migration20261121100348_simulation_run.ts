import { Migration } from '@mikro-orm/migrations';

export class Migration20261121100348_simulation_run extends Migration {
  override name = 'Migration20261121100348_simulation_run';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "simulation_run" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "customer_id" uuid not null, "api_key_id" uuid not null, "mode" text not null, "status" text not null default 'queued', "input" jsonb not null, "seed" double precision not null, "reproducibility_key" varchar(64) not null, "engine_version" varchar(40) not null, "iterations" int not null, "iterations_run" int null, "progress" double precision not null default 0, "result" jsonb null, "credits" int not null, "attempts" int not null default 0, "error" text null, "started_at" timestamptz null, "finished_at" timestamptz null, "duration_ms" int null, primary key ("id"));`,
    );
    this.addSql(`create index "simulation_run_customer_id_status_index" on "simulation_run" ("customer_id", "status");`);
    this.addSql(`create index "simulation_run_customer_id_created_at_index" on "simulation_run" ("customer_id", "created_at");`);

    this.addSql(
      `alter table "simulation_run" add constraint "simulation_run_customer_id_foreign" foreign key ("customer_id") references "customer" ("id");`,
    );
    this.addSql(
      `alter table "simulation_run" add constraint "simulation_run_api_key_id_foreign" foreign key ("api_key_id") references "api_key" ("id");`,
    );
    this.addSql(`alter table "simulation_run" add constraint "simulation_run_mode_check" check ("mode" in ('sync', 'async'));`);
    this.addSql(
      `alter table "simulation_run" add constraint "simulation_run_status_check" check ("status" in ('queued', 'running', 'succeeded', 'failed', 'cancelled'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "simulation_run" cascade;`);
  }
}
