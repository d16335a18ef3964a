import type { MikroORM } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import type { Logger } from 'pino';
import { runTyped, sqlBuilder } from '../../platform/db/index.js';
import type { MailModule } from '../../platform/mail/index.js';
import { PeriodicTask } from '../../platform/tasks/index.js';
import { AdminAlertKind } from './admin-alert-kind.js';
import { type AlertCause, openAdminAlert, resolveClearedAlerts } from './alert-store.js';
import { SPIKE_BASELINE_HOURS, SPIKE_FLOOR_CREDITS, isUsageSpike } from './usage-spike.js';

/** How often a worker-capable process looks for alert causes. */
const DETECT_MS = 60_000;
/** Consecutive failed delivery attempts that make an endpoint "failing" before it is disabled (16). */
export const FAILING_ENDPOINT_STREAK = 8;
/** Meter drift older than this was already seen by the detector's earlier turns. */
const DRIFT_LOOKBACK_MS = 24 * 3_600_000;
const HOUR_MS = 3_600_000;

export type AlertDetectorOptions = {
  orm: MikroORM;
  mail: MailModule;
  logger: Logger;
  /** Whether this process's Stripe circuit breaker is open; absent where the process has no Stripe gateway. */
  stripeCircuitOpen?: () => boolean;
};

/**
 * The periodic admin-alert detectors (docs/notifications.md, "Admin alerts"). Each turn checks
 * every cause; an open alert is never duplicated (the partial unique index), an acknowledged cause
 * stays quiet for a day, and the kinds whose cause can clear (payment failed, endpoint failing,
 * circuit open) resolve when it has.
 */
export class AdminAlertDetectors {
  private readonly task: PeriodicTask;
  private scope: 'all' | 'circuit' = 'all';

  constructor(private readonly options: AlertDetectorOptions) {
    this.task = new PeriodicTask(
      () => (this.scope === 'all' ? this.detectAll() : this.detectCircuit(new Date())),
      DETECT_MS,
      options.logger,
      'admin alert detection failed',
    );
  }

  /**
   * `all` in worker-capable processes; `circuit` in an API process that leaves the worker duties to
   * `npm run worker`: its own Stripe circuit breaker is the one cause no other process can see.
   */
  start(scope: 'all' | 'circuit' = 'all'): void {
    this.scope = scope;
    this.task.start({ now: true });
  }

  stop(): Promise<void> {
    return this.task.stop();
  }

  /** One turn of every detector; returns the ids of the alerts it opened. */
  async detectAll(now: Date = new Date()): Promise<string[]> {
    const opened: string[] = [];
    const open = async (causes: AlertCause[]) => opened.push(...(await this.openAll(causes)));
    await open(await this.usageSpikes(now));
    const payments = await this.failedPayments();
    await open(payments);
    await resolveClearedAlerts(
      this.options.orm,
      AdminAlertKind.PAYMENT_FAILED,
      payments.map((cause) => cause.causeId),
    );
    await open(await this.meterDrift(now));
    const endpoints = await this.failingEndpoints();
    await open(endpoints);
    await resolveClearedAlerts(
      this.options.orm,
      AdminAlertKind.WEBHOOK_ENDPOINT_FAILING,
      endpoints.map((cause) => cause.causeId),
    );
    opened.push(...(await this.detectCircuit(now)));
    return opened;
  }

  /** One turn of the Stripe circuit detector alone; returns the id of the alert it opened, if any. */
  async detectCircuit(now: Date = new Date()): Promise<string[]> {
    const circuit = this.options.stripeCircuitOpen;
    if (!circuit) return [];
    const causes = circuit() ? [stripeCircuitCause(now)] : [];
    const opened = await this.openAll(causes);
    await resolveClearedAlerts(
      this.options.orm,
      AdminAlertKind.STRIPE_CIRCUIT_OPEN,
      causes.map((cause) => cause.causeId),
    );
    return opened;
  }

  /** Opens an alert per cause (none where one is open already); returns the ids of those opened. */
  private async openAll(causes: AlertCause[]): Promise<string[]> {
    const opened: string[] = [];
    for (const cause of causes) {
      const id = await openAdminAlert(this.options.orm, this.options.mail, cause);
      if (id) opened.push(id);
    }
    return opened;
  }

  private async usageSpikes(now: Date): Promise<AlertCause[]> {
    const hourAgo = new Date(now.getTime() - HOUR_MS);
    const since = new Date(hourAgo.getTime() - SPIKE_BASELINE_HOURS * HOUR_MS);
    const lastHour = sql<string>`coalesce(sum(u.charged_credits) filter (where u.occurred_at >= ${hourAgo.toISOString()}::timestamptz), 0)`;
    const rows = await runTyped(
      this.options.orm,
      undefined,
      sqlBuilder(this.options.orm.em)
        .selectFrom('usage_event as u')
        .innerJoin('customer as c', 'c.id', 'u.customer_id')
        .select(['u.customer_id', 'c.company'])
        .select(lastHour.as('last_hour'))
        .select(
          sql<string>`coalesce(sum(u.charged_credits) filter (where u.occurred_at < ${hourAgo.toISOString()}::timestamptz), 0)`.as(
            'baseline',
          ),
        )
        .where('u.occurred_at', '>=', since.toISOString())
        .where('u.occurred_at', '<=', now.toISOString())
        .groupBy(['u.customer_id', 'c.company'])
        .having(lastHour, '>=', String(SPIKE_FLOOR_CREDITS)),
    );
    return rows
      .filter((row) => isUsageSpike(Number(row.last_hour), Number(row.baseline)))
      .map((row) => ({
        kind: AdminAlertKind.USAGE_SPIKE,
        causeId: row.customer_id,
        subject: row.company,
        details: {
          customerId: row.customer_id,
          lastHourCredits: Number(row.last_hour),
          baselineMeanHourlyCredits: Math.round(Number(row.baseline) / SPIKE_BASELINE_HOURS),
        },
      }));
  }

  /** A subscription in dunning (Stripe reported invoice.payment_failed and it is past due). */
  private async failedPayments(): Promise<AlertCause[]> {
    const rows = await runTyped(
      this.options.orm,
      undefined,
      sqlBuilder(this.options.orm.em)
        .selectFrom('subscription as s')
        .innerJoin('customer as c', 'c.id', 's.customer_id')
        .select(['s.id', 's.customer_id', 's.past_due_since', 's.status', 'c.company'])
        .where('s.past_due_since', 'is not', null),
    );
    return rows.map((row) => ({
      kind: AdminAlertKind.PAYMENT_FAILED,
      causeId: row.id,
      subject: row.company,
      details: { customerId: row.customer_id, subscriptionId: row.id, status: row.status, pastDueSince: row.past_due_since },
    }));
  }

  /** Customers whose reported hours differ from the Stripe meter in a reconciliation of the last day. */
  private async meterDrift(now: Date): Promise<AlertCause[]> {
    const rows = await runTyped(
      this.options.orm,
      undefined,
      sqlBuilder(this.options.orm.em)
        .selectFrom('meter_drift as d')
        .innerJoin('customer as c', 'c.id', 'd.customer_id')
        .select(['d.customer_id', 'c.company'])
        .select(sql<string>`count(*)`.as('hours'))
        .select(sql<string>`sum(d.stripe_credits - d.local_credits)`.as('drift'))
        .where(sql<boolean>`d.local_credits <> d.stripe_credits`)
        .where('d.checked_at', '>=', new Date(now.getTime() - DRIFT_LOOKBACK_MS).toISOString())
        .groupBy(['d.customer_id', 'c.company']),
    );
    return rows.map((row) => ({
      kind: AdminAlertKind.METER_DRIFT,
      causeId: row.customer_id,
      subject: row.company,
      details: { customerId: row.customer_id, hoursWithDrift: Number(row.hours), driftCredits: Number(row.drift) },
    }));
  }

  private async failingEndpoints(): Promise<AlertCause[]> {
    const rows = await runTyped(
      this.options.orm,
      undefined,
      sqlBuilder(this.options.orm.em)
        .selectFrom('webhook_endpoint as e')
        .innerJoin('customer as c', 'c.id', 'e.customer_id')
        .select(['e.id', 'e.customer_id', 'e.url', 'e.failure_streak', 'e.disabled_at', 'c.company'])
        .where((eb) => eb.or([eb('e.disabled_at', 'is not', null), eb('e.failure_streak', '>=', FAILING_ENDPOINT_STREAK)])),
    );
    return rows.map((row) => ({
      kind: AdminAlertKind.WEBHOOK_ENDPOINT_FAILING,
      causeId: row.id,
      subject: `${row.url} (${row.company})`,
      details: {
        customerId: row.customer_id,
        endpointId: row.id,
        url: row.url,
        failureStreak: row.failure_streak,
        disabledAt: row.disabled_at,
      },
    }));
  }
}

function stripeCircuitCause(now: Date): AlertCause {
  return {
    kind: AdminAlertKind.STRIPE_CIRCUIT_OPEN,
    causeId: 'stripe',
    subject: 'Stripe API',
    details: { observedAt: now.toISOString(), effect: 'Stripe calls fail fast until the breaker closes again' },
  };
}
