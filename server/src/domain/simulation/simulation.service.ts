import { randomUUID } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Config } from '../../platform/config/index.js';
import type { Database } from '../../platform/db/index.js';
import { ErrorCode, appError, notFound } from '../../platform/graphql/index.js';
import type { KeyPrincipal } from '../access/index.js';
import { ApiKey } from '../keys/index.js';
import { Customer } from '../customers/index.js';
import { ENGINE_VERSION, type ReplayedIteration, type SimulationResult } from './engine/index.js';
import { SimulationPool, SimulationTimeoutError } from './runner/index.js';
import { syncTimeLimitExceeded } from './simulation.errors.js';
import { SimulationJobRunner } from './simulation-job-runner.js';
import { SimulationJobs } from './simulation-jobs.js';
import { SYNC_TIME_LIMIT_MS } from './simulation-limits.js';
import type { RunMeter } from './run-meter.js';
import type { PreparedModel } from './simulation-model.js';
import { replayOffThread } from './simulation-replay.js';
import { type RunSamples, samplesOf } from './simulation-samples.js';
import { ACTIVE_STATUSES, SimulationMode, SimulationRun, SimulationStatus } from './simulation-run.entity.js';
import { endRun, recordedIterations } from './run-ending.js';
import { insertSyncRun } from './sync-run-row.js';
import { partCount } from './distributed-plan.js';
import { deleteEndedParts } from './part-store.js';

/** `meter` prices runs and settles their credits (metering's side; the simulation module never prices). */
export type SimulationServiceDependencies = { config: Config; orm: MikroORM; logger: Logger; meter: RunMeter };

/** Queued rows older than this with no job (the process died between commit and send) are sent again. */
const ORPHAN_AFTER_MS = 15_000;
const SWEEP_INTERVAL_MS = 30_000;

/**
 * Runs simulations: synchronous runs on this process's worker-thread pool, jobs through the
 * durable queue. The pool is created on first use (an API process that never runs a simulation
 * starts no threads) and is shared by both paths.
 */
export class SimulationService {
  private poolInstance: SimulationPool | null = null;
  readonly jobs: SimulationJobs;
  /** Public for the dead-letter path's tests (markDead), which no test can reach through pg-boss quickly. */
  readonly runner: SimulationJobRunner;
  private sweeper: NodeJS.Timeout | null = null;

  constructor(private readonly dependencies: SimulationServiceDependencies) {
    this.jobs = new SimulationJobs(dependencies.logger);
    this.runner = new SimulationJobRunner(dependencies.orm, dependencies.meter, () => this.pool(), this.jobs, dependencies.logger);
  }

  /** Jobs this process is computing now (for health checks and tests). */
  activeJobs(): number {
    return this.runner.activeRuns;
  }

  pool(): SimulationPool {
    this.poolInstance ??= new SimulationPool(this.dependencies.config.SIMULATION_WORKERS);
    return this.poolInstance;
  }

  /** Connects the queue; with `worker` this process also takes jobs. */
  async startQueue(databaseUrl: string, options: { worker: boolean }): Promise<void> {
    await this.jobs.start(databaseUrl, { supervise: options.worker });
    if (!options.worker) return;
    await this.jobs.work({
      concurrency: 2,
      onJob: (job) => this.runner.execute(job),
      onDead: (runId) => this.runner.markDead(runId),
    });
    await this.requeueOrphans();
    this.sweeper = setInterval(() => void this.requeueOrphans(), SWEEP_INTERVAL_MS);
    this.sweeper.unref();
  }

  /** Interrupted jobs go back to the queue (another worker recomputes them bit for bit). */
  async stop(): Promise<void> {
    if (this.sweeper) clearInterval(this.sweeper);
    this.runner.interruptAll();
    await this.jobs.stopWorking();
    await this.jobs.stop();
    await this.poolInstance?.close();
    this.poolInstance = null;
  }

  /**
   * runSimulation: on the pool, capped in time. The run row is not written here: `store` builds its
   * insert, naming its request, which the usage writer runs in the statement that charges the request
   * (metering's storeWithCharge), so a run is stored if and only if its charge commits. `engineMs` is the time
   * on the pool, queueing included, to the fraction of a millisecond.
   */
  async runSync(
    caller: KeyPrincipal,
    prepared: PreparedModel,
    requestId: string,
  ): Promise<{
    runId: string;
    result: SimulationResult;
    engineMs: number;
    store: (db: Kysely<Database>) => ReturnType<typeof insertSyncRun>;
  }> {
    const startedAt = new Date();
    const engineStarted = performance.now();
    let result: SimulationResult;
    try {
      result = await this.pool().run(prepared.model, { timeLimitMs: SYNC_TIME_LIMIT_MS });
    } catch (error) {
      if (error instanceof SimulationTimeoutError) throw syncTimeLimitExceeded(error);
      throw error;
    }
    const engineMs = performance.now() - engineStarted;
    const finishedAt = new Date();
    // The result as stored (JSON has no NaN or Infinity) is the result answered, now and when read back.
    const resultJson = JSON.stringify(result);
    const row = {
      id: randomUUID(),
      caller,
      prepared,
      requestId,
      resultJson,
      iterationsRun: result.iterationsRun,
      credits: this.dependencies.meter.creditsFor(result.iterationsRun * prepared.workPerIteration),
      startedAt,
      finishedAt,
    };
    const store = (db: Kysely<Database>) => insertSyncRun(db, row);
    return { runId: row.id, result: JSON.parse(resultJson) as SimulationResult, engineMs, store };
  }

  /**
   * startSimulation: the row and the plan's concurrency check in one transaction, then the job.
   * The row names the request whose reservation holds the job's credits until it ends.
   */
  async start(em: EntityManager, caller: KeyPrincipal, prepared: PreparedModel, requestId: string): Promise<SimulationRun> {
    const limit = caller.access.limits.maxConcurrentJobs;
    const run = await em.transactional(async (tem) => {
      // Serialises starts of one customer, so two concurrent calls cannot both take the last slot.
      await tem.execute('select pg_advisory_xact_lock(hashtext(?))', [`simulation:${caller.customerId}`]);
      const active = await tem.count(SimulationRun, { customer: caller.customerId, status: { $in: [...ACTIVE_STATUSES] } });
      if (active >= limit) {
        throw appError(
          ErrorCode.QUOTA_EXCEEDED,
          `Your plan runs at most ${limit} simulation job${limit === 1 ? '' : 's'} at a time and ${active} ${active === 1 ? 'is' : 'are'} queued or running. Wait for one to finish, cancel one with cancelSimulation, or upgrade your plan.`,
          { limit },
        );
      }
      const credits = this.dependencies.meter.creditsFor(prepared.workUnits);
      return tem.create(SimulationRun, {
        ...this.jobRow(tem, caller, prepared),
        credits,
        requestId,
        heldCredits: credits,
      });
    });
    try {
      await this.jobs.enqueue(run.id);
    } catch (error) {
      // The row is durable; a worker's sweep sends its job again.
      this.dependencies.logger.error(
        { runId: run.id, err: error instanceof Error ? error.message : String(error) },
        'could not enqueue a simulation job',
      );
    }
    return run;
  }

  async get(em: EntityManager, customerId: string, id: string): Promise<SimulationRun> {
    const run = UUID.test(id) ? await em.findOne(SimulationRun, { id, customer: customerId }) : null;
    if (!run) throw notFound('Simulation');
    return run;
  }

  /** Rows come without their result (it can be large); `result` is undefined on them. */
  async list(
    em: EntityManager,
    customerId: string,
    page: number,
    perPage: number,
    status: SimulationStatus | null,
  ): Promise<[Omit<SimulationRun, 'result'>[], number]> {
    const where = status ? { customer: customerId, status } : { customer: customerId };
    return em.findAndCount(SimulationRun, where, {
      exclude: ['result'],
      orderBy: { createdAt: 'desc', id: 'asc' },
      limit: perPage,
      offset: (page - 1) * perPage,
    });
  }

  async loadResult(em: EntityManager, runId: string): Promise<SimulationResult | null> {
    const row = await em.fork().findOne(SimulationRun, runId, { fields: ['result'] });
    return row?.result ?? null;
  }

  /** A queued job is cancelled at once; a running one stops at its worker's next progress write. */
  async cancel(em: EntityManager, customerId: string, id: string): Promise<SimulationRun> {
    const run = await this.get(em, customerId, id);
    if (run.status === SimulationStatus.CANCELLED) return run;
    if (run.status === SimulationStatus.SUCCEEDED || run.status === SimulationStatus.FAILED) {
      throw appError(ErrorCode.CONFLICT, `This simulation has already ${run.status}; there is nothing to cancel.`);
    }
    // A cancelled job pays for the iterations its row recorded as done; chunks that finish after
    // the cancel, before the worker notices, are ours. A queued job ran nothing and pays nothing.
    const outcome = await endRun(this.dependencies.orm, this.dependencies.meter, run.id, {
      status: SimulationStatus.CANCELLED,
      iterationsPaid: recordedIterations,
      fields: {},
      requireUsageEvent: true,
    });
    if (outcome === 'not_recorded') {
      throw appError(ErrorCode.CONFLICT, 'This simulation is still being accepted. Retry the cancel in a moment.');
    }
    if (outcome === 'ended') {
      this.runner.abortLocal(run.id);
      await this.jobs.cancel(run.id, partCount(run.iterations)).catch(() => undefined);
    }
    await em.refresh(run);
    return run;
  }

  /** One iteration of a stored run, recomputed as the run computed it (its whole chunk, on a worker thread). */
  async replay(em: EntityManager, customerId: string, id: string, iteration: number): Promise<ReplayedIteration> {
    const run = await this.get(em, customerId, id);
    const limit = run.iterationsRun ?? run.iterations;
    if (!Number.isInteger(iteration) || iteration < 0 || iteration >= limit) {
      throw appError(ErrorCode.BAD_USER_INPUT, `iteration: must be a whole number from 0 to ${limit - 1}.`, { field: 'iteration' });
    }
    return replayOffThread(run.input, run.seed, iteration);
  }

  /** A succeeded run with its first iterations (inputs and outputs) recomputed on a worker thread, for exports. */
  async samples(em: EntityManager, customerId: string, id: string, limit: number): Promise<RunSamples> {
    const run = await this.get(em, customerId, id);
    if (run.status !== SimulationStatus.SUCCEEDED || run.result === null) {
      throw appError(
        ErrorCode.CONFLICT,
        `This simulation is ${run.status}; only a succeeded simulation can be exported. Poll simulation(id) until it has succeeded.`,
      );
    }
    return samplesOf(run, limit);
  }

  /** Sends the job of every queued row that has none; the job id is the run id, so a second send is a no-op. */
  private async requeueOrphans(): Promise<void> {
    try {
      const rows = await this.dependencies.orm.em
        .fork()
        .find(
          SimulationRun,
          { status: SimulationStatus.QUEUED, createdAt: { $lt: new Date(Date.now() - ORPHAN_AFTER_MS) } },
          { fields: ['id'], limit: 500 },
        );
      for (const row of rows) await this.jobs.enqueue(row.id);
      // Parts of runs that were cancelled or failed before a part noticed are not needed any more.
      await deleteEndedParts(this.dependencies.orm);
    } catch (error) {
      this.dependencies.logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'simulation sweep failed');
    }
  }

  /** The columns a queued job's row starts with (a synchronous run's row is sync-run-row.ts's). */
  private jobRow(em: EntityManager, caller: KeyPrincipal, prepared: PreparedModel) {
    return {
      customer: em.getReference(Customer, caller.customerId),
      apiKey: em.getReference(ApiKey, caller.keyId),
      mode: SimulationMode.ASYNC,
      input: prepared.spec,
      seed: prepared.seed,
      reproducibilityKey: prepared.reproducibilityKey,
      engineVersion: ENGINE_VERSION,
      iterations: prepared.model.iterations,
      credits: this.dependencies.meter.creditsFor(prepared.workUnits),
    };
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
