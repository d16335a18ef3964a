import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ForMember, type Context } from '../api/index.js';
import { callerMember } from '../domain/access/index.js';
import { MemberRole } from '../domain/members/index.js';
import { WebhookDeliveryPage } from '../notifications/index.js';
import { PageArgs } from '../platform/graphql/index.js';

/** The same members who manage endpoints read their delivery logs and resend. */
const MANAGERS = [MemberRole.OWNER, MemberRole.DEVELOPER] as const;

@Resolver()
export class WebhookDeliveryResolver {
  @Query(() => WebhookDeliveryPage, { description: "An endpoint's deliveries, newest first, optionally of one status or event type." })
  @ForMember(...MANAGERS)
  async webhookDeliveries(
    @Arg('endpointId', () => ID) endpointId: string,
    @Arg('status', () => String, { nullable: true, description: 'pending, sending, succeeded or failed.' }) status: string | undefined,
    @Arg('eventType', () => String, { nullable: true }) eventType: string | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { em, principal, services }: Context,
  ): Promise<WebhookDeliveryPage> {
    const customerId = callerMember(principal).customerId;
    return services.notifications.deliveries.list(em, customerId, endpointId, { status, eventType }, page);
  }

  @Mutation(() => ID, { description: 'Sends a delivery again now, with the same event id and body; returns its id.' })
  @ForMember(...MANAGERS)
  async resendWebhookDelivery(@Arg('id', () => ID) id: string, @Ctx() { em, principal, services }: Context): Promise<string> {
    return services.notifications.deliveries.resend(em, callerMember(principal).customerId, id);
  }

  @Mutation(() => ID, { description: 'Sends a webhook.test event to this endpoint alone; returns the delivery id to follow in the log.' })
  @ForMember(...MANAGERS)
  async sendTestWebhook(@Arg('endpointId', () => ID) endpointId: string, @Ctx() { em, principal, services }: Context): Promise<string> {
    return services.notifications.deliveries.sendTest(em, callerMember(principal).customerId, endpointId);
  }
}
