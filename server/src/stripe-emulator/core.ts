import type { EventRecord, StripeObject } from './events/event-record.js';
import { eventMatches } from './events/signature.js';
import type { DeliveryTarget, WebhookDispatcher } from './events/webhook-dispatcher.js';
import { newId } from './state/ids.js';
import type { State } from './state/state.js';

export const API_VERSION = '2026-07-29.dahlia';

export type CoreSettings = {
  publicUrl: string;
  /** Days after the previous failed attempt at which renewal payments are retried. */
  retryScheduleDays: readonly number[];
  afterRetries: 'unpaid' | 'canceled';
  wallNowMs: () => number;
};

export type ConfigEndpoint = { url: string; secret: string; enabledEvents: string[] };

/** Shared state and services every route and billing operation works through. */
export class Core {
  /** The API request being handled, recorded on the events it causes. */
  request: { id: string | null; idempotencyKey: string | null } = { id: null, idempotencyKey: null };
  readonly configEndpoints: ConfigEndpoint[] = [];

  constructor(
    public state: State,
    readonly settings: CoreSettings,
    private readonly dispatcher: WebhookDispatcher,
    private readonly onChange: () => void,
  ) {}

  wallNow(): number {
    return Math.floor(this.settings.wallNowMs() / 1000);
  }

  /** Now for a customer: its test clock's frozen time when it has one, else the wall clock. */
  nowFor(customerId: string | null | undefined): number {
    const clockId = customerId ? this.state.customers[customerId]?.test_clock : null;
    const clock = typeof clockId === 'string' ? this.state.testClocks[clockId] : undefined;
    return clock ? clock.frozen_time : this.wallNow();
  }

  changed(): void {
    this.onChange();
  }

  emit(type: string, object: StripeObject, previous?: Record<string, unknown>): EventRecord {
    const targets = this.targetsFor(type);
    const event: EventRecord = {
      id: newId('evt'),
      object: 'event',
      api_version: API_VERSION,
      created: this.nowFor(customerOf(object)),
      data: { object: snapshot(object), ...(previous ? { previous_attributes: snapshot(previous) } : {}) },
      livemode: false,
      pending_webhooks: targets.length,
      request: { id: this.request.id, idempotency_key: this.request.idempotencyKey },
      type,
    };
    this.state.events.push(event);
    for (const target of targets) this.dispatcher.enqueue(target, event);
    this.changed();
    return event;
  }

  private targetsFor(type: string): DeliveryTarget[] {
    const fromApi = Object.values(this.state.webhookEndpoints)
      .filter(({ endpoint }) => endpoint.status === 'enabled' && eventMatches(endpoint.enabled_events, type))
      .map(({ endpoint, secret }) => ({ key: endpoint.id, url: endpoint.url, secret }));
    const fromConfig = this.configEndpoints
      .filter((e) => eventMatches(e.enabledEvents, type))
      .map((e, i) => ({ key: `config_${i}`, url: e.url, secret: e.secret }));
    return [...fromApi, ...fromConfig];
  }
}

/** A deep copy as it would travel on the wire (Decimal values become strings). */
export function snapshot<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function customerOf(object: StripeObject): string | null {
  if (object.object === 'customer' && typeof object.id === 'string') return object.id;
  const customer = 'customer' in object ? object.customer : null;
  if (typeof customer === 'string') return customer;
  if (customer && typeof customer === 'object' && 'id' in customer && typeof customer.id === 'string') return customer.id;
  return null;
}
