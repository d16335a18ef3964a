import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { WebhookEndpoint } from './webhook-endpoint.entity.js';

@ObjectType('WebhookEndpoint', { description: 'A URL of yours that receives signed events (Carlo-Signature header).' })
export class WebhookEndpointType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  url!: string;

  @Field(() => String)
  description!: string;

  @Field(() => [String], { description: 'The event types delivered to this endpoint, for example invoice.paid.' })
  eventTypes!: string[];

  @Field(() => Boolean, { description: 'False after you disable it, or after a long streak of failed deliveries.' })
  enabled!: boolean;

  @Field(() => Int, { description: 'Failed deliveries in a row; a success resets it.' })
  failureStreak!: number;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType('WebhookEndpointWithSecret', { description: 'An endpoint with its signing secret, which is shown only this once.' })
export class WebhookEndpointWithSecretType {
  @Field(() => WebhookEndpointType)
  endpoint!: WebhookEndpointType;

  @Field(() => String, { description: 'Verify each delivery with it; store it now, it is not shown again.' })
  signingSecret!: string;
}

export function webhookEndpointView(endpoint: WebhookEndpoint): WebhookEndpointType {
  return {
    id: endpoint.id,
    url: endpoint.url,
    description: endpoint.description,
    eventTypes: [...endpoint.eventTypes],
    enabled: endpoint.disabledAt === null,
    failureStreak: endpoint.failureStreak,
    createdAt: endpoint.createdAt,
  };
}
