import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';

/**
 * Records when each key was last used without a write per request: uses are collected in memory
 * and written in one statement per flush interval (and at shutdown). The column is advisory, so
 * losing the last interval in a crash is acceptable.
 */
export class LastUsedWriter {
  private pending = new Map<string, Date>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly orm: MikroORM,
    private readonly logger: Logger,
    private readonly intervalMs = 30_000,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.flush(), this.intervalMs);
    this.timer.unref();
  }

  touch(keyId: string, at = new Date()): void {
    this.pending.set(keyId, at);
  }

  async flush(): Promise<void> {
    if (this.pending.size === 0) return;
    const batch = this.pending;
    this.pending = new Map();
    const rows = [...batch].map(([id, at]) => ({ id, at: at.toISOString() }));
    try {
      // One JSON parameter: the query builder would expand a JS array into a list of parameters.
      await this.orm.em.getConnection().execute(
        `update api_key set last_used_at = greatest(coalesce(api_key.last_used_at, u.at), u.at)
         from jsonb_to_recordset(?::jsonb) as u(id uuid, at timestamptz) where api_key.id = u.id`,
        [JSON.stringify(rows)],
      );
    } catch (error) {
      this.logger.warn({ err: error, keys: rows.length }, 'could not record key last use; will retry');
      for (const [id, at] of batch) if (!this.pending.has(id)) this.pending.set(id, at);
    }
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.flush();
  }
}
