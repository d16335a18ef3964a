import type { MikroORM } from '@mikro-orm/postgresql';

/**
 * Whether the connected server is embedded PGlite: one WASM backend on one machine that serves
 * every connection in turn. Asked of the server itself, since a test app reaches PGlite through a
 * postgresql:// URL just like a PostgreSQL server.
 */
export async function servesFromPglite(orm: MikroORM): Promise<boolean> {
  const rows = await orm.em.getConnection().execute<{ version: string }[]>('select version() as version');
  return rows.some((row) => row.version.includes('PGlite'));
}
