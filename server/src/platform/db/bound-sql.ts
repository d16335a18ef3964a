import type { MikroORM } from '@mikro-orm/postgresql';
// kysely is the client under MikroORM 7 (a dependency of @mikro-orm/sql, pinned with it).
import { CompiledQuery, type Kysely } from 'kysely';

/** The pool (outside a transaction) or the transaction that MikroORM's `transactional` hands over. */
export type Executor = Pick<Kysely<unknown>, 'executeQuery'>;

/**
 * Runs one statement with bound parameters ($1, $2, ...). MikroORM's `connection.execute` inlines
 * every parameter into the SQL text on the client (a 1,000-row batch cost ~7 ms of escaping) and
 * the server then parses and plans a different text each time; here the text stays the same and
 * the values travel separately. The statement still counts in MikroORM's `onQuery` hook, which
 * /metrics and the tests that count statements read.
 */
export async function boundQuery<R>(orm: MikroORM, executor: Executor | undefined, sql: string, params: readonly unknown[]): Promise<R[]> {
  orm.config.get('onQuery')(sql, params);
  const result = await (executor ?? orm.em.getConnection().getClient()).executeQuery(CompiledQuery.raw(sql, [...params]));
  // The statement decides the row shape; the caller names it.
  return result.rows as R[];
}
