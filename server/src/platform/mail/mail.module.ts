import type { EntityManager } from '@mikro-orm/postgresql';
import { CompiledQuery, type Kysely } from 'kysely';
import { createTransport } from 'nodemailer';
import type { Logger } from 'pino';
import type { Config } from '../config/index.js';
import { MAIL_QUEUE, MailOutbox, type OutgoingMail } from './mail-outbox.js';
import { MailSink } from './mail-sink.js';

type Transport = ReturnType<typeof createTransport>;

/**
 * Outbound mail: messages go into the durable outbox and a worker hands them to SMTP_URL. Outside
 * production without SMTP_URL, a local sink takes them instead (shown at /dev/mail).
 */
export class MailModule {
  readonly outbox: MailOutbox;
  /** The development sink, when this process runs one. */
  sink: MailSink | null = null;
  private transport: Transport | null = null;

  constructor(
    private readonly config: Config,
    private readonly logger: Logger,
  ) {
    this.outbox = new MailOutbox(logger);
  }

  async start(databaseUrl: string): Promise<void> {
    let smtpUrl = this.config.SMTP_URL;
    let queue = MAIL_QUEUE;
    if (!smtpUrl && this.config.NODE_ENV !== 'production') {
      this.sink = new MailSink();
      smtpUrl = await this.sink.listen(this.config.SMTP_SINK_PORT);
      // Mail for this process's sink has a queue of its own, so servers sharing a database (several
      // developers, or test files on one scratch database) never deliver into each other's sinks.
      queue = `${MAIL_QUEUE}-sink-${new URL(smtpUrl).port}`;
    }
    await this.outbox.start(databaseUrl, queue);
    if (!smtpUrl) {
      this.logger.warn('SMTP_URL is not set: mail is queued and kept, and sent once a process with SMTP_URL runs');
      return;
    }
    // Short timeouts: a stuck server fails the attempt and the outbox retries, instead of one job waiting minutes.
    const transport = createTransport(
      { url: smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 },
      { from: this.config.MAIL_FROM },
    );
    this.transport = transport;
    await this.outbox.work(async (mail) => {
      await transport.sendMail(mail);
    });
  }

  /** Queues a message; it is sent after this returns, with retries, even across restarts. */
  send(mail: OutgoingMail, key?: string): Promise<string | null> {
    return this.outbox.enqueue(mail, key);
  }

  /**
   * Queues a message inside the transaction of `em` (within `em.transactional`): the job row is
   * written by the same transaction as the change that causes the mail, so a rollback sends nothing
   * and a commit always sends; no crash between the commit and the queueing can lose it.
   */
  sendInTransaction(em: EntityManager, mail: OutgoingMail, key?: string): Promise<string | null> {
    const transaction = em.getTransactionContext<Pick<Kysely<unknown>, 'executeQuery'>>();
    if (!transaction) throw new Error('sendInTransaction needs an EntityManager inside em.transactional.');
    const db = {
      async executeSql(text: string, values: unknown[] = []): Promise<{ rows: unknown[] }> {
        em.config.get('onQuery')(text, values);
        return { rows: [...(await transaction.executeQuery(CompiledQuery.raw(text, values))).rows] };
      },
    };
    return this.outbox.enqueue(mail, key, db);
  }

  async stop(): Promise<void> {
    await this.outbox.stop();
    this.transport?.close();
    await this.sink?.close();
  }
}
