import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ForAdmin, type Context } from '../api/index.js';
import { ErrorCode, appError, pageOf, type PageOf } from '../platform/graphql/index.js';
import { callerAdmin } from '../domain/access/index.js';
import { AdminRole } from '../platform/staff/index.js';
import { CustomerListArgs, CustomerPage, CustomerType, type Customer } from '../domain/customers/index.js';

const READERS = [AdminRole.SUPER_ADMIN, AdminRole.ADMIN, AdminRole.SUPPORT, AdminRole.FINANCE];
const SUSPENDERS = [AdminRole.SUPER_ADMIN, AdminRole.ADMIN, AdminRole.SUPPORT];

@Resolver()
export class AdminCustomerResolver {
  @Query(() => CustomerPage)
  @ForAdmin(...READERS)
  async customers(@Args(() => CustomerListArgs) args: CustomerListArgs, @Ctx() { em, services }: Context): Promise<PageOf<Customer>> {
    const [items, total] = await services.customerAdmin.list(em, args);
    return pageOf(items, total, args);
  }

  @Query(() => CustomerType)
  @ForAdmin(...READERS)
  customer(@Arg('id', () => ID) id: string, @Ctx() { em, services }: Context): Promise<Customer> {
    return services.customerAdmin.get(em, id);
  }

  @Mutation(() => CustomerType, { description: 'Suspends a customer: its keys are limited to billing fields until reinstated.' })
  @ForAdmin(...SUSPENDERS)
  suspendCustomer(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() { em, ip, requestId, principal, services }: Context,
  ): Promise<Customer> {
    return services.customerAdmin.setSuspended(em, { principal: callerAdmin(principal), ip, requestId }, id, true, checkedReason(reason));
  }

  @Mutation(() => CustomerType)
  @ForAdmin(...SUSPENDERS)
  reinstateCustomer(@Arg('id', () => ID) id: string, @Ctx() { em, ip, requestId, principal, services }: Context): Promise<Customer> {
    return services.customerAdmin.setSuspended(em, { principal: callerAdmin(principal), ip, requestId }, id, false, null);
  }
}

function checkedReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed.length < 3 || trimmed.length > 500) {
    throw appError(ErrorCode.BAD_USER_INPUT, 'Give a reason of 3 to 500 characters; it is kept in the audit log.', { field: 'reason' });
  }
  return trimmed;
}
