import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { nextAttemptAt } from '../retry-schedule.js';
import {
  type AttemptResult,
  abandonDelivery,
  type ClaimedDelivery,
  claimDeliveries,
  countStreak,
  disableEndpoint,
  dueDeliveries,
  recordAttempts,
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

/**
 * Makes attempts in batches: claims the due deliveries of a batch in one statement, posts them in
 * parallel, records every answer in one statement and updates each endpoint's failure streak once.
 */
export class WebhookDispatcher {
  constructor(private readonly options: DispatcherOptions) {}

  now(): Date {
    return this.options.now();
  }

  /** Ids of deliveries due now (oldest events first), with their attempt count for job ids. */
  due(limit: number, customerId?: string) {
    return dueDeliveries(this.options.orm, this.now(), limit, customerId);
  }

  /** Attempts every due delivery of a customer (or all) as one batch; returns how many were attempted. */
  async deliverDue(options: { customerId?: string; limit?: number } = {}): Promise<number> {
    const due = await this.due(options.limit ?? 500, options.customerId);
    return this.attemptBatch(due.map((delivery) => delivery.id));
  }

  /** One attempt of one delivery if it is due; false when it was not (already sent, not yet due, claimed). */
  async attempt(deliveryId: string): Promise<boolean> {
    return (await this.attemptBatch([deliveryId])) > 0;
  }

  /** One attempt of each delivery among `ids` that is due; returns how many were attempted. */
  async attemptBatch(ids: readonly string[]): Promise<number> {
    const { orm } = this.options;
    const claimed = await claimDeliveries(orm, ids, this.now());
    const live: ClaimedDelivery[] = [];
    for (const delivery of claimed) {
      if (delivery.endpointDisabled)
        await abandonDelivery(orm, delivery.id, this.now(), 'The endpoint is disabled; enable it and resend the delivery.');
      else live.push(delivery);
    }
    const results: AttemptResult[] = [];
    // Results are kept in the order attempts finished, which is the order the streak counts them in.
    await Promise.all(live.map(async (delivery) => results.push(await this.post(delivery))));
    await recordAttempts(orm, results);
    await this.countStreaks(results);
    return results.length;
  }

  private async post(delivery: ClaimedDelivery): Promise<AttemptResult> {
    const at = this.now();
    const outcome = await postSigned({
      url: delivery.url,
      secret: delivery.secret,
      eventId: delivery.eventId,
      body: envelopeBody({ ...delivery, id: delivery.eventId, createdAt: delivery.eventCreatedAt, type: delivery.eventType }),
      signedAt: at,
      timeoutMs: this.options.timeoutMs,
    });
    const next = outcome.ok ? null : nextAttemptAt(delivery.eventCreatedAt, at, delivery.attempts + 1);
    return { delivery, outcome, at, nextAttemptAt: next };
  }

  /** One streak update per endpoint of the batch; disables an endpoint whose delivery failed for good after 16 failures in a row. */
  private async countStreaks(results: readonly AttemptResult[]): Promise<void> {
    const perEndpoint = new Map<string, AttemptResult[]>();
    for (const result of results)
      perEndpoint.set(result.delivery.endpointId, [...(perEndpoint.get(result.delivery.endpointId) ?? []), result]);
    for (const [endpointId, attempts] of perEndpoint) {
      const lastSuccess = attempts.findLastIndex((result) => result.outcome.ok);
      const failures = attempts.slice(lastSuccess + 1).length;
      const at = attempts[attempts.length - 1]?.at ?? this.now();
      const streak = await countStreak(this.options.orm, endpointId, { reset: lastSuccess >= 0, failures }, at);
      const endedFailing = attempts.find((result) => !result.outcome.ok && !result.nextAttemptAt);
      if (endedFailing && streak >= DISABLE_AFTER_FAILED_ATTEMPTS) await this.disable(endedFailing.delivery, at);
    }
  }

  private async disable(delivery: ClaimedDelivery, at: Date): Promise<void> {
    if (!(await disableEndpoint(this.options.orm, delivery.endpointId, at))) return;
    this.options.logger.warn({ endpointId: delivery.endpointId }, 'webhook endpoint disabled after failing for 3 days');
    await this.options.onDisabled(delivery.endpointId, delivery.customerId, delivery.url);
  }
}
