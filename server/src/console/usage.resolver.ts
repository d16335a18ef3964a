import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { ForAdmin, type Context } from '../api/index.js';
import { ErrorCode, appError } from '../platform/graphql/index.js';
import { CustomerUsageDayType, CustomerUsageOperationType } from './customer-fields.type.js';
import { exploreUsage } from '../metering/index.js';
import { ALL_ADMIN_ROLES } from '../platform/staff/index.js';

@ObjectType('UsageByCustomer')
class UsageByCustomerType {
  @Field(() => ID)
  customerId!: string;

  @Field(() => String)
  company!: string;

  @Field(() => Int)
  calls!: number;

  @Field(() => Int)
  chargedCredits!: number;
}

@ObjectType('AdminUsage', {
  description: 'Usage of every customer over the last days, from usage events (closed days through their daily rollups).',
})
class AdminUsageType {
  @Field(() => [CustomerUsageDayType], { description: 'Per UTC day, oldest first, days without calls included.' })
  byDay!: CustomerUsageDayType[];

  @Field(() => [CustomerUsageOperationType], { description: 'The 20 operations with the most credits.' })
  byOperation!: CustomerUsageOperationType[];

  @Field(() => [UsageByCustomerType], { description: 'The 20 customers with the most credits.' })
  topCustomers!: UsageByCustomerType[];
}

const MAX_DAYS = 90;

/** The usage explorer: daily rollups for closed days, usage events for the days after them (usage-explorer.ts). */
@Resolver()
export class AdminUsageResolver {
  @Query(() => AdminUsageType)
  @ForAdmin(...ALL_ADMIN_ROLES)
  async adminUsage(@Arg('days', () => Int, { defaultValue: 30 }) days: number, @Ctx() { em }: Context): Promise<AdminUsageType> {
    if (days < 1 || days > MAX_DAYS) throw appError(ErrorCode.BAD_USER_INPUT, `days must be between 1 and ${MAX_DAYS}.`, { field: 'days' });
    return exploreUsage(em, days);
  }
}
