import { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../../platform/config/index.js';
import { QueryCounter, startEmbeddedPostgres } from '../../platform/db/index.js';
import { ormConfig } from './orm-config.js';

export type Database = { orm: MikroORM; url: string; embedded: boolean; queries: QueryCounter; close(): Promise<void> };

/** Opens PostgreSQL (the configured server, or embedded PGlite in DATA_DIR) and applies migrations. */
export async function openDatabase(config: Config, options: { migrate: boolean }): Promise<Database> {
  const embedded = config.DATABASE_URL ? null : await startEmbeddedPostgres(config.DATA_DIR);
  const url = config.DATABASE_URL ?? embedded?.url;
  if (!url) throw new Error('No database URL');
  // One backend serves PGlite: a larger pool only queues there, and a pool of one cannot deadlock.
  const poolMax = embedded ? 1 : config.DATABASE_POOL_MAX;
  try {
    const queries = new QueryCounter();
    const orm = await MikroORM.init(ormConfig({ clientUrl: url, poolMax, queryCounter: queries }));
    if (options.migrate) await orm.migrator.up();
    return {
      orm,
      url,
      embedded: embedded !== null,
      queries,
      async close() {
        await orm.close(true);
        await embedded?.close();
      },
    };
  } catch (error) {
    await embedded?.close();
    throw error;
  }
}

/** Migrations that exist in the code but are not applied: /readyz fails while any are. */
export async function pendingMigrations(orm: MikroORM): Promise<string[]> {
  const pending = await orm.migrator.getPending();
  return pending.map((migration) => migration.name);
}
