import { Migration } from '@mikro-orm/migrations';

export class Migration20261204163300_simulation_run_part extends Migration {
  override name = 'Migration20261204163300_simulation_run_part';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "simulation_run_part" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "run_id" uuid not null, "part_index" int not null, "first_chunk" int not null, "end_chunk" int not null, "iterations_done" int not null default 0, "attempts" int not null default 0, "reports" bytea null, "outputs" bytea null, "finished_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "simulation_run_part" add constraint "simulation_run_part_run_id_part_index_unique" unique ("run_id", "part_index");`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "simulation_run_part" cascade;`);
  }
}
