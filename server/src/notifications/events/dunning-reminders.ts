import { dunningDates } from '../../billing/index.js';
import { dueDunningReminders } from './dunning-reminder-stage.js';
import { NoticeScan, type NoticeScanOptions } from './notice-scan.js';

type Row = {
  subscription_id: string;
  customer_id: string;
  status: string;
  past_due_since: string;
  grace_extended_until: string | null;
  stripe_invoice_id: string | null;
  amount_due_cents: number | null;
  currency: string | null;
  failure: { attemptCount?: unknown; nextPaymentAttempt?: unknown } | null;
};

/*
 * Past-due and unpaid subscriptions with their open invoice and the newest payment failure Carlo
 * recorded for it, which holds Stripe's attempt count and next attempt, so the scan needs no Stripe call.
 */
const EPISODES = `select s.id as subscription_id, s.customer_id, s.status, s.past_due_since, s.grace_extended_until,
    i.stripe_invoice_id, i.amount_due_cents, i.currency, f.payload as failure
  from subscription s
  left join lateral (select * from invoice i where i.stripe_subscription_id = s.stripe_subscription_id and i.status = 'open'
    order by i.issued_at desc limit 1) i on true
  left join lateral (select e.payload from notification_event e where e.customer_id = s.customer_id
    and e.type = 'invoice.payment_failed' and e.payload->>'invoiceId' = i.stripe_invoice_id
    order by e.sequence desc limit 1) f on true
  where s.status in ('past_due', 'unpaid') and s.past_due_since is not null`;

/**
 * `subscription.payment_reminder` (and its mail to the owner and billing members) before a
 * past-due key is degraded and before Stripe's last retry, then when it has been degraded and
 * when the subscription is unpaid. The cause key names the episode (its past-due start), the
 * stage, its rung and the date it is about, so every scan in every process records each once, and an
 * extended grace announces the new date.
 */
export class DunningReminders extends NoticeScan {
  constructor(options: NoticeScanOptions) {
    super(options, 'dunning reminder scan failed');
  }

  /** Records the reminders now due; answers how many were new. */
  async scan(): Promise<number> {
    const now = this.now();
    const em = this.options.orm.em.fork();
    const rows = await em.getConnection().execute<Row[]>(EPISODES);
    let recorded = 0;
    for (const row of rows) {
      const pastDueSince = new Date(row.past_due_since);
      const nextAttempt = typeof row.failure?.nextPaymentAttempt === 'string' ? new Date(row.failure.nextPaymentAttempt) : null;
      const dates = dunningDates({
        pastDueSince,
        graceExtendedUntil: row.grace_extended_until === null ? null : new Date(row.grace_extended_until),
        attemptCount: typeof row.failure?.attemptCount === 'number' ? row.failure.attemptCount : 0,
        nextAttemptAt: nextAttempt,
      });
      for (const reminder of dueDunningReminders({ status: row.status, dates, now })) {
        const event = await this.options.emit(em, {
          customerId: row.customer_id,
          type: 'subscription.payment_reminder',
          causeKey: `subscription.payment_reminder:${row.subscription_id}:${pastDueSince.toISOString()}:${reminder.stage}:${reminder.daysBefore ?? 0}:${reminder.at?.toISOString() ?? 'stopped'}`,
          data: {
            subscriptionId: row.subscription_id,
            stage: reminder.stage,
            at: reminder.at?.toISOString() ?? null,
            daysLeft: reminder.daysBefore,
            invoiceId: row.stripe_invoice_id,
            amountDueCents: row.amount_due_cents ?? 0,
            currency: row.currency ?? 'usd',
          },
        });
        if (event) recorded += 1;
      }
    }
    return recorded;
  }
}
