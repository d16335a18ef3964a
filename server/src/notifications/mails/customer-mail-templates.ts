import type { NotificationInput } from '../events/event-recorder.js';
import type { MailCategory } from './mail-category.js';

/** A job shorter than this is not worth a mail: its caller is still waiting for the answer. */
export const LONG_JOB_MS = 60_000;

export type CustomerMail = { category: MailCategory; subject: string; lines: string[]; link: { label: string; path: string } };

/**
 * The customer mail for an event, or null when its type sends none (invoice.created and
 * invoice.paid, subscription.updated, key.revoked, failed or short jobs). Pure: the numbers come
 * from the event's own payload, which never holds a secret.
 */
export function customerMailFor(event: Pick<NotificationInput, 'type' | 'data'>): CustomerMail | null {
  const data = event.data;
  switch (event.type) {
    case 'credits.threshold_reached':
      if (data.trigger === 'balance_below') {
        return {
          category: 'credits',
          subject: `Your Carlo credits are down to ${num(data.balanceCredits).toLocaleString('en-US')}`,
          lines: [
            `Your account has ${num(data.balanceCredits).toLocaleString('en-US')} credits left this period, at or below the warning line of ${num(data.thresholdCredits).toLocaleString('en-US')} credits you set.`,
            'Buy a credit pack or change plan before they run out.',
          ],
          link: { label: 'Buy credits or change plan', path: '/portal/billing' },
        };
      }
      return {
        category: 'credits',
        subject: `You have used ${num(data.thresholdPercent)} % of your Carlo credits`,
        lines: [
          `Your account has used ${num(data.usedCredits).toLocaleString('en-US')} of the ${num(data.includedCredits).toLocaleString('en-US')} credits included in this period.`,
          'Usage beyond the included credits is billed as overage, or refused if your plan has no overage.',
        ],
        link: { label: 'See usage and change plan', path: '/portal/billing' },
      };
    case 'credits.exhausted':
      return {
        category: 'credits',
        subject: 'Your Carlo credits for this period are used up',
        lines: [`All credits included in the period that started ${day(data.periodStart)} are used.`],
        link: { label: 'Change plan', path: '/portal/billing' },
      };
    case 'invoice.payment_failed': {
      const retry =
        typeof data.nextPaymentAttempt === 'string'
          ? `We will try again on ${day(data.nextPaymentAttempt)}.`
          : 'No further attempt is scheduled.';
      return {
        category: 'payments',
        subject: `Payment of ${money(data.amountDueCents, data.currency)} for Carlo failed`,
        lines: [
          `We could not charge ${money(data.amountDueCents, data.currency)} for invoice ${String(data.invoiceId)} (attempt ${num(data.attemptCount)}).`,
          retry,
          'Update your card before then to keep your keys working.',
        ],
        link: { label: 'Update your card', path: '/portal/billing' },
      };
    }
    case 'subscription.payment_reminder':
      return dunningMail(data);
    case 'key.expiring':
      return {
        category: 'keys',
        subject: `Your Carlo API key "${String(data.name)}" expires in ${num(data.daysLeft)} days`,
        lines: [`The key "${String(data.name)}" stops working on ${day(data.expiresAt)}.`, 'Rotate it before then and deploy the new key.'],
        link: { label: 'Rotate the key', path: '/portal/keys' },
      };
    case 'simulation.completed':
      if (num(data.durationMs) < LONG_JOB_MS) return null;
      return {
        category: 'jobs',
        subject: `Your Carlo simulation job ${String(data.jobId)} is done`,
        lines: [
          `The job ran ${num(data.iterations).toLocaleString('en-US')} iterations in ${Math.round(num(data.durationMs) / 1000)} s and used ${num(data.credits).toLocaleString('en-US')} credits.`,
          'Read its result with the simulationJob query.',
        ],
        link: { label: 'Open the portal', path: '/portal' },
      };
    default:
      return null;
  }
}

const CARD_LINK = { label: 'Update your card', path: '/portal/billing' };

/** One mail per dunning stage: what is owed, what happens to API calls, and by when. */
function dunningMail(data: Record<string, unknown>): CustomerMail {
  const owed = money(data.amountDueCents, data.currency);
  const pay = `Pay the open invoice of ${owed} by updating your card in the portal.`;
  switch (data.stage) {
    case 'degrades_soon':
      return {
        category: 'payments',
        subject: `Your Carlo keys fall back to the free plan's limits in ${num(data.daysLeft)} day${num(data.daysLeft) === 1 ? '' : 's'}`,
        lines: [
          `Your subscription payment of ${owed} is overdue. On ${day(data.at)} your API calls fall back to the free plan's limits, and calls beyond them are refused.`,
          pay,
        ],
        link: CARD_LINK,
      };
    case 'degraded':
      return {
        category: 'payments',
        subject: "Your Carlo keys are on the free plan's limits until you pay",
        lines: [
          `Your subscription payment of ${owed} is overdue, so since ${day(data.at)} your API calls have the free plan's limits.`,
          `${pay} Your plan's limits come back as soon as it is paid.`,
        ],
        link: CARD_LINK,
      };
    case 'suspends_soon':
      return {
        category: 'payments',
        subject: `Last payment attempt for Carlo on ${day(data.at)}`,
        lines: [
          `We will try to charge ${owed} for the last time on ${day(data.at)}. If it fails, we stop collecting and your keys stay on the free plan's limits until the invoice is paid.`,
          pay,
        ],
        link: CARD_LINK,
      };
    default:
      return {
        category: 'payments',
        subject: 'Your Carlo subscription is unpaid',
        lines: [
          `Every attempt to charge ${owed} has failed, so we have stopped collecting and your keys are on the free plan's limits.`,
          `${pay} Your plan comes back as soon as it is paid.`,
        ],
        link: CARD_LINK,
      };
  }
}

function num(value: unknown): number {
  return typeof value === 'number' ? value : 0;
}

function day(value: unknown): string {
  return typeof value === 'string' ? value.slice(0, 10) : 'an unknown date';
}

/** Amounts are integer cents in the payload; mails show them as money. */
export function money(cents: unknown, currency: unknown): string {
  const code = typeof currency === 'string' ? currency.toUpperCase() : 'USD';
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: code }).format(num(cents) / 100);
}
