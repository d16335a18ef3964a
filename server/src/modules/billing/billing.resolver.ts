import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { ForKey, Public } from '../../graphql/auth-rules.js';
import type { Context } from '../../graphql/context.js';
import { appError, ErrorCode } from '../../graphql/error-code.js';
import { callerKey } from '../../graphql/principal.js';
import { AccessLevel, FieldUse } from '../access/access.js';
import { ApiKeyScope } from '../keys/api-key.entity.js';
import type { Plan } from '../plans/plan.entity.js';
import type { PlanChangePreview } from './billing.service.js';
import { SignUpInput } from './billing.input.js';
import { AccountSubscriptionType, PlanChangeType, RedirectSessionType, SignUpPayload } from './billing.type.js';

@Resolver()
export class BillingResolver {
  @Mutation(() => SignUpPayload, { description: 'Creates an account and its first key. Paid plans return a Checkout URL; the key waits in pending_payment until paid.' })
  @Public()
  async signUp(@Arg('input', () => SignUpInput) input: SignUpInput, @Ctx() { em, ip, services }: Context): Promise<SignUpPayload> {
    if (!(await services.billing.signUpThrottle.allow(ip))) {
      throw appError(ErrorCode.RATE_LIMITED, 'Too many sign-ups from this address. Try again in an hour.');
    }
    const result = await services.billing.service.signUp(em, { company: input.company, email: input.email, planCode: input.plan });
    const paid = result.checkoutUrl !== null;
    return {
      accountId: result.customer.id,
      apiKey: result.issued,
      checkoutUrl: result.checkoutUrl,
      subscriptionStatus: result.subscription.status,
      access: paid ? AccessLevel.BILLING_ONLY : AccessLevel.FULL,
    };
  }

  @Query(() => AccountSubscriptionType, { nullable: true, description: "The caller's current subscription." })
  @ForKey(FieldUse.BILLING)
  async subscription(@Ctx() { em, principal, services }: Context): Promise<AccountSubscriptionType | null> {
    const row = await services.billing.service.latestSubscription(em, callerKey(principal).customerId);
    if (!row) return null;
    return { id: row.id, planCode: row.plan.getEntity().code, status: row.status, currentPeriodStart: row.currentPeriodStart, currentPeriodEnd: row.currentPeriodEnd, cancelAtPeriodEnd: row.cancelAtPeriodEnd };
  }

  @Mutation(() => RedirectSessionType, { description: 'Stripe Checkout for a paid plan (new or pending accounts; paying accounts use changePlan).' })
  @ForKey(FieldUse.BILLING, ApiKeyScope.BILLING_MANAGE)
  async createCheckoutSession(@Arg('plan', () => String) plan: string, @Ctx() { em, principal, services, requestId }: Context): Promise<RedirectSessionType> {
    return { url: await services.billing.service.createCheckoutSession(em, callerKey(principal).customerId, plan, requestId) };
  }

  @Mutation(() => RedirectSessionType, { description: "Stripe's billing portal: card, invoices, plan and cancellation." })
  @ForKey(FieldUse.BILLING, ApiKeyScope.BILLING_MANAGE)
  async createBillingPortalSession(@Ctx() { em, principal, services }: Context): Promise<RedirectSessionType> {
    return { url: await services.billing.service.createBillingPortalSession(em, callerKey(principal).customerId) };
  }

  @Query(() => PlanChangeType, { description: 'The proration Stripe would charge and the change in limits, credits and features.' })
  @ForKey(FieldUse.BILLING, ApiKeyScope.BILLING_MANAGE)
  async previewPlanChange(@Arg('plan', () => String) plan: string, @Ctx() { em, principal, services }: Context): Promise<PlanChangeType> {
    return planChange(await services.billing.service.previewPlanChange(em, callerKey(principal).customerId, plan));
  }

  @Mutation(() => PlanChangeType, { description: 'Upgrades now with proration; downgrades at the end of the period.' })
  @ForKey(FieldUse.BILLING, ApiKeyScope.BILLING_MANAGE)
  async changePlan(@Arg('plan', () => String) plan: string, @Ctx() { em, principal, services }: Context): Promise<PlanChangeType> {
    return planChange(await services.billing.service.changePlan(em, callerKey(principal).customerId, plan));
  }

  @Mutation(() => AccountSubscriptionType, { description: 'Cancels at the end of the current period; past runs and usage stay readable afterwards.' })
  @ForKey(FieldUse.BILLING, ApiKeyScope.BILLING_MANAGE)
  async cancelSubscription(@Ctx() { em, principal, services }: Context): Promise<AccountSubscriptionType> {
    const row = await services.billing.service.cancelSubscription(em, callerKey(principal).customerId);
    return { id: row.id, planCode: row.plan.getEntity().code, status: row.status, currentPeriodStart: row.currentPeriodStart, currentPeriodEnd: row.currentPeriodEnd, cancelAtPeriodEnd: true };
  }

  @Mutation(() => RedirectSessionType, { description: 'Checkout for a prepaid credit pack (small, medium, large); credits are granted once paid.' })
  @ForKey(FieldUse.BILLING, ApiKeyScope.BILLING_MANAGE)
  async buyCredits(@Arg('pack', () => String) pack: string, @Ctx() { em, principal, services, requestId }: Context): Promise<RedirectSessionType> {
    return { url: await services.billing.service.buyCredits(em, callerKey(principal).customerId, pack, requestId) };
  }
}

/** The preview with the change in limits and features, as integrators and the console read it. */
export function planChange(preview: PlanChangePreview): PlanChangeType {
  const { from, to } = preview;
  const diff = (pick: (plan: Plan) => number) => pick(to) - pick(from);
  return {
    ...preview,
    includedCreditsChange: diff((plan) => plan.includedCredits),
    rateLimitChange: diff((plan) => plan.rateLimitCreditsPerSecond),
    maxIterationsSyncChange: diff((plan) => plan.maxIterationsSync),
    maxConcurrentJobsChange: diff((plan) => plan.maxConcurrentJobs),
    featuresAdded: to.features.filter((feature) => !from.features.includes(feature)),
    featuresRemoved: from.features.filter((feature) => !to.features.includes(feature)),
  };
}
