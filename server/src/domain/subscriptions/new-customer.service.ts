import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode, appError } from '../../platform/graphql/index.js';
import { addCustomer, type Customer } from '../customers/index.js';
import { Plan } from '../plans/index.js';
import { addMonth } from './billing-period.js';
import { Subscription, SubscriptionStatus } from './subscription.entity.js';

export type NewCustomer = { company: string; email: string; planCode: string; status?: SubscriptionStatus; now?: Date };

/**
 * A customer and its first subscription. Without Stripe ids the subscription is managed by Carlo
 * (the free plan, or a plan an admin grants); Stripe-backed ones are created by the billing module.
 */
export async function createCustomer(em: EntityManager, input: NewCustomer): Promise<{ customer: Customer; subscription: Subscription }> {
  const plan = await em.findOne(Plan, { code: input.planCode, active: true });
  if (!plan)
    throw appError(ErrorCode.BAD_USER_INPUT, `Unknown plan ${input.planCode}. Query \`plans\` for the codes on sale.`, {
      field: 'planCode',
    });
  const customer = await addCustomer(em, input);
  const now = input.now ?? new Date();
  const subscription = em.create(Subscription, {
    customer,
    plan,
    status: input.status ?? SubscriptionStatus.ACTIVE,
    currentPeriodStart: now,
    currentPeriodEnd: addMonth(now),
  });
  await em.flush();
  return { customer, subscription };
}
