import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { startEmbeddedPostgres } from '../../server/src/platform/db/embedded-postgres.js';
import { ormConfig } from '../../server/src/app/db/orm-config.js';

export async function migrateTemplate(dataDir: string): Promise<void> {
  const embedded = await startEmbeddedPostgres(dataDir);
  try {
    await migrate(embedded.url);
  } finally {
    await embedded.close();
  }
}

export async function createScratchDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `carlo_test_${Date.now()}_${randomBytes(3).toString('hex')}`;
  await onMaintenanceDatabase(serverUrl, `create database "${name}"`);
  const url = withDatabase(serverUrl, name);
  await migrate(url);
  return { url, drop: () => onMaintenanceDatabase(serverUrl, `drop database if exists "${name}" with (force)`) };
}

async function migrate(url: string): Promise<void> {
  const orm = await MikroORM.init(ormConfig({ clientUrl: url, poolMax: 1 }));
  try {
    await orm.migrator.up();
  } finally {
    await orm.close(true);
  }
}

async function onMaintenanceDatabase(serverUrl: string, sql: string): Promise<void> {
  const orm = await MikroORM.init({
    clientUrl: withDatabase(serverUrl, 'postgres'),
    entities: [],
    discovery: { warnWhenNoEntities: false },
    pool: { min: 0, max: 1 },
  });
  try {
    await orm.em.getConnection().execute(sql);
  } finally {
    await orm.close(true);
  }
}

function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
