import type { MikroORM } from '@mikro-orm/postgresql';
import { SimulationRun, SimulationStatus } from './simulation-run.entity.js';

const PROGRESS_INTERVAL_MS = 500;

/** Writes progress at most every 500 ms, one write at a time; a row no longer running cancels the run. */
export class ProgressWriter {
  private lastWrite = 0;
  private pending: Promise<void> = Promise.resolve();
  private busy = false;

  constructor(
    private readonly orm: MikroORM,
    private readonly runId: string,
    private readonly onCancelled: () => void,
  ) {}

  readonly report = (done: number, total: number): void => {
    const now = Date.now();
    if (this.busy || now - this.lastWrite < PROGRESS_INTERVAL_MS || done >= total) return;
    this.lastWrite = now;
    this.busy = true;
    this.pending = this.write(done / total).finally(() => {
      this.busy = false;
    });
  };

  drain(): Promise<void> {
    return this.pending;
  }

  private async write(progress: number): Promise<void> {
    try {
      const updated = await this.orm.em
        .fork()
        .nativeUpdate(SimulationRun, { id: this.runId, status: SimulationStatus.RUNNING }, { progress, updatedAt: new Date() });
      if (updated === 0) this.onCancelled();
    } catch {
      // A missed progress write only delays the next one; the run itself goes on.
    }
  }
}
