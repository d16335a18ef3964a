import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import type { Subscription } from '../billing/subscription.entity.js';
import type { Customer } from '../customers/customer.entity.js';
import { CustomerType } from '../customers/customer.type.js';
import { CustomerKeyCountsType, CustomerSubscriptionType } from './admin-customer-fields.type.js';
import { adminLoaders, type KeyCounts } from './admin-loaders.js';

/** Aggregates on the console's Customer, batched per request so a page costs the same statements at any size. */
@Resolver(() => CustomerType)
export class AdminCustomerFieldsResolver {
  @FieldResolver(() => CustomerSubscriptionType, { nullable: true, description: 'The newest subscription and its plan.' })
  async currentSubscription(@Root() customer: Customer, @Ctx() { em }: Context): Promise<CustomerSubscriptionType | null> {
    const subscription = await adminLoaders(em).currentSubscription.load(customer.id);
    return subscription ? toSubscriptionType(subscription) : null;
  }

  @FieldResolver(() => CustomerKeyCountsType, { description: 'API keys of this customer, all and active.' })
  keyCounts(@Root() customer: Customer, @Ctx() { em }: Context): Promise<KeyCounts> {
    return adminLoaders(em).keyCounts.load(customer.id);
  }
}

export function toSubscriptionType(subscription: Subscription): CustomerSubscriptionType {
  const plan = subscription.plan.getEntity();
  return {
    id: subscription.id,
    status: subscription.status,
    planCode: plan.code,
    planName: plan.name,
    priceCents: plan.priceCents,
    currentPeriodStart: subscription.currentPeriodStart,
    currentPeriodEnd: subscription.currentPeriodEnd,
    cancelAtPeriodEnd: subscription.cancelAtPeriodEnd,
    trialEnd: subscription.trialEnd,
    pastDueSince: subscription.pastDueSince,
    canceledAt: subscription.canceledAt,
  };
}
