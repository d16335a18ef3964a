import type { EntityManager } from '@mikro-orm/postgresql';

/** A job's hold to settle: what the request that started it held, and what the job really computed. */
export type JobUsage = {
  /** The request that started the job: its usage event and reserve entry carry this id. */
  requestId: string;
  heldCredits: number;
  /** Iterations run x work per iteration (0 when the job failed on our side): metering prices it. */
  workUnits: number;
  /** Written on the ledger entries, naming the run and how it ended. */
  reason: string;
};

/**
 * What the simulation module asks of metering. The simulation module measures runs (work units)
 * and writes its own rows; metering alone turns sizes into credits and moves credits, so the price
 * of a run is written in one place. The app wires metering's implementation in.
 */
export type RunMeter = {
  /** The credits a run of this many work units costs. */
  creditsFor(workUnits: number): number;
  /** Settles a job's hold inside the caller's transaction; `no_usage_event` when the request's usage is not committed. */
  settleJob(em: EntityManager, usage: JobUsage): Promise<'settled' | 'no_usage_event'>;
  /** Of these requests, the ones whose usage event has committed (a charged synchronous run has one). */
  recordedRequests(requestIds: string[]): Promise<Set<string>>;
  /** Waits until the usage event of the request that started a job has committed. */
  usageRecorded(requestId: string, timeoutMs: number): Promise<boolean>;
};
