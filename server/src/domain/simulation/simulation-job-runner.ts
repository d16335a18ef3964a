import type { MikroORM } from '@mikro-orm/postgresql';
import type { Job } from 'pg-boss';
import type { Logger } from 'pino';
import { servesFromPglite } from '../../platform/db/index.js';
import { modelWorkPerIteration, type CompiledModel } from './engine/index.js';
import { SimulationCancelledError, SimulationTimeoutError, type SimulationPool } from './runner/index.js';
import { compileStored } from './simulation-model.js';
import { JOB_TIME_LIMIT_MS } from './simulation-limits.js';
import { JOB_RETRY_LIMIT, type JobData, type SimulationJobs } from './simulation-jobs.js';
import { distributes, partPlan } from './distributed-plan.js';
import { createParts } from './part-store.js';
import { PartJobRunner } from './part-job-runner.js';
import { SimulationRun, SimulationStatus } from './simulation-run.entity.js';
import { endRun, succeedRun } from './run-ending.js';
import { ProgressWriter } from './progress-writer.js';
import type { RunMeter } from './run-meter.js';

/**
 * How long a job waits for the usage event of the request that started it. The response leaves
 * only after that commit, so a longer wait means the request got no 2xx and the job must not run.
 */
const USAGE_WAIT_MS = 30_000;
const FAILED_MESSAGE = 'The simulation failed. Start it again; contact support if it keeps failing.';

type StopReason = 'cancelled' | 'shutdown';

/**
 * Runs queued simulations taken from the queue. Progress is written at most every 500 ms with a
 * conditional update: when the row is no longer running (cancelSimulation), the run is aborted
 * between chunks. An attempt that a shutdown interrupts puts the row back to queued and fails the
 * job, so pg-boss hands it to the next worker, which recomputes it from the stored seed.
 */
export class SimulationJobRunner {
  /** Jobs computing in this process, by job id: a run's own job, or parts of a distributed run. */
  private readonly running = new Map<string, { runId: string; controller: AbortController }>();
  private readonly parts: PartJobRunner;
  private stopping = false;
  /** Asked of the server once: embedded PGlite never takes distributed jobs (engine README). */
  private multiMachine: Promise<boolean> | null = null;

  constructor(
    private readonly orm: MikroORM,
    private readonly meter: RunMeter,
    private readonly pool: () => SimulationPool,
    private readonly jobs: SimulationJobs,
    private readonly logger: Logger,
  ) {
    this.parts = new PartJobRunner(orm, meter, logger);
  }

  /** Jobs this process is computing now. */
  get activeRuns(): number {
    return this.running.size;
  }

  /** Stops a run's jobs in this process at once (cancelSimulation answered by the process running it). */
  abortLocal(runId: string): void {
    for (const job of this.running.values()) if (job.runId === runId) job.controller.abort('cancelled' satisfies StopReason);
  }

  /** Interrupts every local run; their jobs go back to the queue for another worker. */
  interruptAll(): void {
    this.stopping = true;
    for (const job of this.running.values()) job.controller.abort('shutdown' satisfies StopReason);
  }

  async execute(job: Job<JobData>): Promise<void> {
    const runId = job.data.runId;
    if (this.stopping) throw new Error('This worker is shutting down; the job goes back to the queue.');
    const part = job.data.part;
    if (part !== undefined) {
      await this.tracked(job, (controller) => this.parts.execute(runId, part, controller));
      return;
    }
    const em = this.orm.em.fork();
    const row = await em.findOne(SimulationRun, runId);
    if (!row || (row.status !== SimulationStatus.QUEUED && row.status !== SimulationStatus.RUNNING)) return;
    // Run only what was paid for: the hold is settled against the request's usage event.
    if (row.requestId && row.heldCredits && !(await this.meter.usageRecorded(row.requestId, USAGE_WAIT_MS))) {
      await endRun(this.orm, this.meter, runId, {
        status: SimulationStatus.FAILED,
        iterationsPaid: () => 0,
        fields: {
          error:
            'The request that started this simulation could not be recorded, so it did not run and nothing was charged. Start it again.',
        },
        requireUsageEvent: false,
      });
      return;
    }
    const claimed = await em.nativeUpdate(
      SimulationRun,
      { id: runId, status: { $in: [SimulationStatus.QUEUED, SimulationStatus.RUNNING] } },
      {
        status: SimulationStatus.RUNNING,
        startedAt: row.startedAt ?? new Date(),
        attempts: row.attempts + 1,
        progress: 0,
        updatedAt: new Date(),
      },
    );
    if (claimed === 0) return;
    const model = compileStored(row.input, row.seed);
    if (distributes(model) && (await this.distributesOnThisDatabase())) {
      // The coordinator only writes the plan and sends the parts; the part finishing last ends the run.
      const plan = partPlan(model.iterations);
      await createParts(this.orm, runId, plan);
      await this.jobs.enqueueParts(runId, plan.length);
      return;
    }
    await this.tracked(job, (controller) => this.runWhole(job, row.id, model, controller));
  }

  /**
   * Embedded PGlite is one machine by definition, and its single backend stalls when several
   * apps write megabytes of part columns at once: jobs there always run on one process.
   */
  private distributesOnThisDatabase(): Promise<boolean> {
    this.multiMachine ??= servesFromPglite(this.orm).then(
      (pglite) => !pglite,
      (error: unknown) => {
        // A failed question is asked again by the next job rather than remembered.
        this.multiMachine = null;
        throw error;
      },
    );
    return this.multiMachine;
  }

  /** Registers the job's abort controller (cancel, shutdown, pg-boss's own abort) while `work` runs. */
  private async tracked(job: Job<JobData>, work: (controller: AbortController) => Promise<void>): Promise<void> {
    const controller = new AbortController();
    const onJobAbort = (): void => controller.abort('shutdown' satisfies StopReason);
    job.signal.addEventListener('abort', onJobAbort, { once: true });
    this.running.set(job.id, { runId: job.data.runId, controller });
    try {
      await work(controller);
    } finally {
      job.signal.removeEventListener('abort', onJobAbort);
      this.running.delete(job.id);
    }
  }

  private async runWhole(job: Job<JobData>, runId: string, model: CompiledModel, controller: AbortController): Promise<void> {
    const progress = new ProgressWriter(this.orm, runId, () => controller.abort('cancelled' satisfies StopReason));
    try {
      const result = await this.pool().run(model, {
        signal: controller.signal,
        timeLimitMs: JOB_TIME_LIMIT_MS,
        onProgress: progress.report,
      });
      await progress.drain();
      await succeedRun(this.orm, this.meter, runId, result, modelWorkPerIteration(model));
    } catch (error) {
      await progress.drain();
      await this.onFailure(job, runId, controller.signal.reason as StopReason | undefined, error);
    }
  }

  /** The dead-letter queue's handler: a job that used up its retries fails its row. */
  async markDead(runId: string): Promise<void> {
    // Our failure: the held credits are released in full.
    await endRun(this.orm, this.meter, runId, {
      status: SimulationStatus.FAILED,
      iterationsPaid: () => 0,
      fields: {
        error: `The run was attempted ${JOB_RETRY_LIMIT + 1} times without finishing. Start it again; contact support if it keeps failing.`,
      },
      requireUsageEvent: false,
    });
  }

  private async onFailure(job: Job<JobData>, runId: string, reason: StopReason | undefined, error: unknown): Promise<void> {
    if (error instanceof SimulationCancelledError && reason === 'cancelled') return;
    const em = this.orm.em.fork();
    const retry = !(error instanceof SimulationTimeoutError) && job.retryCount < JOB_RETRY_LIMIT;
    if (retry) {
      await em.nativeUpdate(
        SimulationRun,
        { id: runId, status: SimulationStatus.RUNNING },
        { status: SimulationStatus.QUEUED, progress: 0, updatedAt: new Date() },
      );
      this.logger.warn(
        { runId, reason, err: error instanceof Error ? error.message : String(error) },
        'simulation attempt interrupted; the job will be retried',
      );
      throw error instanceof Error ? error : new Error(String(error));
    }
    const message = error instanceof SimulationTimeoutError ? error.message : FAILED_MESSAGE;
    this.logger.error({ runId, err: error instanceof Error ? error.message : String(error) }, 'simulation failed');
    // A run that fails is not the customer's doing: nothing is charged.
    await endRun(this.orm, this.meter, runId, {
      status: SimulationStatus.FAILED,
      iterationsPaid: () => 0,
      fields: { error: message },
      requireUsageEvent: false,
    });
  }
}
