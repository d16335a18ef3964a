import { Ctx, Field, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { ForAdmin, type Context } from '../api/index.js';
import { callerAdmin } from '../domain/access/index.js';
import { syncPlans } from '../billing/index.js';
import { AdminRole, recordAudit } from '../platform/staff/index.js';

@ObjectType('PlanSyncResult', { description: 'What plans:sync did: Stripe prices are found by lookup key and created only when missing.' })
class PlanSyncResultType {
  @Field(() => Int)
  plans!: number;

  @Field(() => [String], { description: 'Lookup keys of the prices created by this run; empty when Stripe was already in step.' })
  created!: string[];
}

/** The console's button for `npm run plans:sync`: idempotent, so pressing it twice changes nothing. */
@Resolver()
export class AdminPlanSyncResolver {
  @Mutation(() => PlanSyncResultType, {
    description: 'Creates missing Stripe products, prices and the meter for the plans (super admins); writes an audit row.',
  })
  @ForAdmin(AdminRole.SUPER_ADMIN)
  async syncPlansToStripe(@Ctx() { em, ip, requestId, principal, services }: Context): Promise<PlanSyncResultType> {
    const result = await syncPlans(em, services.billing.gateway);
    recordAudit(
      em,
      { principal: callerAdmin(principal), ip, requestId },
      { action: 'plans.sync', targetType: 'plan', targetId: null, after: { plans: result.plans, created: result.created } },
    );
    await em.flush();
    return { plans: result.plans, created: result.created };
  }
}
