import type { Logger } from 'pino';

/**
 * A housekeeping turn run every `intervalMs` (and once at start when asked), never two at once
 * from one timer; a failed turn is logged and the next one retries. `stop` waits for a running turn.
 */
export class PeriodicTask {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly turn: () => Promise<unknown>,
    private readonly intervalMs: number,
    private readonly logger: Logger,
    private readonly failure: string,
  ) {}

  start(options: { now?: boolean } = {}): void {
    if (this.timer) return;
    const run = () => {
      this.running = this.turn().catch((error: unknown) =>
        this.logger.warn({ err: error instanceof Error ? error.message : String(error) }, this.failure),
      );
    };
    if (options.now) run();
    this.timer = setInterval(run, this.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
