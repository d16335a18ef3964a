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
/** A job that reached success or failure, reported inside the transaction that ended it. */
export type EndedRun = {
  customerId: string;
  runId: string;
  status: 'succeeded' | 'failed';
  iterations: number;
  credits: number;
  error: string | null;
  /** When the job was submitted: the time from here to `finishedAt` is what its caller waited. */
  submittedAt: Date;
  finishedAt: Date;
};

export type RunMeter = {
  /** The credits a run of this many work units costs. */
  creditsFor(workUnits: number): number;
  /** Settles a job's hold inside the caller's transaction; `no_usage_event` when the request's usage is not committed. */
  settleJob(em: EntityManager, usage: JobUsage): Promise<'settled' | 'no_usage_event'>;
  /** Waits until the usage event of the request that started a job has committed. */
  usageRecorded(requestId: string, timeoutMs: number): Promise<boolean>;
  /**
   * Told once per job that succeeds or fails, inside the ending transaction (a cancelled run is the
   * customer's own doing and is not reported). The app points it at notifications, which sit above.
   */
  runEnded?(em: EntityManager, run: EndedRun): Promise<void>;
};
