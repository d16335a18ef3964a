import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ForAdmin, type Context } from '../api/index.js';
import { callerAdmin } from '../domain/access/index.js';
import { AdminRole } from '../platform/staff/index.js';
import { Customer } from '../domain/customers/index.js';
import { notFound } from '../platform/graphql/index.js';
import { CreatePlanInput, CustomerOverridesInput, CustomerOverridesType, Plan, PlanType, UpdatePlanInput } from '../domain/plans/index.js';
import { createPlanFromConsole } from './plan-create.js';
import { overridesView, setCustomerOverrides, updatePlan } from './plan.service.js';

@Resolver()
export class PlanAdminResolver {
  @Query(() => [PlanType], { description: 'Every plan, inactive ones included.' })
  @ForAdmin(AdminRole.SUPER_ADMIN, AdminRole.ADMIN, AdminRole.SUPPORT, AdminRole.FINANCE)
  allPlans(@Ctx() { em }: Context): Promise<Plan[]> {
    return em.find(Plan, {}, { orderBy: { sortOrder: 'asc' } });
  }

  @Mutation(() => PlanType, { description: 'Creates a plan (super admins); writes an audit row. Plans sync then prices it in Stripe.' })
  @ForAdmin(AdminRole.SUPER_ADMIN)
  createPlan(@Arg('input', () => CreatePlanInput) input: CreatePlanInput, @Ctx() { em, ip, requestId, principal }: Context): Promise<Plan> {
    return createPlanFromConsole(em, { principal: callerAdmin(principal), ip, requestId }, input);
  }

  @Mutation(() => PlanType, { description: 'Edits a plan (super admins); writes an audit row. Codes never change.' })
  @ForAdmin(AdminRole.SUPER_ADMIN)
  updatePlan(
    @Arg('code', () => String) code: string,
    @Arg('input', () => UpdatePlanInput) input: UpdatePlanInput,
    @Ctx() { em, ip, requestId, principal, services }: Context,
  ): Promise<Plan> {
    return updatePlan(em, services, { principal: callerAdmin(principal), ip, requestId }, code, input);
  }

  @Query(() => CustomerOverridesType, { description: "A customer's limit overrides." })
  @ForAdmin(AdminRole.SUPER_ADMIN, AdminRole.ADMIN, AdminRole.SUPPORT, AdminRole.FINANCE)
  async customerOverrides(@Arg('customerId', () => ID) customerId: string, @Ctx() { em }: Context): Promise<CustomerOverridesType> {
    const customer = await em.findOne(Customer, customerId);
    if (!customer) throw notFound('Customer');
    return overridesView(customer.overrides);
  }

  @Mutation(() => CustomerOverridesType, {
    description: "Replaces a customer's limit overrides (rate, burst, included credits, overage); writes an audit row.",
  })
  @ForAdmin(AdminRole.SUPER_ADMIN, AdminRole.ADMIN)
  setCustomerOverrides(
    @Arg('customerId', () => ID) customerId: string,
    @Arg('input', () => CustomerOverridesInput) input: CustomerOverridesInput,
    @Ctx() { em, ip, requestId, principal, services }: Context,
  ): Promise<CustomerOverridesType> {
    return setCustomerOverrides(em, services, { principal: callerAdmin(principal), ip, requestId }, customerId, input);
  }
}
