import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ForAdmin } from '../api/auth-rules.js';
import type { Context } from '../api/context.js';
import { appError, ErrorCode } from '../platform/graphql/error-code.js';
import { type PageOf, pageOf } from '../platform/graphql/pagination.js';
import { callerAdmin } from '../domain/access/principal.js';
import { AdminRole } from '../platform/staff/admin-role.js';
import type { Customer } from '../domain/customers/customer.entity.js';
import { CustomerListArgs } from '../domain/customers/customer-list.args.js';
import { CustomerPage, CustomerType } from '../domain/customers/customer.type.js';

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

  @Mutation(() => CustomerType, { description: "Suspends a customer: its keys are limited to billing fields until reinstated." })
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
