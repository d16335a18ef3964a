import { type Job, PgBoss } from 'pg-boss';
import type { Logger } from 'pino';
import { partJobId } from './distributed-plan.js';

export const SIMULATION_QUEUE = 'simulation';
/** Jobs that used up their retries land here, so their rows can be marked failed. */
export const SIMULATION_DEAD_QUEUE = 'simulation-dead';

/** Retries after a crash or a shutdown; each attempt recomputes the same bits from the stored seed. */
export const JOB_RETRY_LIMIT = 5;

/** A run's own job, or (with `part`) one chunk group of a distributed run. */
export type JobData = { runId: string; part?: number };
export type JobHandler = (job: Job<JobData>) => Promise<void>;
export type WorkerOptions = { concurrency: number; onJob: JobHandler; onDead: (runId: string) => Promise<void> };

/**
 * The durable queue of simulation jobs: pg-boss tables in the same PostgreSQL, so any number of
 * worker processes on any machine take jobs without another server. The job id is the run id,
 * which makes enqueueing idempotent (a second send of the same id is ignored).
 */
export class SimulationJobs {
  private boss: PgBoss | null = null;
  private working = false;

  constructor(private readonly logger: Logger) {}

  /** Installs or upgrades pg-boss's schema and its queues; workers also supervise expiry and heartbeats. */
  async start(url: string, options: { supervise: boolean }): Promise<void> {
    const boss = new PgBoss({
      connectionString: url,
      // Small: on embedded PostgreSQL every connection shares one backend with the app's pool.
      max: 2,
      application_name: 'carlo-simulation-jobs',
      supervise: options.supervise,
      // Supervision fails jobs whose heartbeat stopped: a crashed worker's job is retried within about 25 s.
      superviseIntervalSeconds: 10,
      monitorIntervalSeconds: 10,
      schedule: false,
      migrate: true,
    });
    boss.on('error', (error: Error) => this.logger.error({ err: error.message }, 'simulation queue error'));
    await boss.start();
    await boss.createQueue(SIMULATION_DEAD_QUEUE, { retryLimit: 3 });
    const queue = {
      retryLimit: JOB_RETRY_LIMIT,
      retryDelay: 1,
      // A worker that dies stops its heartbeat; pg-boss then hands the job to another worker.
      heartbeatSeconds: 15,
      expireInSeconds: 3600,
      deadLetter: SIMULATION_DEAD_QUEUE,
    };
    await boss.createQueue(SIMULATION_QUEUE, queue);
    // createQueue leaves an existing queue as it was; this brings its settings up to the code's.
    await boss.updateQueue(SIMULATION_QUEUE, queue);
    this.boss = boss;
  }

  async enqueue(runId: string): Promise<void> {
    await this.started().send(SIMULATION_QUEUE, { runId } satisfies JobData, { id: runId });
  }

  /** One job per part of a distributed run, in the same queue (retries, heartbeat and dead letter alike). */
  async enqueueParts(runId: string, parts: number): Promise<void> {
    const jobs = Array.from({ length: parts }, (_, part) => ({ id: partJobId(runId, part), data: { runId, part } satisfies JobData }));
    await this.started().insert(SIMULATION_QUEUE, jobs);
  }

  /**
   * A queued job is cancelled at once; a running one stops when its worker sees the row cancelled.
   * `parts`: the queued parts of a distributed run are cancelled with it.
   */
  async cancel(runId: string, parts = 0): Promise<void> {
    await this.started().cancel(SIMULATION_QUEUE, [runId, ...Array.from({ length: parts }, (_, part) => partJobId(runId, part))]);
  }

  async work(options: WorkerOptions): Promise<void> {
    const boss = this.started();
    await boss.work<JobData>(SIMULATION_QUEUE, { localConcurrency: options.concurrency, pollingIntervalSeconds: 1 }, async ([job]) => {
      if (job) await options.onJob(job);
    });
    await boss.work<JobData>(SIMULATION_DEAD_QUEUE, { pollingIntervalSeconds: 5 }, async ([job]) => {
      if (job) await options.onDead(job.data.runId);
    });
    this.working = true;
  }

  /** Stops taking jobs and waits for the handlers (which the caller has asked to stop) to settle. */
  async stopWorking(): Promise<void> {
    if (!this.boss || !this.working) return;
    this.working = false;
    await this.boss.offWork(SIMULATION_QUEUE, { wait: true });
    await this.boss.offWork(SIMULATION_DEAD_QUEUE, { wait: true });
  }

  async stop(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    await boss?.stop({ graceful: true, timeout: 10_000 });
  }

  private started(): PgBoss {
    if (!this.boss) throw new Error('The simulation queue is not started.');
    return this.boss;
  }
}
