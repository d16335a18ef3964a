import type { MikroORM } from '@mikro-orm/postgresql';
import type Stripe from 'stripe';

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
          for (const item of batch) item.reject(error);
        }
      }
    } finally {
      this.flushing = false;
    }
  }

  private async insert(events: Stripe.Event[]): Promise<Set<string>> {
    const unique = [...new Map(events.map((event) => [event.id, event])).values()];
    // One JSON parameter: array parameters are expanded into lists by the query builder.
    const records = unique.map((event) => ({ id: event.id, type: event.type, object_id: objectIdOf(event), created: event.created, payload: event }));
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
