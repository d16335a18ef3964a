import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ForMember, type Context } from '../api/index.js';
import { callerMember } from '../domain/access/index.js';
import { MemberRole } from '../domain/members/index.js';
import {
  WebhookEndpointType,
  WebhookEndpointWithSecretType,
  type EndpointWithSecret,
  WEBHOOK_EVENT_TYPES,
  webhookEndpointView,
} from '../notifications/index.js';

/** Owners and developers manage endpoints: they are integration settings, like API keys. */
const MANAGERS = [MemberRole.OWNER, MemberRole.DEVELOPER] as const;

function withSecret({ endpoint, signingSecret }: EndpointWithSecret): WebhookEndpointWithSecretType {
  return { endpoint: webhookEndpointView(endpoint), signingSecret };
}

@Resolver()
export class WebhookEndpointResolver {
  @Query(() => [String], { description: 'The event types an endpoint can receive (the catalogue in docs/notifications.md).' })
  @ForMember(...MANAGERS)
  webhookEventTypes(): string[] {
    return [...WEBHOOK_EVENT_TYPES];
  }

  @Query(() => [WebhookEndpointType], { description: "Your company's webhook endpoints, oldest first." })
  @ForMember(...MANAGERS)
  async webhookEndpoints(@Ctx() { em, principal, services }: Context): Promise<WebhookEndpointType[]> {
    return (await services.webhookEndpoints.list(em, callerMember(principal).customerId)).map(webhookEndpointView);
  }

  @Mutation(() => WebhookEndpointWithSecretType, {
    description: 'Adds an https endpoint for the chosen event types; the answer holds its signing secret, shown only once.',
  })
  @ForMember(...MANAGERS)
  async createWebhookEndpoint(
    @Arg('url', () => String) url: string,
    @Arg('eventTypes', () => [String]) eventTypes: string[],
    @Arg('description', () => String, { nullable: true }) description: string | undefined,
    @Ctx() { em, principal, services }: Context,
  ): Promise<WebhookEndpointWithSecretType> {
    const customerId = callerMember(principal).customerId;
    return withSecret(await services.webhookEndpoints.create(em, customerId, { url, eventTypes, description }));
  }

  @Mutation(() => WebhookEndpointType, { description: 'Changes an endpoint; omitted arguments stay as they are.' })
  @ForMember(...MANAGERS)
  async updateWebhookEndpoint(
    @Arg('id', () => ID) id: string,
    @Arg('url', () => String, { nullable: true }) url: string | undefined,
    @Arg('eventTypes', () => [String], { nullable: true }) eventTypes: string[] | undefined,
    @Arg('description', () => String, { nullable: true }) description: string | undefined,
    @Arg('enabled', () => Boolean, { nullable: true }) enabled: boolean | undefined,
    @Ctx() { em, principal, services }: Context,
  ): Promise<WebhookEndpointType> {
    const customerId = callerMember(principal).customerId;
    const changes = {
      url: url ?? undefined,
      eventTypes: eventTypes ?? undefined,
      description: description ?? undefined,
      enabled: enabled ?? undefined,
    };
    return webhookEndpointView(await services.webhookEndpoints.update(em, customerId, id, changes));
  }

  @Mutation(() => WebhookEndpointWithSecretType, {
    description: "Replaces an endpoint's signing secret at once; the answer holds the new one, shown only once.",
  })
  @ForMember(...MANAGERS)
  async rollWebhookEndpointSecret(
    @Arg('id', () => ID) id: string,
    @Ctx() { em, principal, services }: Context,
  ): Promise<WebhookEndpointWithSecretType> {
    return withSecret(await services.webhookEndpoints.rollSecret(em, callerMember(principal).customerId, id));
  }

  @Mutation(() => Boolean, { description: 'Removes an endpoint; nothing more is delivered to it.' })
  @ForMember(...MANAGERS)
  async deleteWebhookEndpoint(@Arg('id', () => ID) id: string, @Ctx() { em, principal, services }: Context): Promise<boolean> {
    await services.webhookEndpoints.delete(em, callerMember(principal).customerId, id);
    return true;
  }
}
