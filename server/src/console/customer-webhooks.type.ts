import { Field, ObjectType } from 'type-graphql';
import { WebhookDeliveryPage, WebhookEndpointType } from '../notifications/index.js';

@ObjectType('CustomerWebhookEndpoint', {
  description: "One of a customer's webhook endpoints with its latest deliveries, for the console.",
})
export class CustomerWebhookEndpointType {
  @Field(() => WebhookEndpointType)
  endpoint!: WebhookEndpointType;

  @Field(() => WebhookDeliveryPage, { description: 'The newest deliveries to this endpoint; totalCount counts all of them.' })
  recentDeliveries!: WebhookDeliveryPage;
}
