/**
 * Counts SQL statements: /metrics reports the total, and tests watch the statements a path issues
 * (a test filters them, since the app's background work runs its own statements at any time).
 */
export class QueryCounter {
  total = 0;
  private readonly watchers = new Set<(sql: string) => void>();

  record(sql: string): void {
    this.total += 1;
    for (const watcher of this.watchers) watcher(sql);
  }

  /** Collects every statement from now until the returned function is called, which answers them. */
  watch(): () => string[] {
    const seen: string[] = [];
    const watcher = (sql: string) => {
      seen.push(sql);
    };
    this.watchers.add(watcher);
    return () => {
      this.watchers.delete(watcher);
      return seen;
    };
  }
}
