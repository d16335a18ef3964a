import { Ctx, Query, Resolver } from 'type-graphql';
import { ForKey, type Context } from '../api/index.js';
import { FieldUse, accessAdvice, callerKey } from '../domain/access/index.js';
import { Plan } from '../domain/plans/index.js';
import { Customer } from '../domain/customers/index.js';
import { AccountType } from './account.type.js';

@Resolver(() => AccountType)
export class AccountResolver {
  @Query(() => AccountType, { description: 'The account behind the calling API key, its plan and what it may do now.' })
  @ForKey(FieldUse.BILLING)
  async me(@Ctx() { em, principal }: Context): Promise<AccountType> {
    const caller = callerKey(principal);
    const customer = await em.findOneOrFail(Customer, caller.customerId);
    const plan = await em.findOneOrFail(Plan, { code: caller.planCode });
    const { level, reason } = caller.access;
    return {
      id: customer.id,
      company: customer.company,
      email: customer.email,
      status: customer.status,
      plan,
      access: { level, reason, advice: accessAdvice(level, reason) },
    };
  }
}
