import 'reflect-metadata';
import { loadConfig } from '../../platform/config/index.js';
import { openDatabase, pendingMigrations } from '../db/database.js';

/** `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database in DATA_DIR. */
const database = await openDatabase(loadConfig(), { migrate: false });
try {
  const pending = await pendingMigrations(database.orm);
  await database.orm.migrator.up();
  process.stdout.write(pending.length > 0 ? `applied ${pending.join(', ')}\n` : 'database is current\n');
} finally {
  await database.close();
}
