import type { MikroORM } from '@mikro-orm/postgresql';
import type Stripe from 'stripe';

/** An event no retry can store (an id longer than the column, a NUL in the payload): answer 400, not 503. */
export class UnstorableEvent extends Error {}

type Pending = { event: Stripe.Event; resolve: (inserted: boolean) => void; reject: (error: unknown) => void };

/**
 * Stores verified events in the inbox. Concurrent deliveries are grouped into one multi-row
 * INSERT … ON CONFLICT DO NOTHING (a group commit): each webhook still gets its answer only after
 * its row is committed, but a burst costs one round trip per group instead of one per event.
 */
export class StripeInbox {
  private queue: Pending[] = [];
  private flushing = false;

  /** See StripeEvent.source. */
  source: string | null = null;

  constructor(
    private readonly orm: MikroORM,
    private readonly maxBatch = 200,
  ) {}

  /** True when the event is new, false for a duplicate; rejects when the database did not take it. */
  store(event: Stripe.Event): Promise<boolean> {
    const problem = unstorable(event);
    if (problem) return Promise.reject(new UnstorableEvent(problem));
    return new Promise((resolve, reject) => {
      this.queue.push({ event, resolve, reject });
      if (!this.flushing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, this.maxBatch);
        try {
          const inserted = await this.insert(batch.map((item) => item.event));
          for (const item of batch) item.resolve(inserted.has(item.event.id));
        } catch (error) {
          // One bad row fails the whole INSERT: retry one by one so the others are not refused with it.
          if (batch.length === 1) for (const item of batch) item.reject(error);
          else await this.insertEach(batch);
        }
      }
    } finally {
      this.flushing = false;
    }
  }

  private async insertEach(batch: Pending[]): Promise<void> {
    for (const item of batch) {
      try {
        item.resolve((await this.insert([item.event])).has(item.event.id));
      } catch (error) {
        item.reject(error);
      }
    }
  }

  private async insert(events: Stripe.Event[]): Promise<Set<string>> {
    const unique = [...new Map(events.map((event) => [event.id, event])).values()];
    // One JSON parameter: array parameters are expanded into lists by the query builder.
    const records = unique.map((event) => ({
      id: event.id,
      type: event.type,
      object_id: objectIdOf(event),
      created: event.created,
      payload: event,
    }));
    const rows = await this.orm.em.getConnection().execute<{ id: string }[]>(
      `insert into stripe_event (id, type, source, object_id, event_created_at, payload, status, received_at, attempts, next_attempt_at)
       select u.id, u.type, ?, u.object_id, to_timestamp(u.created), u.payload, 'pending', now(), 0, now()
       from jsonb_to_recordset(?::jsonb) as u(id text, type text, object_id text, created bigint, payload jsonb)
       on conflict (id) do nothing returning id`,
      [this.source, JSON.stringify(records)],
    );
    const inserted = new Set(rows.map((row) => row.id));
    // A duplicate inside one batch: only its first copy counts as new.
    const seen = new Set<string>();
    return new Set(events.filter((event) => inserted.has(event.id) && !seen.has(event.id) && seen.add(event.id)).map((event) => event.id));
  }
}

function objectIdOf(event: Stripe.Event): string | null {
  const object = event.data.object as { id?: unknown };
  return typeof object.id === 'string' ? object.id : null;
}

/** Why the stripe_event table could never take this event, or null; limits are the entity's column lengths. */
function unstorable(event: Stripe.Event): string | null {
  if (typeof event.id !== 'string' || event.id.length === 0 || event.id.length > 255)
    return 'event id missing or longer than 255 characters';
  if (typeof event.type !== 'string' || event.type.length > 120) return 'event type missing or longer than 120 characters';
  if ((objectIdOf(event)?.length ?? 0) > 255) return 'object id longer than 255 characters';
  // PostgreSQL's jsonb has no NUL character.
  if (JSON.stringify(event).includes('\\u0000')) return 'payload holds a NUL character';
  return null;
}
