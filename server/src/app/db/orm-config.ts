import { fileURLToPath } from 'node:url';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { entities } from './entities.js';
import { releaseDeadClients, type QueryCounter } from '../../platform/db/index.js';

export const migrationsPath = fileURLToPath(new URL('../../../../migrations', import.meta.url));

export type OrmConfigInput = { clientUrl: string; poolMax: number; queryCounter?: QueryCounter };

export function ormConfig({ clientUrl, poolMax, queryCounter }: OrmConfigInput): Options {
  return defineConfig({
    clientUrl,
    entities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    pool: { min: 0, max: poolMax },
    // A client whose connection died inside a transaction must not stay checked out (see release-dead-clients.ts).
    driverOptions: { onPoolCreated: releaseDeadClients },
    onQuery: (sql) => {
      queryCounter?.record(sql);
      return sql;
    },
    // Request code forks its own EntityManager; using the global one is a bug we want to see.
    allowGlobalContext: false,
    migrations: {
      path: migrationsPath,
      pathTs: migrationsPath,
      tableName: 'mikro_orm_migrations',
      silent: true,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
    },
  });
}
