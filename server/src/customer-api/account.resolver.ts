import type { EntityManager } from '@mikro-orm/postgresql';
import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { ForKey, type Context } from '../api/index.js';
import { FieldUse, accessAdvice, callerKey } from '../domain/access/index.js';
import { Plan, PlanType } from '../domain/plans/index.js';
import { Customer, CustomerStatus } from '../domain/customers/index.js';
import { AccountType } from './account.type.js';

/**
 * `me` answers from the verified key (cached with its access subject), so `{ me { id } }` costs no
 * database round trip; the customer's row and the plan are loaded only by the fields that need
 * them, once per request (the request's EntityManager finds them in its identity map after that).
 */
@Resolver(() => AccountType)
export class AccountResolver {
  @Query(() => AccountType, { description: 'The account behind the calling API key, its plan and what it may do now.' })
  @ForKey(FieldUse.BILLING)
  me(@Ctx() { principal }: Context): AccountType {
    const caller = callerKey(principal);
    const { level, reason } = caller.access;
    return { id: caller.customerId, planCode: caller.planCode, access: { level, reason, advice: accessAdvice(level, reason) } };
  }

  @FieldResolver(() => String)
  async company(@Root() account: AccountType, @Ctx() { em }: Context): Promise<string> {
    return (await customerOf(em, account)).company;
  }

  @FieldResolver(() => String)
  async email(@Root() account: AccountType, @Ctx() { em }: Context): Promise<string> {
    return (await customerOf(em, account)).email;
  }

  @FieldResolver(() => CustomerStatus)
  async status(@Root() account: AccountType, @Ctx() { em }: Context): Promise<CustomerStatus> {
    return (await customerOf(em, account)).status;
  }

  @FieldResolver(() => PlanType)
  plan(@Root() account: AccountType, @Ctx() { em }: Context): Promise<Plan> {
    return em.findOneOrFail(Plan, { code: account.planCode });
  }
}

/** One load per request however many of its fields are asked: they resolve concurrently. */
const customers = new WeakMap<AccountType, Promise<Customer>>();

function customerOf(em: EntityManager, account: AccountType): Promise<Customer> {
  const loading = customers.get(account) ?? em.findOneOrFail(Customer, account.id);
  customers.set(account, loading);
  return loading;
}
