import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../../platform/graphql/index.js';
import type { PlanLimits } from './access.js';
import { Subscription } from '../subscriptions/index.js';
import { Customer } from '../customers/index.js';
import { planLimits } from './access-subject.loader.js';
import { Plan } from '../plans/index.js';

/** A customer's limits as an API key of theirs would see them: the plan in force with the overrides on top. */
export async function customerLimits(
  em: EntityManager,
  customerId: string,
): Promise<{ customer: Customer; plan: Plan; limits: PlanLimits }> {
  const customer = await em.findOne(Customer, customerId);
  if (!customer) throw notFound('Customer');
  const subscription = await em.findOne(Subscription, { customer: customer.id }, { orderBy: { createdAt: 'desc' }, populate: ['plan'] });
  const plan = subscription?.plan.getEntity() ?? (await em.findOneOrFail(Plan, { code: 'free' }));
  return { customer, plan, limits: { ...planLimits(plan), ...customer.overrides } };
}
