import { createHash } from 'node:crypto';
import { type Db, PgBoss } from 'pg-boss';
import type { Logger } from 'pino';

export const MAIL_QUEUE = 'mail';
/** Mail that used up its retries; kept for an operator to read, never sent again by itself. */
export const MAIL_DEAD_QUEUE = 'mail-dead';

/** Seven tries with exponential backoff from 2 s, capped at 10 minutes: about 20 minutes in all. */
const RETRY = { retryLimit: 7, retryDelay: 2, retryBackoff: true, retryDelayMax: 600 } as const;

/** One message as queued: plain text always, HTML when the template has one. */
export type OutgoingMail = { to: string; subject: string; text: string; html?: string };

export type MailJobState = { state: string; retryCount: number };

/**
 * The durable outbox: each message is a pg-boss job in the same PostgreSQL, so a message
 * accepted here survives a crash or an SMTP outage and is retried until the server takes it.
 */
export class MailOutbox {
  private boss: PgBoss | null = null;
  private queue = MAIL_QUEUE;

  constructor(private readonly logger: Logger) {}

  /** `queue` is MAIL_QUEUE unless the mail is meant for one process's development sink. */
  async start(url: string, queue: string = MAIL_QUEUE): Promise<void> {
    this.queue = queue;
    const boss = new PgBoss({
      connectionString: url,
      max: 1,
      application_name: 'carlo-mail',
      schedule: false,
      migrate: true,
      supervise: true,
    });
    boss.on('error', (error: Error) => this.logger.error({ err: error.message }, 'mail queue error'));
    await boss.start();
    await boss.createQueue(MAIL_DEAD_QUEUE, {});
    await boss.createQueue(queue, { ...RETRY, expireInSeconds: 120, deadLetter: MAIL_DEAD_QUEUE });
    await boss.updateQueue(queue, { ...RETRY, expireInSeconds: 120 });
    this.boss = boss;
  }

  /**
   * Queues a message and returns its job id. With a key the job id is derived from it, so a
   * repeated send (a retried request) is ignored by pg-boss and returns null. With `db` the job row
   * is inserted through that connection, so it commits or rolls back with the caller's transaction.
   */
  async enqueue(mail: OutgoingMail, key?: string, db?: Db): Promise<string | null> {
    return this.started().send(this.queue, mail, { ...(key ? { id: uuidFromKey(key) } : {}), ...(db ? { db } : {}) });
  }

  /** Delivers queued mail with `deliver`; a throw fails the attempt and pg-boss retries it later. */
  async work(deliver: (mail: OutgoingMail) => Promise<void>): Promise<void> {
    await this.started().work<OutgoingMail>(this.queue, { pollingIntervalSeconds: 1 }, async ([job]) => {
      if (job) await deliver(job.data);
    });
  }

  async state(jobId: string): Promise<MailJobState | null> {
    const job = await this.started().getJobById<OutgoingMail>(this.queue, jobId);
    return job ? { state: job.state, retryCount: job.retryCount } : null;
  }

  async stop(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    await boss?.stop({ graceful: true, timeout: 5_000 });
  }

  private started(): PgBoss {
    if (!this.boss) throw new Error('The mail outbox is not started.');
    return this.boss;
  }
}

/** pg-boss job ids are UUIDs: the first 128 bits of the key's SHA-256, laid out as one. */
function uuidFromKey(key: string): string {
  const hex = createHash('sha256').update(key).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
