import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import Stripe from 'stripe';
import { METER_EVENT_NAME } from './credit-packs.js';
import { enqueueOverage } from './overage-enqueue.js';
import { retryDelayMs, type StripeGateway } from './stripe-gateway.js';

export type OutboxDeps = { orm: MikroORM; logger: Logger; gateway: () => StripeGateway; flushMs?: number };
export type SendReport = { sent: number; retried: number; dead: number };

type Claimed = {
  id: string;
  identifier: string;
  stripe_customer_id: string;
  event_name: string;
  event_at: Date;
  credits: number;
  attempts: number;
};

const HOUR_MS = 3_600_000;
/** How long a claimed row is left alone: a process that dies mid-send frees it after this. */
const LEASE_SECONDS = 60;

/**
 * Overage to Stripe Billing Meters (docs/architecture.md §4). `aggregate` turns pending overage usage of
 * closed hours into one outbox row per customer and hour (identifier carlo-<customer>-<yyyymmddhh>-<seq>,
 * also the idempotency key); `send` reports due rows with backoff, marks them sent on
 * acknowledgement, and moves permanent errors to the dead letter with Stripe's answer. A crash
 * between Stripe's acknowledgement and the mark resends the same identifier, which Stripe
 * refuses as a duplicate: that answer counts as the acknowledgement, so nothing is counted twice.
 */
export class MeterOutbox {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  /** Meter calls in flight at once. */
  concurrency = 8;
  /** Per attempt; a hung Stripe costs one attempt, then backoff. */
  sendTimeoutMs = 10_000;
  /** Test hook: runs between Stripe's acknowledgement and the mark (a crash point). */
  afterAcknowledged: ((identifier: string) => void) | null = null;

  constructor(private readonly deps: OutboxDeps) {}

  start(): void {
    const every = this.deps.flushMs ?? 60_000;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.aggregate()
        .then(() => this.send())
        .then(() => this.reconcileHourly())
        .catch((error: unknown) =>
          this.deps.logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'meter outbox flush failed'),
        )
        .finally(() => {
          this.running = null;
        });
    }, every);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  private lastReconcileMs = 0;

  /** At most hourly: the last two days of closed hours against the meter's summaries. */
  private async reconcileHourly(nowMs = Date.now()): Promise<void> {
    if (nowMs - this.lastReconcileMs < HOUR_MS) return;
    this.lastReconcileMs = nowMs;
    const end = new Date(Math.floor(nowMs / HOUR_MS) * HOUR_MS);
    const drift = await this.reconcile(new Date(end.getTime() - 48 * HOUR_MS), end);
    if (drift.length > 0) this.deps.logger.warn({ hours: drift.length }, 'meter drift recorded');
  }

  /**
   * Pending overage of hours before `now`'s hour becomes outbox rows, in one transaction with its
   * claim in metering; returns rows made. `customerIds` narrows it to those customers (tests
   * sharing one database use it).
   */
  async aggregate(now = new Date(), customerIds: readonly string[] | null = null): Promise<number> {
    const hourStart = new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS);
    return this.deps.orm.em.fork().transactional((em) => enqueueOverage(em, hourStart, customerIds));
  }

  /**
   * Sends due rows; a row is claimed with a lease so concurrent senders never send it at once.
   * `customerIds` narrows it to those customers (tests sharing one database use it).
   */
  async send(limit = 100, customerIds: readonly string[] | null = null): Promise<SendReport> {
    const connection = this.deps.orm.em.getConnection();
    const claimed = await connection.execute<Claimed[]>(
      `update stripe_outbox set next_attempt_at = now() + (? * interval '1 second')
       where id in (select id from stripe_outbox where sent_at is null and dead_at is null and next_attempt_at <= now()
         and (?::jsonb is null or customer_id in (select value::uuid from jsonb_array_elements_text(?::jsonb)))
         order by id limit ? for update skip locked)
       returning id, identifier, stripe_customer_id, event_name, event_at, credits, attempts`,
      [LEASE_SECONDS, scope(customerIds), scope(customerIds), limit],
    );
    const report: SendReport = { sent: 0, retried: 0, dead: 0 };
    // A few calls in flight: each row is its own customer-hour, so this stays one call per
    // customer and meter per flush window, well under Stripe's meter event rate limit.
    let next = 0;
    await Promise.all(
      Array.from({ length: Math.min(this.concurrency, claimed.length) }, async () => {
        while (next < claimed.length) {
          const row = claimed[next];
          next += 1;
          report[await this.sendOne(row)] += 1;
        }
      }),
    );
    return report;
  }

  private async sendOne(row: Claimed): Promise<keyof SendReport> {
    const connection = this.deps.orm.em.getConnection();
    try {
      await this.deps.gateway().stripe.billing.meterEvents.create(
        {
          event_name: row.event_name,
          identifier: row.identifier,
          timestamp: Math.floor(new Date(row.event_at).getTime() / 1000),
          payload: { stripe_customer_id: row.stripe_customer_id, value: String(row.credits) },
        },
        { idempotencyKey: row.identifier, maxNetworkRetries: 0, timeout: this.sendTimeoutMs },
      );
      this.afterAcknowledged?.(row.identifier);
      await connection.execute(
        'update stripe_outbox set sent_at = now(), attempts = attempts + 1, last_error = null where id = ? and sent_at is null',
        [row.id],
      );
      return 'sent';
    } catch (error) {
      const status = error instanceof Stripe.errors.StripeError ? error.statusCode : undefined;
      const message = error instanceof Error ? error.message : String(error);
      if (status === 400 && /already exists with identifier/i.test(message)) {
        // Stripe has this identifier: an earlier attempt was acknowledged and the mark was lost.
        await connection.execute(
          `update stripe_outbox set sent_at = now(), attempts = attempts + 1, last_error = 'duplicate identifier: acknowledged by an earlier attempt' where id = ? and sent_at is null`,
          [row.id],
        );
        return 'sent';
      }
      if (status !== undefined && status >= 400 && status < 500 && status !== 409 && status !== 429) {
        const code = error instanceof Stripe.errors.StripeError ? (error.code ?? error.type) : 'error';
        await connection.execute('update stripe_outbox set dead_at = now(), attempts = attempts + 1, last_error = ? where id = ?', [
          `${status} ${code}: ${message}`.slice(0, 2000),
          row.id,
        ]);
        this.deps.logger.error({ identifier: row.identifier, status, err: message }, 'meter event dead-lettered');
        return 'dead';
      }
      const waitMs = status === 429 ? retryDelayMs(error, row.attempts, 1_000) : Math.min(1_000 * 2 ** row.attempts, 600_000);
      await connection.execute(
        `update stripe_outbox set attempts = attempts + 1, last_error = ?, next_attempt_at = now() + (? * interval '1 millisecond') where id = ?`,
        [`${status ?? 'network'}: ${message}`.slice(0, 2000), Math.round(waitMs), row.id],
      );
      return 'retried';
    }
  }

  /**
   * Compares what we sent per customer and hour with the meter's hourly event summaries over
   * [from, to) and records every hour that differs in meter_drift. Returns the drifted hours.
   */
  async reconcile(from: Date, to: Date): Promise<{ customerId: string; hourStart: Date; localCredits: number; stripeCredits: number }[]> {
    const connection = this.deps.orm.em.getConnection();
    const gateway = this.deps.gateway();
    const meters = await gateway.call((stripe) => stripe.billing.meters.list({ limit: 100 }));
    const meter = meters.data.find((candidate) => candidate.event_name === METER_EVENT_NAME);
    if (!meter) return [];
    const local = await connection.execute<{ customer_id: string; stripe_customer_id: string; hour_start: Date; credits: number }[]>(
      `select customer_id, stripe_customer_id, date_trunc('hour', event_at) as hour_start, sum(credits)::int as credits from stripe_outbox
       where sent_at is not null and event_at >= ? and event_at < ? group by 1, 2, 3`,
      [from, to],
    );
    const drift: { customerId: string; hourStart: Date; localCredits: number; stripeCredits: number }[] = [];
    const byCustomer = new Map<string, { stripeId: string; hours: Map<number, number> }>();
    for (const row of local) {
      const entry = byCustomer.get(row.customer_id) ?? { stripeId: row.stripe_customer_id, hours: new Map<number, number>() };
      entry.hours.set(new Date(row.hour_start).getTime(), Number(row.credits));
      byCustomer.set(row.customer_id, entry);
    }
    const start = Math.floor(from.getTime() / HOUR_MS) * 3600;
    const end = Math.ceil(to.getTime() / HOUR_MS) * 3600;
    for (const [customerId, { stripeId, hours }] of byCustomer) {
      const summaries = await gateway.call((stripe) =>
        stripe.billing.meters.listEventSummaries(meter.id, {
          customer: stripeId,
          start_time: start,
          end_time: end,
          value_grouping_window: 'hour',
          limit: 100,
        }),
      );
      const remote = new Map(summaries.data.map((summary) => [summary.start_time * 1000, summary.aggregated_value]));
      for (const hour of new Set([...hours.keys(), ...[...remote.entries()].filter(([, value]) => value !== 0).map(([key]) => key)])) {
        const localCredits = hours.get(hour) ?? 0;
        const stripeCredits = remote.get(hour) ?? 0;
        if (localCredits !== stripeCredits) drift.push({ customerId, hourStart: new Date(hour), localCredits, stripeCredits });
      }
    }
    for (const row of drift) {
      await connection.execute(
        'insert into meter_drift (customer_id, hour_start, local_credits, stripe_credits, checked_at) values (?, ?, ?, ?, now())',
        [row.customerId, row.hourStart, row.localCredits, row.stripeCredits],
      );
    }
    return drift;
  }
}

/** A customer filter as one JSON parameter (null: every customer); the query builder would expand an array. */
function scope(customerIds: readonly string[] | null): string | null {
  return customerIds ? JSON.stringify(customerIds) : null;
}
