import type { MikroORM } from '@mikro-orm/postgresql';
import { runTyped, sqlBuilder } from '../../platform/db/index.js';

/** Waits until the request that started a job has its usage event (the hold) committed. */
export async function usageRecorded(orm: MikroORM, requestId: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = await orm.em
      .fork()
      .getConnection()
      .execute<{ one: number }[]>('select 1 as one from usage_event where request_id = ?', [requestId]);
    if (rows.length > 0) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The requests of these ids whose usage event has committed. */
export async function recordedRequests(orm: MikroORM, requestIds: string[]): Promise<Set<string>> {
  if (requestIds.length === 0) return new Set();
  const rows = await runTyped(
    orm,
    undefined,
    sqlBuilder(orm.em).selectFrom('usage_event').select('request_id').where('request_id', 'in', requestIds),
  );
  return new Set(rows.map((row) => row.request_id));
}
