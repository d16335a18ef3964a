import type { EventEmitter } from 'node:events';

type PooledClient = EventEmitter & { release?: (error?: Error) => void };

/**
 * Gives back to pg-pool a client whose connection ended while it was checked out.
 *
 * Why: Kysely 0.29's controlled transactions release their connection only after a successful COMMIT
 * or ROLLBACK. When the connection dies mid-transaction both fail, so the client stays checked out
 * forever: the pool shrinks by one per outage, with a pool of one (embedded PGlite) every later query
 * waits forever, and pool.end() never returns. Found by test/faults/database-outage.test.ts (a TCP
 * proxy cut for 10 s). Releasing with an error makes the pool discard the client; a later release by
 * its holder is then a no-op instead of pg-pool's double-release error.
 */
export function releaseDeadClients(pool: EventEmitter): void {
  const checkedOut = new WeakSet<PooledClient>();
  const watched = new WeakSet<PooledClient>();
  pool.on('acquire', (client: PooledClient) => {
    checkedOut.add(client);
    if (watched.has(client)) return;
    watched.add(client);
    client.once('end', () => {
      if (!checkedOut.has(client)) return;
      checkedOut.delete(client);
      const release = client.release;
      client.release = () => undefined;
      release?.(new Error('database connection ended while checked out'));
    });
  });
  pool.on('release', (_error: Error | undefined, client: PooledClient) => {
    checkedOut.delete(client);
  });
}
