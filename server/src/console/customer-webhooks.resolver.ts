import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { ForAdmin, type Context } from '../api/index.js';
import { webhookEndpointView } from '../notifications/index.js';
import { ErrorCode, appError } from '../platform/graphql/index.js';
import { AdminRole } from '../platform/staff/index.js';
import { CustomerWebhookEndpointType } from './customer-webhooks.type.js';

/** Endpoints are integration settings like keys: the staff who read keys read them; finance does not. */
const READERS = [AdminRole.SUPER_ADMIN, AdminRole.ADMIN, AdminRole.SUPPORT] as const;

@Resolver()
export class AdminCustomerWebhooksResolver {
  @Query(() => [CustomerWebhookEndpointType], {
    description: "A customer's webhook endpoints, oldest first, each with its newest deliveries; read-only (the customer manages them).",
  })
  @ForAdmin(...READERS)
  async customerWebhooks(
    @Arg('customerId', () => ID) customerId: string,
    @Arg('deliveries', () => Int, { defaultValue: 10, description: 'Deliveries per endpoint, 1 to 100.' }) deliveries: number,
    @Ctx() { em, services }: Context,
  ): Promise<CustomerWebhookEndpointType[]> {
    if (deliveries < 1 || deliveries > 100) {
      throw appError(ErrorCode.BAD_USER_INPUT, 'deliveries must be between 1 and 100.', { field: 'deliveries' });
    }
    const customer = await services.customerAdmin.get(em, customerId);
    const endpoints = await services.webhookEndpoints.list(em, customer.id);
    // One endpoint after another: the request's entity manager runs one statement at a time.
    const answer: CustomerWebhookEndpointType[] = [];
    for (const endpoint of endpoints) {
      const recentDeliveries = await services.notifications.deliveries.list(
        em,
        customer.id,
        endpoint.id,
        {},
        { page: 1, perPage: deliveries },
      );
      answer.push({ endpoint: webhookEndpointView(endpoint), recentDeliveries });
    }
    return answer;
  }
}
