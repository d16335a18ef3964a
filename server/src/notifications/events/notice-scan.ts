import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { PeriodicTask } from '../../platform/tasks/index.js';
import type { NotificationInput, RecordedEvent } from './event-recorder.js';

/** A notice seen late (a worker that was down) still goes out at the next scan. */
const SCAN_MS = 10 * 60_000;

export type NoticeScanOptions = {
  orm: MikroORM;
  logger: Logger;
  /** Records the event and its mail: NotificationsModule.emit. */
  emit: (em: EntityManager, input: NotificationInput) => Promise<RecordedEvent | null>;
  now?: () => Date;
};

/**
 * A producer of time-driven notices (an expiring key, a dunning reminder): it scans every 10
 * minutes in every worker-capable process, and its cause keys make each notice recorded once.
 */
export abstract class NoticeScan {
  private readonly task: PeriodicTask;
  protected readonly now: () => Date;

  constructor(
    protected readonly options: NoticeScanOptions,
    failure: string,
  ) {
    this.now = options.now ?? (() => new Date());
    this.task = new PeriodicTask(() => this.scan(), SCAN_MS, options.logger, failure);
  }

  start(): void {
    this.task.start({ now: true });
  }

  stop(): Promise<void> {
    return this.task.stop();
  }

  /** Records the notices now due; answers how many were new. */
  abstract scan(): Promise<number>;
}
