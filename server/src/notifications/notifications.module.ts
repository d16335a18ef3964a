import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { CustomerMember, MemberRole } from '../domain/members/index.js';
import type { MailModule } from '../platform/mail/index.js';
import { PeriodicTask } from '../platform/tasks/index.js';
import { DeliveryLogService } from './deliveries/delivery-log.service.js';
import { DeliveryQueue } from './deliveries/delivery-queue.js';
import { WebhookDispatcher } from './deliveries/webhook-dispatcher.js';
import { type NotificationInput, type RecordedEvent, recordEvent } from './events/event-recorder.js';

/** How often a process looks for due attempts and queues them; the delay of a new event is at most about this. */
const SWEEP_MS = 500;
/** Attempts one process makes at once: receivers are remote and slow, so many wait in parallel. */
const WORKER_CONCURRENCY = 32;

export type NotificationsOptions = {
  orm: MikroORM;
  logger: Logger;
  mail: MailModule;
  /** The clock of events and deliveries; tests that follow the retry schedule pass one they move. */
  now?: () => Date;
  timeoutMs?: number;
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

  constructor(private readonly options: NotificationsOptions) {
    this.now = options.now ?? (() => new Date());
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

  /** Records an event in the transaction of `em` (if any); a cause recorded before records nothing. */
  emit(em: EntityManager, input: NotificationInput): Promise<RecordedEvent | null> {
    return recordEvent(em, input, this.now());
  }

  /** Starts the queue; with `worker` this process also sweeps and makes attempts. */
  async start(databaseUrl: string, options: { worker: boolean }): Promise<void> {
    await this.queue.start(databaseUrl);
    if (!options.worker) return;
    await this.queue.work(WORKER_CONCURRENCY, (deliveryId) => this.dispatcher.attempt(deliveryId));
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
