import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { modelWorkPerIteration } from './engine/index.js';
import { decodeOutputs, decodeReports, encodeOutputs, encodeReports, PartMerger } from './runner/part-merger.js';
import { runPartChunks, partIterations } from './runner/part-runner.js';
import { SimulationCancelledError } from './runner/index.js';
import {
  deleteEndedParts,
  eachFinishedPart,
  finishPart,
  loadPart,
  startPartAttempt,
  unfinishedParts,
  writePartProgress,
} from './part-store.js';
import type { RunMeter } from './run-meter.js';
import { succeedRun } from './run-ending.js';
import { compileStored } from './simulation-model.js';
import { SimulationRun, SimulationStatus } from './simulation-run.entity.js';

const PROGRESS_INTERVAL_MS = 500;

/**
 * Runs one part (chunk group) of a distributed job (engine README, "One job over many machines"): its chunks on a
 * worker thread, progress into its part row and the run's summed progress, the finished part
 * stored durably; the part that finishes last merges every part into the run's result and
 * settles the run once. A cancel is seen at the next progress write, then the part stops at the
 * next chunk boundary. Any other failure throws, so pg-boss retries this part alone.
 */
export class PartJobRunner {
  constructor(
    private readonly orm: MikroORM,
    private readonly meter: RunMeter,
    private readonly logger: Logger,
  ) {}

  async execute(runId: string, partIndex: number, controller: AbortController): Promise<void> {
    const run = await this.orm.em.fork().findOne(SimulationRun, runId);
    if (!run || run.status !== SimulationStatus.RUNNING) {
      await deleteEndedParts(this.orm, runId);
      return;
    }
    const part = await loadPart(this.orm, runId, partIndex);
    if (part === null) return;
    const model = compileStored(run.input, run.seed);
    if (!part.finished) {
      await startPartAttempt(this.orm, runId, partIndex);
      const progress = new PartProgress(this.orm, runId, partIndex, () => controller.abort('cancelled'));
      let outcome: Awaited<ReturnType<typeof runPartChunks>>;
      try {
        outcome = await runPartChunks(model, run.seed, part, { signal: controller.signal, onChunk: progress.report });
      } catch (error) {
        await progress.drain();
        if (error instanceof SimulationCancelledError && controller.signal.reason === 'cancelled') {
          await deleteEndedParts(this.orm, runId);
          return;
        }
        this.logger.warn(
          { runId, part: partIndex, err: error instanceof Error ? error.message : String(error) },
          'simulation part interrupted; it will be retried',
        );
        throw error instanceof Error ? error : new Error(String(error));
      }
      await progress.drain();
      const finished = await finishPart(this.orm, runId, partIndex, {
        iterations: partIterations(model.iterations, part),
        reports: encodeReports(outcome.reports),
        outputs: encodeOutputs(outcome.outputs),
      });
      if (finished === 'not_running') await deleteEndedParts(this.orm, runId);
      if (finished !== 'last') return;
    } else if ((await unfinishedParts(this.orm, runId)) > 0) {
      return;
    }
    // This part finished last (or is the retry of one that did and died before the merge ended).
    const merger = new PartMerger(model, run.seed);
    await eachFinishedPart(this.orm, runId, (stored) =>
      merger.add(stored.firstChunk, {
        reports: decodeReports(stored.reports),
        outputs: decodeOutputs(stored.outputs, model.outputNames.length),
      }),
    );
    await succeedRun(this.orm, this.meter, runId, merger.finish(), modelWorkPerIteration(model));
    await deleteEndedParts(this.orm, runId);
  }
}

/** Writes the part's progress at most every 500 ms, one write at a time; a run no longer running cancels the part. */
class PartProgress {
  private lastWrite = 0;
  private pending: Promise<void> = Promise.resolve();
  private busy = false;

  constructor(
    private readonly orm: MikroORM,
    private readonly runId: string,
    private readonly partIndex: number,
    private readonly onCancelled: () => void,
  ) {}

  readonly report = (iterationsDone: number): void => {
    const now = Date.now();
    if (this.busy || now - this.lastWrite < PROGRESS_INTERVAL_MS) return;
    this.lastWrite = now;
    this.busy = true;
    this.pending = this.write(iterationsDone).finally(() => {
      this.busy = false;
    });
  };

  drain(): Promise<void> {
    return this.pending;
  }

  private async write(iterationsDone: number): Promise<void> {
    try {
      if (!(await writePartProgress(this.orm, this.runId, this.partIndex, iterationsDone))) this.onCancelled();
    } catch {
      // A missed progress write only delays the next one; the part itself goes on.
    }
  }
}
