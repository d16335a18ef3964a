import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { CustomerMember, MemberRole } from '../domain/members/index.js';
import type { MailModule } from '../platform/mail/index.js';
import { PeriodicTask } from '../platform/tasks/index.js';
import { DeliveryLogService } from './deliveries/delivery-log.service.js';
import { DeliveryQueue, type WorkPlan } from './deliveries/delivery-queue.js';
import { WebhookDispatcher } from './deliveries/webhook-dispatcher.js';
import { recordEvents } from './events/event-batch-recorder.js';
import { type NotificationInput, type RecordedEvent, recordEvent } from './events/event-recorder.js';
import { mailEvent } from './mails/customer-mailer.js';

/** How often a process looks for due attempts and queues them; the delay of a new event is at most about this. */
const SWEEP_MS = 500;
/**
 * How one process makes attempts: 4 fetch loops of up to 25 jobs each, so up to 100 attempts wait
 * on receivers at once (they are remote and slow) while the database sees 4 fetches, 4 claims and
 * 4 result writes per round instead of one of each per attempt.
 */
const workPlan = (perSecond: number): WorkPlan => ({ workers: 4, batchSize: 25, perSecond });

export type NotificationsOptions = {
  orm: MikroORM;
  logger: Logger;
  mail: MailModule;
  /** The clock of events and deliveries; tests that follow the retry schedule pass one they move. */
  now?: () => Date;
  timeoutMs?: number;
  /** WEBHOOK_DELIVERIES_PER_SECOND: attempts this process starts per second at most (0: no ceiling). */
  deliveriesPerSecond: number;
  /** Where links in customer mail point: PUBLIC_URL, or the listen address once known. */
  publicUrl: string;
};

/**
 * Customer notifications: producers record events with `emit` (once per cause), a sweep queues
 * due attempts on pg-boss and workers post them, signed, to the customer's endpoints.
 */
export class NotificationsModule {
  readonly dispatcher: WebhookDispatcher;
  readonly deliveries: DeliveryLogService;
  private readonly queue: DeliveryQueue;
  private readonly sweep: PeriodicTask;
  private readonly now: () => Date;
  private publicUrl: string;

  constructor(private readonly options: NotificationsOptions) {
    this.now = options.now ?? (() => new Date());
    this.publicUrl = options.publicUrl;
    this.dispatcher = new WebhookDispatcher({
      orm: options.orm,
      logger: options.logger,
      now: this.now,
      timeoutMs: options.timeoutMs,
      onDisabled: (endpointId, customerId, url) => this.mailOwners(endpointId, customerId, url),
    });
    this.deliveries = new DeliveryLogService(this.now);
    this.queue = new DeliveryQueue(options.logger);
    this.sweep = new PeriodicTask(() => this.queueDue(), SWEEP_MS, options.logger, 'webhook sweep failed');
  }

  /**
   * Records an event in the transaction of `em` (if any) and queues its customer mail there; a
   * cause recorded before records and mails nothing.
   */
  async emit(em: EntityManager, input: NotificationInput): Promise<RecordedEvent | null> {
    const recorded = await recordEvent(em, input, this.now());
    if (recorded) await mailEvent(em, this.mailDeps(), recorded.eventId, input);
    return recorded;
  }

  private mailDeps() {
    return { mail: this.options.mail, logger: this.options.logger, publicUrl: () => this.publicUrl };
  }

  /** Links in mail point here; bootstrap sets the listen address when PUBLIC_URL is unset. */
  setPublicUrl(url: string): void {
    this.publicUrl = url;
  }

  /**
   * Records many events at once (three statements, however many: a usage batch's crossings, bulk
   * producers) and queues the customer mail of each newly recorded one, as `emit` does.
   */
  async emitAll(em: EntityManager, inputs: readonly NotificationInput[]): Promise<RecordedEvent[]> {
    const recorded = await recordEvents(em, inputs, this.now());
    for (const { eventId, input } of recorded) await mailEvent(em, this.mailDeps(), eventId, input);
    return recorded.map(({ eventId, deliveryIds }) => ({ eventId, deliveryIds }));
  }

  /** Starts the queue; with `worker` this process also sweeps and makes attempts. */
  async start(databaseUrl: string, options: { worker: boolean }): Promise<void> {
    const plan = workPlan(this.options.deliveriesPerSecond);
    await this.queue.start(databaseUrl, options.worker ? plan : null);
    if (!options.worker) return;
    await this.queue.work(plan, (deliveryIds) => this.dispatcher.attemptBatch(deliveryIds));
    this.sweep.start({ now: true });
  }

  /** Queues every due attempt (up to 1,000 per turn) as a pg-boss job. */
  async queueDue(): Promise<void> {
    await this.queue.enqueue(await this.dispatcher.due(1_000));
  }

  async stop(): Promise<void> {
    await this.sweep.stop();
    await this.queue.stop();
  }

  private async mailOwners(endpointId: string, customerId: string, url: string): Promise<void> {
    const owners = await this.options.orm.em
      .fork()
      .find(CustomerMember, { customer: customerId, role: MemberRole.OWNER, disabled: false }, { fields: ['email'] });
    for (const { email } of owners) {
      await this.options.mail.send(
        {
          to: email,
          subject: 'Carlo disabled a webhook endpoint that failed for 3 days',
          text: `Every delivery to ${url} failed for 3 days, so Carlo disabled the endpoint and stopped sending to it.\n\nFix the receiver, then enable the endpoint again in the portal (Webhooks) and resend the deliveries you need from its delivery log.`,
        },
        `webhook-disabled:${endpointId}:${email}:${this.now().toISOString()}`,
      );
    }
  }
}
