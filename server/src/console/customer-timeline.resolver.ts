import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { ForAdmin, type Context } from '../api/index.js';
import { callerAdmin } from '../domain/access/index.js';
import { ErrorCode, appError } from '../platform/graphql/index.js';
import { ALL_ADMIN_ROLES, AdminRole } from '../platform/staff/index.js';
import { CustomerTimelineEntryType, customerTimeline } from './customer-timeline.js';

@Resolver()
export class AdminCustomerTimelineResolver {
  @Query(() => [CustomerTimelineEntryType], {
    description:
      "A customer's history in one list, newest first: sign-up, subscriptions and plan changes, invoices, payments and failed payments, credit packs, and for staff who read the audit log its keys and audited staff actions.",
  })
  @ForAdmin(...ALL_ADMIN_ROLES)
  async customerTimeline(
    @Arg('customerId', () => ID) customerId: string,
    @Arg('limit', () => Int, { defaultValue: 200 }) limit: number,
    @Ctx() { em, principal, services }: Context,
  ): Promise<CustomerTimelineEntryType[]> {
    if (limit < 1 || limit > 1000) throw appError(ErrorCode.BAD_USER_INPUT, 'limit must be between 1 and 1000.', { field: 'limit' });
    const customer = await services.customerAdmin.get(em, customerId);
    // Finance does not read keys or the audit log elsewhere, so its timeline leaves them out too.
    const staff = callerAdmin(principal).role !== AdminRole.FINANCE;
    return customerTimeline(em, customer.id, staff, limit);
  }
}
