import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { ForAdmin, type Context } from '../api/index.js';
import { callerAdmin } from '../domain/access/index.js';
import { AdminRole } from '../platform/staff/index.js';
import { migratePlanSubscribers, planPriceVersions, previewPlanPriceMigration } from './plan-prices.js';
import { PlanPriceMigrationType, PlanPriceVersionType } from './plan-prices.type.js';

/** Every staff role reads prices; only the roles that run the business move subscribers. */
@Resolver()
export class PlanPricesResolver {
  @Query(() => [PlanPriceVersionType], { description: "A plan's price versions, newest (the one new sign-ups pay) first." })
  @ForAdmin(AdminRole.SUPER_ADMIN, AdminRole.ADMIN, AdminRole.SUPPORT, AdminRole.FINANCE)
  planPriceVersions(@Arg('planCode', () => String) planCode: string, @Ctx() { em }: Context): Promise<PlanPriceVersionType[]> {
    return planPriceVersions(em, planCode);
  }

  @Query(() => PlanPriceMigrationType, {
    description:
      'Subscribers of a plan on older prices and what they would pay from their next renewal; read from Stripe, changes nothing.',
  })
  @ForAdmin(AdminRole.SUPER_ADMIN, AdminRole.ADMIN, AdminRole.SUPPORT, AdminRole.FINANCE)
  previewPlanPriceMigration(
    @Arg('planCode', () => String) planCode: string,
    @Ctx() { em, services }: Context,
  ): Promise<PlanPriceMigrationType> {
    return previewPlanPriceMigration(em, services, planCode);
  }

  @Mutation(() => PlanPriceMigrationType, {
    description:
      "Moves a plan's subscribers on older prices to its newest version without proration: their next renewal bills the new price. Rerunning moves nobody twice. Writes an audit row.",
  })
  @ForAdmin(AdminRole.SUPER_ADMIN, AdminRole.ADMIN)
  migratePlanSubscribers(
    @Arg('planCode', () => String) planCode: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() { em, ip, requestId, principal, services }: Context,
  ): Promise<PlanPriceMigrationType> {
    return migratePlanSubscribers(em, services, { principal: callerAdmin(principal), ip, requestId }, planCode, reason);
  }
}
