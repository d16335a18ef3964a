import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ForAdmin, type Context } from '../api/index.js';
import { ErrorCode, appError } from '../platform/graphql/index.js';
import { callerAdmin, callerKey, customerLimits } from '../domain/access/index.js';
import { AdminRole } from '../platform/staff/index.js';
import { AccountType } from './account.type.js';
import { CreditsType, creditsOf } from '../metering/index.js';

const MAX_GRANT = 100_000_000;

/** `me { credits }` for integrators, and the same view plus grants for admins. */
@Resolver(() => AccountType)
export class AccountCreditsResolver {
  @FieldResolver(() => CreditsType, {
    description: 'Credits of the current billing period: included, prepaid, reserved, used and overage.',
  })
  credits(@Root() _account: AccountType, @Ctx() { principal, services }: Context): Promise<CreditsType> {
    const caller = callerKey(principal);
    return creditsOf(services.monetization, caller.customerId, caller.access.limits);
  }
}

@Resolver()
export class AdminCreditsResolver {
  @Query(() => CreditsType, { description: "A customer's credits in the current period." })
  @ForAdmin(AdminRole.SUPER_ADMIN, AdminRole.ADMIN, AdminRole.SUPPORT, AdminRole.FINANCE)
  async customerCredits(@Arg('customerId', () => ID) customerId: string, @Ctx() { em, services }: Context): Promise<CreditsType> {
    const { limits } = await customerLimits(em, customerId);
    return creditsOf(services.monetization, customerId, limits);
  }

  @Mutation(() => CreditsType, {
    description: 'Grants prepaid credits to a customer (they carry over between periods); writes an audit row.',
  })
  @ForAdmin(AdminRole.SUPER_ADMIN, AdminRole.ADMIN)
  async grantCredits(
    @Arg('customerId', () => ID) customerId: string,
    @Arg('credits', () => Int) credits: number,
    @Arg('reason', () => String) reason: string,
    @Ctx() { em, ip, requestId, principal, services }: Context,
  ): Promise<CreditsType> {
    if (!Number.isInteger(credits) || credits < 1 || credits > MAX_GRANT)
      throw appError(ErrorCode.BAD_USER_INPUT, `Grant between 1 and ${MAX_GRANT} credits.`, { field: 'credits' });
    const trimmed = reason.trim();
    if (trimmed.length < 3 || trimmed.length > 500)
      throw appError(ErrorCode.BAD_USER_INPUT, 'Give a reason of 3 to 500 characters; it is kept in the ledger and the audit log.', {
        field: 'reason',
      });
    const { limits } = await customerLimits(em, customerId);
    await services.monetization.credits.grant(customerId, limits.includedCredits, credits, trimmed, {
      principal: callerAdmin(principal),
      ip,
      requestId,
    });
    return creditsOf(services.monetization, customerId, limits);
  }
}
