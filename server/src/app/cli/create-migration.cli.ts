import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { startEmbeddedPostgres } from '../../platform/db/index.js';
import { ormConfig } from '../db/orm-config.js';

/**
 * Writes a migration with the SQL that brings a database at the current migrations up to the
 * entities: on a throwaway embedded PostgreSQL, so it never depends on a developer's data.
 * Usage: npm run db:migration:create -w server -- <name>. Review the SQL before committing.
 */
const name = process.argv[2] ?? 'change';
const scratch = await startEmbeddedPostgres(`${process.env.TMPDIR ?? '/tmp'}/carlo-migration-${process.pid}`);
const orm = await MikroORM.init(ormConfig({ clientUrl: scratch.url, poolMax: 1 }));
try {
  await orm.migrator.up();
  const result = await orm.migrator.create(undefined, false, false, name);
  console.log(result.diff.up.length > 0 ? `wrote ${result.fileName}` : 'entities match the migrations: nothing to write');
} finally {
  await orm.close(true);
  await scratch.close();
}
