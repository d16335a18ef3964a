import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { CreditLedgerService } from '../../metering/index.js';
import type Stripe from 'stripe';
import { eventHandlers, type PrepareDeps } from './stripe-event.handlers.js';
import type { BillingEventListener } from './invoice-events.js';
import { StripeEventStatus } from './stripe-event.entity.js';
import type { StripeGateway } from './stripe-gateway.js';

export type WorkerDeps = {
  orm: MikroORM;
  gateway: () => StripeGateway;
  logger: Logger;
  openPeriod: PrepareDeps['openPeriod'];
  ledger: () => CreditLedgerService;
  /** After a commit: the customers whose access may have changed. */
  onCustomersChanged: (customerIds: string[]) => void;
  /** After a commit: the customers whose overage a handler queued for the Stripe meter. */
  onOverageQueued: (customerIds: string[]) => void;
  /** In the event's transaction: invoice changes for notifications. */
  notify: BillingEventListener;
  /** Only events of this source (StripeEvent.source) are applied here. */
  source: () => string | null;
  maxAttempts?: number;
  pollMs?: number;
};

export type Outcome = 'processed' | 'ignored' | 'retry' | 'failed' | 'skipped';

/**
 * Applies inbox events. Each event is applied in one transaction that also marks it processed,
 * under `FOR UPDATE SKIP LOCKED`, so any number of workers in any number of processes apply each
 * event once. A failed attempt is retried with backoff and, after maxAttempts, left `failed` for
 * an admin to replay. Unknown types are marked ignored.
 */
export class StripeEventWorker {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = true;

  constructor(private readonly deps: WorkerDeps) {}

  start(): void {
    this.stopped = false;
    const poll = this.deps.pollMs ?? 1_000;
    this.timer = setInterval(() => this.nudge(), poll);
    this.timer.unref();
    this.nudge();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Asks for a drain soon; calls while one runs make it go round once more. */
  nudge(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.loop().finally(() => {
      this.running = null;
    });
  }

  /** Resolves once no event is due (tests wait on this instead of sleeping). */
  async settled(): Promise<void> {
    while (this.running) await this.running;
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      try {
        await this.drain();
      } catch (error) {
        this.deps.logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'stripe event worker: drain failed');
      }
    } while (this.again && !this.stopped);
  }

  /** Processes due events until none is left; returns how many were looked at. */
  async drain(limit = 10_000): Promise<number> {
    let count = 0;
    while (count < limit && !this.stopped) {
      const due = await this.deps.orm.em
        .getConnection()
        .execute<{ id: string }[]>(
          `select id from stripe_event where status = 'pending' and next_attempt_at <= now() and source is not distinct from ? order by event_created_at, id limit 50`,
          [this.deps.source()],
        );
      if (due.length === 0) break;
      for (const { id } of due) {
        await this.process(id);
        count += 1;
      }
    }
    return count;
  }

  async process(id: string): Promise<Outcome> {
    const connection = this.deps.orm.em.getConnection();
    const rows = await connection.execute<{ payload: Stripe.Event | string; status: string; attempts: number }[]>(
      'select payload, status, attempts from stripe_event where id = ?',
      [id],
    );
    const row = rows[0];
    if (!row || row.status !== StripeEventStatus.PENDING) return 'skipped';
    const event = (typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload) as Stripe.Event;
    const handler = eventHandlers[event.type];
    if (!handler) {
      await connection.execute(
        `update stripe_event set status = 'ignored', processed_at = now(), attempts = attempts + 1 where id = ? and status = 'pending'`,
        [id],
      );
      return 'ignored';
    }
    const gateway = this.deps.gateway();
    const touched = new Set<string>();
    const overageQueued = new Set<string>();
    try {
      const prepared = handler.prepare ? await handler.prepare(event, { gateway, openPeriod: this.deps.openPeriod }) : undefined;
      const applied = await this.deps.orm.em.fork().transactional(async (em) => {
        const trx = em.getTransactionContext();
        const locked = await em
          .getConnection()
          .execute<{ id: string }[]>(
            `select id from stripe_event where id = ? and status = 'pending' for update skip locked`,
            [id],
            'all',
            trx,
          );
        if (locked.length === 0) return false;
        await handler.apply({ em, gateway, event, touched, overageQueued, prepared, ledger: this.deps.ledger(), notify: this.deps.notify });
        await em.flush();
        await em
          .getConnection()
          .execute(
            `update stripe_event set status = 'processed', processed_at = now(), attempts = attempts + 1, error = null where id = ?`,
            [id],
            'run',
            trx,
          );
        return true;
      });
      if (!applied) return 'skipped';
      if (touched.size > 0) this.deps.onCustomersChanged([...touched]);
      if (overageQueued.size > 0) this.deps.onOverageQueued([...overageQueued]);
      return 'processed';
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const attempts = row.attempts + 1;
      const failed = attempts >= (this.deps.maxAttempts ?? 8);
      const backoffMs = Math.min(1_000 * 2 ** (attempts - 1), 300_000);
      this.deps.logger.warn(
        { eventId: id, type: event.type, attempts, err: message },
        failed ? 'stripe event failed for good' : 'stripe event failed; will retry',
      );
      await connection
        .execute(
          `update stripe_event set attempts = ?, error = ?, status = ?, next_attempt_at = now() + (? * interval '1 millisecond') where id = ? and status = 'pending'`,
          [attempts, message.slice(0, 2000), failed ? StripeEventStatus.FAILED : StripeEventStatus.PENDING, backoffMs, id],
        )
        .catch(() => undefined);
      return failed ? 'failed' : 'retry';
    }
  }
}
