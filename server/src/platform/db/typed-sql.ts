import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { type AliasedRawBuilder, type Compilable, type Kysely, type RawBuilder, sql } from 'kysely';
import type { Database } from './database-schema.js';
import type { Executor } from './bound-sql.js';
import { pgArray } from './pg-array.js';

/**
 * The Kysely client under MikroORM 7, typed with every table (`Database`). It builds and compiles
 * queries only; `runTyped` executes them, so that each still counts in MikroORM's `onQuery` hook
 * like every other statement (/metrics and the tests that count statements read it).
 */
export function sqlBuilder(em: EntityManager): Kysely<Database> {
  return em.getConnection().getClient<Database>();
}

/** Runs one compiled query with bound parameters on the pool, or inside MikroORM's transaction. */
export async function runTyped<R>(orm: MikroORM, executor: Executor | undefined, query: Compilable<R>): Promise<R[]> {
  const compiled = query.compile();
  orm.config.get('onQuery')(compiled.sql, compiled.parameters);
  const result = await (executor ?? orm.em.getConnection().getClient()).executeQuery(compiled);
  return result.rows;
}

/** Runs one compiled query in the transaction of an EntityManager inside `transactional` (or on the pool outside one). */
export async function runInTransactionOf<R>(em: EntityManager, query: Compilable<R>): Promise<R[]> {
  const compiled = query.compile();
  em.config.get('onQuery')(compiled.sql, compiled.parameters);
  const transaction: Executor | undefined = em.getTransactionContext();
  const executor = transaction ?? em.getConnection().getClient();
  const result = await executor.executeQuery(compiled);
  return result.rows;
}

/** Element types an unnest() column may carry; each is the SQL type its array parameter is cast to. */
type ArrayType = 'uuid' | 'text' | 'int' | 'bigint' | 'boolean' | 'timestamptz' | 'jsonb';
type Column<V> = { type: ArrayType; values: readonly V[] };
type ColumnsOf<R> = { [K in keyof R]: Column<R[K]> };

/**
 * `unnest($1::uuid[], $2::int[], …) as alias(a, b, …)`: a batch of rows as a table, one array
 * parameter per column (pgArray), so a 1,000-row batch is one short statement whose text never
 * changes. The row type comes from the columns, so selecting `alias.a` is checked like a table's.
 */
export function unnestRows<R extends Record<string, string | number | null>, A extends string>(
  alias: A,
  columns: ColumnsOf<R>,
): AliasedRawBuilder<R, A> {
  const names = Object.keys(columns) as (keyof R & string)[];
  const arrays = names.map((name) => {
    const column: Column<R[keyof R]> = columns[name];
    return sql`${pgArray(column.values)}::${sql.raw(column.type)}[]`;
  });
  return sql<R>`unnest(${sql.join(arrays)})`.as<A>(sql.raw(`${alias}(${names.join(', ')})`));
}

/** `any($1::type[])`: one array parameter for an `in` list of any length (the text never changes). */
export function anyOf<V extends string | number>(type: ArrayType, values: readonly V[]): RawBuilder<V> {
  return sql<V>`any(${pgArray(values)}::${sql.raw(type)}[])`;
}

/** `now()`, the transaction's time, for created_at and updated_at. */
export const now = (): RawBuilder<string> => sql<string>`now()`;
