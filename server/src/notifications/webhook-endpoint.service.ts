import type { EntityManager } from '@mikro-orm/postgresql';
import { Customer } from '../domain/customers/index.js';
import { ErrorCode, appError, notFound } from '../platform/graphql/index.js';
import { type EndpointUrlRules, endpointUrlProblem } from './endpoint-url.js';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';
import { type WebhookEventType, isWebhookEventType, WEBHOOK_EVENT_TYPES } from './webhook-event-type.js';
import { newSigningSecret } from './webhook-signature.js';

/** A customer keeps at most this many endpoints, so one account cannot fan a single event out without bound. */
export const MAX_ENDPOINTS_PER_CUSTOMER = 16;

export type EndpointChanges = { url?: string; description?: string; eventTypes?: readonly string[]; enabled?: boolean };

/** An endpoint together with its secret, returned only by create and roll. */
export type EndpointWithSecret = { endpoint: WebhookEndpoint; signingSecret: string };

/** Creates, changes and removes a customer's webhook endpoints; every call is scoped to one customer. */
export class WebhookEndpointService {
  constructor(private readonly urlRules: EndpointUrlRules) {}

  list(em: EntityManager, customerId: string): Promise<WebhookEndpoint[]> {
    return em.find(WebhookEndpoint, { customer: customerId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  async create(em: EntityManager, customerId: string, changes: EndpointChanges): Promise<EndpointWithSecret> {
    const count = await em.count(WebhookEndpoint, { customer: customerId });
    if (count >= MAX_ENDPOINTS_PER_CUSTOMER) {
      throw appError(ErrorCode.CONFLICT, `An account has at most ${MAX_ENDPOINTS_PER_CUSTOMER} webhook endpoints. Delete one first.`);
    }
    const signingSecret = newSigningSecret();
    const endpoint = em.create(WebhookEndpoint, {
      customer: em.getReference(Customer, customerId),
      url: this.checkedUrl(changes.url ?? ''),
      description: checkedDescription(changes.description ?? ''),
      eventTypes: checkedEventTypes(changes.eventTypes ?? []),
      signingSecret,
    });
    await em.flush();
    return { endpoint, signingSecret };
  }

  async update(em: EntityManager, customerId: string, id: string, changes: EndpointChanges): Promise<WebhookEndpoint> {
    const endpoint = await this.owned(em, customerId, id);
    if (changes.url !== undefined) endpoint.url = this.checkedUrl(changes.url);
    if (changes.description !== undefined) endpoint.description = checkedDescription(changes.description);
    if (changes.eventTypes !== undefined) endpoint.eventTypes = checkedEventTypes(changes.eventTypes);
    if (changes.enabled === true) {
      // Enabling again starts a fresh streak, so one more failure does not disable it at once.
      endpoint.disabledAt = null;
      endpoint.failureStreak = 0;
    } else if (changes.enabled === false && !endpoint.disabledAt) {
      endpoint.disabledAt = new Date();
    }
    await em.flush();
    return endpoint;
  }

  /** A new secret replaces the old one at once; the caller shows it to the customer this one time. */
  async rollSecret(em: EntityManager, customerId: string, id: string): Promise<EndpointWithSecret> {
    const endpoint = await this.owned(em, customerId, id);
    endpoint.signingSecret = newSigningSecret();
    await em.flush();
    return { endpoint, signingSecret: endpoint.signingSecret };
  }

  async delete(em: EntityManager, customerId: string, id: string): Promise<void> {
    const endpoint = await this.owned(em, customerId, id);
    em.remove(endpoint);
    await em.flush();
  }

  private async owned(em: EntityManager, customerId: string, id: string): Promise<WebhookEndpoint> {
    const endpoint = await em.findOne(WebhookEndpoint, { id, customer: customerId });
    if (!endpoint) throw notFound('The webhook endpoint');
    return endpoint;
  }

  private checkedUrl(url: string): string {
    const problem = endpointUrlProblem(url.trim(), this.urlRules);
    if (problem) throw appError(ErrorCode.BAD_USER_INPUT, problem, { field: 'url' });
    return url.trim();
  }
}

function checkedDescription(description: string): string {
  if (description.length > 200) {
    throw appError(ErrorCode.BAD_USER_INPUT, 'description is longer than 200 characters. Shorten it.', { field: 'description' });
  }
  return description;
}

function checkedEventTypes(names: readonly string[]): WebhookEventType[] {
  const unknown = names.filter((name) => !isWebhookEventType(name));
  if (unknown.length > 0) {
    throw appError(
      ErrorCode.BAD_USER_INPUT,
      `eventTypes has unknown events (${unknown.join(', ')}). Choose from: ${WEBHOOK_EVENT_TYPES.join(', ')}.`,
      { field: 'eventTypes' },
    );
  }
  if (names.length === 0) {
    throw appError(ErrorCode.BAD_USER_INPUT, 'eventTypes is empty. Choose at least one event to receive.', { field: 'eventTypes' });
  }
  return [...new Set(names.filter(isWebhookEventType))];
}
