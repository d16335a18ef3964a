import { createHash } from 'node:crypto';
import { PgBoss } from 'pg-boss';
import type { Logger } from 'pino';
import { DeliveryBudget } from './delivery-budget.js';

export const WEBHOOK_QUEUE = 'webhook-delivery';

type JobData = { deliveryId: string };

/**
 * How a process takes attempts: `workers` fetch loops, each taking up to `batchSize` jobs in one
 * query and attempting them together, so at most workers × batchSize attempts are in flight, and
 * at most `perSecond` attempts start each second (0: no ceiling).
 */
export type WorkPlan = { workers: number; batchSize: number; perSecond: number };

/**
 * Connections of the queue's own pool: one per fetch loop plus two for the sweep's inserts and
 * pg-boss's maintenance, so a fetch never waits behind another; a process that does not work needs the two.
 */
const poolSize = (plan: WorkPlan | null) => (plan?.workers ?? 0) + 2;

/** A job not completed this long after it started is failed by pg-boss (and retried). */
const JOB_EXPIRY_SECONDS = 60;

/**
 * The pg-boss queue of attempts: one job per attempt of a delivery, its id derived from the
 * delivery and its attempt count, so the sweeps of several processes queue each attempt once.
 * The delivery row stays the record of truth; a job only says "try this delivery now".
 */
export class DeliveryQueue {
  private boss: PgBoss | null = null;
  private working = false;
  /**
   * Jobs this process queued, with when they may be queued again: while a backlog drains the sweep
   * finds the same due deliveries every turn, and inserting them again would cost the database a
   * conflicting insert per job per turn. After a job's expiry it is queued again, in case it was lost.
   */
  private readonly queuedUntil = new Map<string, number>();

  constructor(private readonly logger: Logger) {}

  async start(url: string, plan: WorkPlan | null): Promise<void> {
    const boss = new PgBoss({
      connectionString: url,
      max: poolSize(plan),
      application_name: 'carlo-webhooks',
      supervise: true,
      schedule: false,
      migrate: true,
    });
    boss.on('error', (error: Error) => this.logger.error({ err: error.message }, 'webhook queue error'));
    await boss.start();
    // A job that fails (the database went away mid-attempt) is retried by pg-boss; an HTTP failure
    // is not a job failure: the dispatcher schedules the next attempt on the delivery row.
    const queue = { retryLimit: 3, retryDelay: 5, expireInSeconds: JOB_EXPIRY_SECONDS };
    await boss.createQueue(WEBHOOK_QUEUE, queue);
    await boss.updateQueue(WEBHOOK_QUEUE, queue);
    this.boss = boss;
  }

  async enqueue(due: readonly { id: string; attempts: number }[]): Promise<void> {
    const now = Date.now();
    for (const [id, until] of this.queuedUntil) if (until <= now) this.queuedUntil.delete(id);
    const jobs = due
      .map((delivery) => ({ id: jobId(`${delivery.id}:${delivery.attempts}`), data: { deliveryId: delivery.id } satisfies JobData }))
      .filter((job) => !this.queuedUntil.has(job.id));
    if (jobs.length === 0) return;
    await this.started().insert(WEBHOOK_QUEUE, jobs);
    for (const job of jobs) this.queuedUntil.set(job.id, now + JOB_EXPIRY_SECONDS * 1000);
  }

  /**
   * Hands batches of delivery ids to `attempt` once the budget has room for them; a full batch makes
   * the loop fetch again at once (burst), a short one waits for the next poll. The batch completes
   * (or fails, to be retried) as one.
   */
  async work(plan: WorkPlan, attempt: (deliveryIds: string[]) => Promise<unknown>): Promise<void> {
    const budget = new DeliveryBudget(plan.perSecond, plan.batchSize);
    await this.started().work<JobData>(
      WEBHOOK_QUEUE,
      { localConcurrency: plan.workers, batchSize: plan.batchSize, burstWhenBatchFull: true, pollingIntervalSeconds: 0.5 },
      async (jobs) => {
        if (jobs.length === 0) return;
        await budget.take(jobs.length);
        await attempt([...new Set(jobs.map((job) => job.data.deliveryId))]);
      },
    );
    this.working = true;
  }

  async stop(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    if (boss && this.working) await boss.offWork(WEBHOOK_QUEUE, { wait: true });
    this.working = false;
    await boss?.stop({ graceful: true, timeout: 5_000 });
  }

  private started(): PgBoss {
    if (!this.boss) throw new Error('The webhook queue is not started.');
    return this.boss;
  }
}

/** pg-boss job ids are UUIDs: the first 128 bits of the key's SHA-256, laid out as one. */
function jobId(key: string): string {
  const hex = createHash('sha256').update(key).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
