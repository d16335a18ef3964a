import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { ForKey, ForMember, type Context } from '../api/index.js';
import { FieldUse, callerKey, callerMember } from '../domain/access/index.js';
import { Customer, setLowBalanceThreshold } from '../domain/customers/index.js';
import { ApiKeyScope } from '../domain/keys/index.js';
import { MemberRole } from '../domain/members/index.js';
import { AccountType } from './account.type.js';

const THRESHOLD_DESCRIPTION =
  'Credits left at or below which credits.threshold_reached (trigger balance_below) is sent: once per period, and again after a top-up. Null turns it off.';

async function setThreshold(em: EntityManager, customerId: string, credits: number | null): Promise<number | null> {
  const customer = await em.findOneOrFail(Customer, customerId);
  setLowBalanceThreshold(customer, credits);
  await em.flush();
  return customer.lowBalanceThresholdCredits;
}

/** The customer's own low-balance warning line, set with a key (billing scope) or from the portal (owner, billing). */
@Resolver(() => AccountType)
export class LowBalanceThresholdResolver {
  @FieldResolver(() => Int, { nullable: true, description: THRESHOLD_DESCRIPTION })
  async lowBalanceThresholdCredits(@Root() account: AccountType, @Ctx() { em }: Context): Promise<number | null> {
    return (await em.findOneOrFail(Customer, account.id)).lowBalanceThresholdCredits;
  }

  @Mutation(() => Int, { nullable: true, description: `Sets your account's low-balance line. ${THRESHOLD_DESCRIPTION}` })
  @ForKey(FieldUse.BILLING, ApiKeyScope.BILLING_MANAGE)
  setLowBalanceThreshold(
    @Arg('credits', () => Int, { nullable: true }) credits: number | null,
    @Ctx() { em, principal }: Context,
  ): Promise<number | null> {
    return setThreshold(em, callerKey(principal).customerId, credits);
  }

  @Mutation(() => Int, { nullable: true, description: `Sets your company's low-balance line. ${THRESHOLD_DESCRIPTION}` })
  @ForMember(MemberRole.OWNER, MemberRole.BILLING)
  portalSetLowBalanceThreshold(
    @Arg('credits', () => Int, { nullable: true }) credits: number | null,
    @Ctx() { em, principal }: Context,
  ): Promise<number | null> {
    return setThreshold(em, callerMember(principal).customerId, credits);
  }
}
