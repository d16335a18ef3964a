import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Paginated } from '../../platform/graphql/index.js';

@ObjectType('WebhookDelivery', { description: 'One event sent (or to be sent) to one endpoint, with the result of its last attempt.' })
export class WebhookDeliveryType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The event id (evt_…), the same in every attempt and resend: the Carlo-Event-Id header.' })
  eventId!: string;

  @Field(() => String)
  eventType!: string;

  @Field(() => ID)
  endpointId!: string;

  @Field(() => String, { description: 'pending (waiting for its next attempt), sending, succeeded or failed (given up).' })
  status!: string;

  @Field(() => Int)
  attempts!: number;

  @Field(() => Date, { nullable: true })
  nextAttemptAt!: Date | null;

  @Field(() => Date, { nullable: true })
  lastAttemptAt!: Date | null;

  @Field(() => Int, { nullable: true, description: "The HTTP status of the endpoint's last answer; null when it did not answer." })
  lastStatusCode!: number | null;

  @Field(() => Int, { nullable: true })
  lastLatencyMs!: number | null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed without an answer (timeout, refused connection).' })
  lastError!: string | null;

  @Field(() => String, { nullable: true, description: 'The first 1 KB of the last answer.' })
  responseExcerpt!: string | null;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType('WebhookDeliveryPage')
export class WebhookDeliveryPage extends Paginated(WebhookDeliveryType, 'WebhookDelivery') {}
