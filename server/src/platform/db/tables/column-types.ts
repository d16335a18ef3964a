import type { ColumnType } from 'kysely';

/** timestamptz: read as PostgreSQL's text, written from a Date or ISO text. */
export type Timestamp = ColumnType<string, Date | string, Date | string>;
/** date: read and written as YYYY-MM-DD text. */
export type DateText = ColumnType<string, string, string>;
/** bigint: read as text (exact beyond 2^53), written from a number, bigint or text. */
export type Int8 = ColumnType<string, number | bigint | string, number | bigint | string>;
/** A column with a default: optional on insert. (Kysely's Generated does not unwrap a ColumnType.) */
export type Defaulted<C> = C extends ColumnType<infer S, infer I, infer U> ? ColumnType<S, I | undefined, U> : C | undefined;
/** jsonb, parsed on read. */
export type Json = ColumnType<unknown, string | Record<string, unknown>, string | Record<string, unknown>>;
