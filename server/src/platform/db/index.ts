/** The platform/db module's public surface: other modules import only what is listed here. */
export { BaseEntity } from './base.entity.js';
export { boundQuery } from './bound-sql.js';
export { IN_DOUBT_DEFAULTS, UsageInDoubtError, commitOutcome, isInDoubt } from './commit-outcome.js';
export type { CommitOutcome, InDoubtOptions } from './commit-outcome.js';
export { servesFromPglite } from './embedded-detection.js';
export { startEmbeddedPostgres } from './embedded-postgres.js';
export { pgArray } from './pg-array.js';
export { QueryCounter } from './query-counter.js';
export { releaseDeadClients } from './release-dead-clients.js';
export type { Database } from './database-schema.js';
export { anyOf, now, runInTransactionOf, runTyped, sqlBuilder, unnestRows } from './typed-sql.js';
