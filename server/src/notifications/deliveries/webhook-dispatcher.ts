import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { nextAttemptAt } from '../retry-schedule.js';
import {
  abandonDelivery,
  type ClaimedDelivery,
  claimDelivery,
  countStreak,
  disableEndpoint,
  dueDeliveries,
  recordAttempt,
} from './delivery-store.js';
import { envelopeBody } from './event-envelope.js';
import { postSigned } from './signed-post.js';

/**
 * Consecutive failed attempts (no success in between) that, once a delivery has used up its 3-day
 * window, disable the endpoint: 16 is the whole schedule of one delivery, so an endpoint is disabled
 * only after it failed everything for 3 days, never for a short outage.
 */
export const DISABLE_AFTER_FAILED_ATTEMPTS = 16;

export type DispatcherOptions = {
  orm: MikroORM;
  logger: Logger;
  /** The clock of every decision (due, next attempt, signature time); tests pass a clock they move. */
  now: () => Date;
  timeoutMs?: number;
  /** Told once when an endpoint is disabled for failing, to mail the owner. */
  onDisabled: (endpointId: string, customerId: string, url: string) => Promise<void>;
};

/** Makes attempts: claims a due delivery, posts it, records the answer and schedules the next try. */
export class WebhookDispatcher {
  constructor(private readonly options: DispatcherOptions) {}

  now(): Date {
    return this.options.now();
  }

  /** Ids of deliveries due now (oldest events first), with their attempt count for job ids. */
  due(limit: number, customerId?: string) {
    return dueDeliveries(this.options.orm, this.now(), limit, customerId);
  }

  /** Attempts every due delivery of a customer (or all), one after another; returns how many were attempted. */
  async deliverDue(options: { customerId?: string; limit?: number } = {}): Promise<number> {
    const due = await this.due(options.limit ?? 500, options.customerId);
    let attempted = 0;
    for (const delivery of due) if (await this.attempt(delivery.id)) attempted += 1;
    return attempted;
  }

  /** One attempt of one delivery if it is due; false when it was not (already sent, not yet due, claimed). */
  async attempt(deliveryId: string): Promise<boolean> {
    const { orm } = this.options;
    const claimed = await claimDelivery(orm, deliveryId, this.now());
    if (!claimed) return false;
    if (claimed.endpointDisabled) {
      await abandonDelivery(orm, claimed.id, this.now(), 'The endpoint is disabled; enable it and resend the delivery.');
      return false;
    }
    const at = this.now();
    const outcome = await postSigned({
      url: claimed.url,
      secret: claimed.secret,
      eventId: claimed.eventId,
      body: envelopeBody({ ...claimed, id: claimed.eventId, createdAt: claimed.eventCreatedAt, type: claimed.eventType }),
      signedAt: at,
      timeoutMs: this.options.timeoutMs,
    });
    const next = outcome.ok ? null : nextAttemptAt(claimed.eventCreatedAt, at, claimed.attempts + 1);
    await recordAttempt(orm, claimed, outcome, at, next);
    const streak = await countStreak(orm, claimed.endpointId, outcome.ok, at);
    if (!outcome.ok && !next && streak >= DISABLE_AFTER_FAILED_ATTEMPTS) await this.disable(claimed, at);
    return true;
  }

  private async disable(delivery: ClaimedDelivery, at: Date): Promise<void> {
    if (!(await disableEndpoint(this.options.orm, delivery.endpointId, at))) return;
    this.options.logger.warn({ endpointId: delivery.endpointId }, 'webhook endpoint disabled after failing for 3 days');
    await this.options.onDisabled(delivery.endpointId, delivery.customerId, delivery.url);
  }
}
