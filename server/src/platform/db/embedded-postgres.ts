import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export type EmbeddedPostgres = { url: string; close(): Promise<void> };

/**
 * PostgreSQL compiled to WASM (PGlite) behind a wire-protocol socket, so the same
 * @mikro-orm/postgresql driver that production uses talks to it. One backend serves every
 * connection in turn; the socket server keeps each transaction on its own connection.
 */
export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  const directory = path.resolve(dataDir, 'pg');
  await mkdir(directory, { recursive: true });
  // pg_trgm backs the console's substring search and btree_gist the exclusion constraint against
  // overlapping credit periods; production PostgreSQL ships both in contrib.
  const db = await PGlite.create(directory, { extensions: { pg_trgm, btree_gist } });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 32 });
  await server.start();
  const address = server.getServerConn();
  return {
    url: `postgresql://postgres@${address}/postgres`,
    async close() {
      await server.stop();
      await db.close();
    },
  };
}
