import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { ForMember, type Context, type Services } from '../../api/index.js';
import { AccessLevel, access, callerMember, customerLimits, planLimits, refusalMessage } from '../../domain/access/index.js';
import { ALL_MEMBER_ROLES, MemberRole } from '../../domain/members/index.js';
import { Plan } from '../../domain/plans/index.js';
import { accountSubscription } from '../../billing/index.js';
import { UsageGroupBy, UsageReportType, creditsOf, usageReport } from '../../metering/index.js';
import { PortalOverviewType } from './portal.type.js';

async function currentUsage(em: EntityManager, services: Services, customerId: string, groupBy: UsageGroupBy): Promise<UsageReportType> {
  const { limits } = await customerLimits(em, customerId);
  const { period } = await services.monetization.credits.peekPeriod(customerId, limits.includedCredits);
  return usageReport(em, customerId, period, groupBy);
}

/** The portal's read side: what the company has and has used, for the signed-in member's company only. */
@Resolver()
export class PortalOverviewResolver {
  @Query(() => PortalOverviewType, { description: "Your company's plan, period, credits, access and usage this period." })
  @ForMember(...ALL_MEMBER_ROLES)
  async portalOverview(@Ctx() { em, principal, services }: Context): Promise<PortalOverviewType> {
    const { customerId } = callerMember(principal);
    const { customer, plan, limits } = await customerLimits(em, customerId);
    const subscription = await services.billing.service.latestSubscription(em, customerId);
    const freePlan = await em.findOneOrFail(Plan, { code: 'free' });
    const { level, reason } = access({
      key: { status: 'active', expiresAt: null, graceUntil: null },
      customer: { status: customer.status },
      subscription: subscription
        ? { status: subscription.status, pastDueSince: subscription.pastDueSince, graceExtendedUntil: subscription.graceExtendedUntil }
        : null,
      plan: limits,
      freePlan: planLimits(freePlan),
      now: new Date(),
    });
    const credits = await creditsOf(services.monetization, customerId, limits);
    const nextInvoice = await services.billing.service.nextInvoice(em, customerId, credits);
    return {
      plan,
      subscription: subscription ? { ...accountSubscription(subscription), planCode: plan.code } : null,
      access: { level, reason, advice: level === AccessLevel.FULL ? null : refusalMessage(reason) },
      credits,
      usageByDay: await currentUsage(em, services, customerId, UsageGroupBy.DAY),
      usageByOperation: await currentUsage(em, services, customerId, UsageGroupBy.OPERATION),
      nextInvoice,
      lowBalanceThresholdCredits: customer.lowBalanceThresholdCredits,
    };
  }

  @Query(() => UsageReportType, { description: 'Usage of your company this period, by day, operation or key.' })
  @ForMember(MemberRole.OWNER, MemberRole.DEVELOPER)
  portalUsage(
    @Arg('groupBy', () => UsageGroupBy, { defaultValue: UsageGroupBy.DAY }) groupBy: UsageGroupBy,
    @Ctx() { em, principal, services }: Context,
  ): Promise<UsageReportType> {
    return currentUsage(em, services, callerMember(principal).customerId, groupBy);
  }
}
