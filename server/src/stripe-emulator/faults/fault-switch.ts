export type FaultKind = 'error500' | 'rateLimit429' | 'hang';
export type FaultRule = { kind: FaultKind; remaining: number; pathPrefix?: string; retryAfterSeconds?: number };
export type FaultOptions = { pathPrefix?: string; retryAfterSeconds?: number };

/** Test-only switch: make the next API requests fail or hang, or drop webhook deliveries. */
export class FaultSwitch {
  private rules: FaultRule[] = [];
  private dropCount = 0;
  private dropAll = false;
  private readonly resetListeners: (() => void)[] = [];

  failNext(count: number, options: FaultOptions = {}): void {
    this.rules.push({ kind: 'error500', remaining: count, ...options });
  }

  rateLimitNext(count: number, options: FaultOptions = {}): void {
    this.rules.push({
      kind: 'rateLimit429',
      remaining: count,
      retryAfterSeconds: options.retryAfterSeconds ?? 1,
      pathPrefix: options.pathPrefix,
    });
  }

  /** Hung requests are never answered; reset() or close() destroys their sockets. */
  hangNext(count: number, options: FaultOptions = {}): void {
    this.rules.push({ kind: 'hang', remaining: count, pathPrefix: options.pathPrefix });
  }

  /** `true` drops every delivery until reset, a number drops that many, `false` stops dropping. */
  dropWebhooks(what: number | boolean): void {
    if (typeof what === 'number') this.dropCount += what;
    else this.dropAll = what;
  }

  reset(): void {
    this.rules = [];
    this.dropCount = 0;
    this.dropAll = false;
    this.resetListeners.forEach((listener) => listener());
  }

  onReset(listener: () => void): void {
    this.resetListeners.push(listener);
  }

  /** Consumes and returns the first matching rule for this request path. */
  take(path: string): FaultRule | null {
    const rule = this.rules.find((r) => r.remaining > 0 && (!r.pathPrefix || path.startsWith(r.pathPrefix)));
    if (!rule) return null;
    rule.remaining -= 1;
    this.rules = this.rules.filter((r) => r.remaining > 0);
    return rule;
  }

  takeWebhookDrop(): boolean {
    if (this.dropAll) return true;
    if (this.dropCount > 0) {
      this.dropCount -= 1;
      return true;
    }
    return false;
  }
}
