import { MikroORM } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import { ormConfig } from '../../server/src/app/db/orm-config.js';
import { startTestApp } from '../support/test-app.js';

describe('migrations', () => {
  it('build exactly the schema the entities describe', async () => {
    const app = await startTestApp();
    try {
      const orm = await MikroORM.init(ormConfig({ clientUrl: app.database.url, poolMax: 1 }));
      try {
        const drift = await orm.schema.getUpdateSchemaSQL({ wrap: false, safe: false });
        expect(drift.trim(), 'write a migration: npm run db:migration:create -w server -- <name>').toBe('');
      } finally {
        await orm.close(true);
      }
    } finally {
      await app.close();
    }
  });
});
