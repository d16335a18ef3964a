import type { MikroORM } from '@mikro-orm/postgresql';

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
