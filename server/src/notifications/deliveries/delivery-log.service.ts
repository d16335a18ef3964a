import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { runInTransactionOf, sqlBuilder } from '../../platform/db/index.js';
import { ErrorCode, type PageArgs, type PageOf, appError, notFound, pageOf } from '../../platform/graphql/index.js';
import { TEST_EVENT_TYPE, recordEvent } from '../events/event-recorder.js';
import { WebhookEndpoint } from '../webhook-endpoint.entity.js';
import { DELIVERY_STATUSES } from './webhook-delivery.entity.js';
import type { WebhookDeliveryType } from './webhook-delivery.type.js';

export type DeliveryFilters = { status?: string | null; eventType?: string | null };

/** The delivery log of a customer's endpoints, a resend and a test event; every call is scoped to one customer. */
export class DeliveryLogService {
  constructor(private readonly now: () => Date) {}

  async list(em: EntityManager, customerId: string, endpointId: string, filters: DeliveryFilters, page: PageArgs) {
    await this.endpoint(em, customerId, endpointId);
    if (filters.status && !(DELIVERY_STATUSES as readonly string[]).includes(filters.status)) {
      throw appError(ErrorCode.BAD_USER_INPUT, `status must be one of ${DELIVERY_STATUSES.join(', ')}.`, { field: 'status' });
    }
    let query = sqlBuilder(em)
      .selectFrom('webhook_delivery as d')
      .innerJoin('notification_event as e', 'e.id', 'd.event_id')
      .where('d.endpoint_id', '=', endpointId)
      .where('d.customer_id', '=', customerId);
    if (filters.status) query = query.where('d.status', '=', filters.status);
    if (filters.eventType) query = query.where('e.type', '=', filters.eventType);
    const [count] = await runInTransactionOf(
      em,
      query.select((eb) => eb.fn.countAll<string>().as('total')),
    );
    const rows = await runInTransactionOf(
      em,
      query
        .selectAll('d')
        .select('e.type as event_type')
        .orderBy('d.created_at', 'desc')
        .orderBy('d.sequence', 'desc')
        .limit(page.perPage)
        .offset((page.page - 1) * page.perPage),
    );
    const items = rows.map(
      (row): WebhookDeliveryType => ({
        id: row.id,
        eventId: row.event_id,
        eventType: row.event_type,
        endpointId: row.endpoint_id,
        status: row.status,
        attempts: row.attempts,
        nextAttemptAt: dateOrNull(row.next_attempt_at),
        lastAttemptAt: dateOrNull(row.last_attempt_at),
        lastStatusCode: row.last_status_code,
        lastLatencyMs: row.last_latency_ms,
        lastError: row.last_error,
        responseExcerpt: row.response_excerpt,
        createdAt: new Date(row.created_at),
      }),
    );
    return pageOf(items, Number(count?.total ?? 0), page) satisfies PageOf<WebhookDeliveryType>;
  }

  /** Sends the same event (same id and body) once more, now; its retry window still counts from the event. */
  async resend(em: EntityManager, customerId: string, deliveryId: string): Promise<string> {
    const db = sqlBuilder(em);
    const [delivery] = await runInTransactionOf(
      em,
      db
        .selectFrom('webhook_delivery')
        .select(['endpoint_id', 'status'])
        .where('id', '=', deliveryId)
        .where('customer_id', '=', customerId),
    );
    if (!delivery) throw notFound('The webhook delivery');
    await this.enabledEndpoint(em, customerId, delivery.endpoint_id);
    if (delivery.status === 'sending') {
      throw appError(ErrorCode.CONFLICT, 'The delivery is being sent right now. Look at its status again in a minute.');
    }
    const at = this.now();
    await runInTransactionOf(
      em,
      db.updateTable('webhook_delivery').set({ status: 'pending', next_attempt_at: at, updated_at: at }).where('id', '=', deliveryId),
    );
    return deliveryId;
  }

  /** A `webhook.test` event to this endpoint alone; returns the new delivery's id. */
  async sendTest(em: EntityManager, customerId: string, endpointId: string): Promise<string> {
    await this.enabledEndpoint(em, customerId, endpointId);
    const at = this.now();
    const recorded = await recordEvent(
      em,
      {
        customerId,
        type: TEST_EVENT_TYPE,
        causeKey: `test:${randomUUID()}`,
        data: { message: 'A test event sent from Carlo. Answer with any 2xx status.' },
        onlyEndpointId: endpointId,
      },
      at,
    );
    const deliveryId = recorded?.deliveryIds[0];
    if (!deliveryId) throw notFound('The webhook endpoint');
    return deliveryId;
  }

  private async endpoint(em: EntityManager, customerId: string, id: string): Promise<WebhookEndpoint> {
    const endpoint = await em.findOne(WebhookEndpoint, { id, customer: customerId });
    if (!endpoint) throw notFound('The webhook endpoint');
    return endpoint;
  }

  private async enabledEndpoint(em: EntityManager, customerId: string, id: string): Promise<WebhookEndpoint> {
    const endpoint = await this.endpoint(em, customerId, id);
    if (endpoint.disabledAt) {
      throw appError(ErrorCode.CONFLICT, 'The webhook endpoint is disabled. Enable it with updateWebhookEndpoint(enabled: true) first.', {
        field: 'endpointId',
      });
    }
    return endpoint;
  }
}

function dateOrNull(value: string | null): Date | null {
  return value === null ? null : new Date(value);
}
