import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { ForKey, MEMBER_SESSION_COOKIE, Public, type Context } from '../api/index.js';
import { ErrorCode, appError } from '../platform/graphql/index.js';
import { AccessLevel, FieldUse, callerKey } from '../domain/access/index.js';
import { ApiKeyScope } from '../domain/keys/index.js';
import { memberView } from '../domain/members/index.js';
import {
  AccountSubscriptionType,
  PlanChangeType,
  RedirectSessionType,
  SignUpInput,
  SignUpPayload,
  SubscriptionDiscountType,
  accountSubscription,
  planChange,
} from '../billing/index.js';

@Resolver()
export class BillingResolver {
  @Mutation(() => SignUpPayload, {
    description: 'Creates an account and its first key. Paid plans return a Checkout URL; the key waits in pending_payment until paid.',
  })
  @Public()
  async signUp(
    @Arg('input', () => SignUpInput) input: SignUpInput,
    @Ctx() { em, ip, services, response }: Context,
  ): Promise<SignUpPayload> {
    if (!(await services.billing.signUpThrottle.allow(ip))) {
      throw appError(ErrorCode.RATE_LIMITED, 'Too many sign-ups from this address. Try again in an hour.');
    }
    if (input.password) await services.memberAccounts.checkNewOwner(em, input.email, input.password);
    const result = await services.billing.service.signUp(em, { company: input.company, email: input.email, planCode: input.plan });
    const paid = result.checkoutUrl !== null;
    const member = input.password ? await services.memberAccounts.createOwner(em, result.customer.id, input.email, input.password) : null;
    if (member) {
      const session = await services.memberAuth.openSession(em, member, ip);
      response.setSessionCookie(session.token, session.expiresAt, MEMBER_SESSION_COOKIE);
    }
    return {
      member: member ? memberView(member) : null,
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
    return row ? accountSubscription(row) : null;
  }

  @Query(() => SubscriptionDiscountType, {
    nullable: true,
    description: "The discount on your subscription's invoices, read from Stripe; null when there is none.",
  })
  @ForKey(FieldUse.BILLING)
  async discount(@Ctx() { em, principal, services }: Context): Promise<SubscriptionDiscountType | null> {
    return services.billing.service.discount(em, callerKey(principal).customerId);
  }

  @Mutation(() => RedirectSessionType, {
    description: 'Stripe Checkout for a paid plan (new or pending accounts; paying accounts use changePlan).',
  })
  @ForKey(FieldUse.BILLING, ApiKeyScope.BILLING_MANAGE)
  async createCheckoutSession(
    @Arg('plan', () => String) plan: string,
    @Ctx() { em, principal, services, requestId }: Context,
  ): Promise<RedirectSessionType> {
    return { url: await services.billing.service.createCheckoutSession(em, callerKey(principal).customerId, plan, requestId) };
  }

  @Mutation(() => RedirectSessionType, {
    description:
      "Stripe's billing portal: card, invoices and cancellation at period end. Plan changes are not offered there: use previewPlanChange and changePlan.",
  })
  @ForKey(FieldUse.BILLING, ApiKeyScope.BILLING_MANAGE)
  async createBillingPortalSession(@Ctx() { em, principal, services }: Context): Promise<RedirectSessionType> {
    return { url: await services.billing.service.createBillingPortalSession(em, callerKey(principal).customerId) };
  }

  @Query(() => PlanChangeType, { description: 'The proration Stripe would charge and the change in limits, credits and features.' })
  @ForKey(FieldUse.BILLING, ApiKeyScope.BILLING_MANAGE)
  async previewPlanChange(@Arg('plan', () => String) plan: string, @Ctx() { em, principal, services }: Context): Promise<PlanChangeType> {
    return planChange(await services.billing.service.previewPlanChange(em, callerKey(principal).customerId, plan));
  }

  @Mutation(() => PlanChangeType, {
    description:
      'Upgrades now with proration; downgrades at the end of the period. The current plan undoes a downgrade scheduled for the period end.',
  })
  @ForKey(FieldUse.BILLING, ApiKeyScope.BILLING_MANAGE)
  async changePlan(
    @Arg('plan', () => String) plan: string,
    @Arg('previewedAt', () => Date, {
      nullable: true,
      description: "An upgrade's previewPlanChange effectiveAt: prorates at that moment so the invoice equals the preview.",
    })
    previewedAt: Date | null,
    @Ctx() { em, principal, services, requestId }: Context,
  ): Promise<PlanChangeType> {
    const customerId = callerKey(principal).customerId;
    return planChange(await services.billing.service.changePlan(em, customerId, plan, requestId, previewedAt ?? undefined));
  }

  @Mutation(() => AccountSubscriptionType, {
    description:
      'Cancels at the end of the current period; past runs and usage stay readable afterwards. resumeSubscription takes it back.',
  })
  @ForKey(FieldUse.BILLING, ApiKeyScope.BILLING_MANAGE)
  async cancelSubscription(@Ctx() { em, principal, services, requestId }: Context): Promise<AccountSubscriptionType> {
    const row = await services.billing.service.cancelSubscription(em, callerKey(principal).customerId, requestId);
    return { ...accountSubscription(row), cancelAtPeriodEnd: true };
  }

  @Mutation(() => AccountSubscriptionType, {
    description: 'Takes back a cancellation at the end of the period: the subscription renews as before.',
  })
  @ForKey(FieldUse.BILLING, ApiKeyScope.BILLING_MANAGE)
  async resumeSubscription(@Ctx() { em, principal, services, requestId }: Context): Promise<AccountSubscriptionType> {
    const row = await services.billing.service.resumeSubscription(em, callerKey(principal).customerId, requestId);
    return { ...accountSubscription(row), cancelAtPeriodEnd: false };
  }

  @Mutation(() => RedirectSessionType, {
    description: 'Checkout for a prepaid credit pack (small, medium, large); credits are granted once paid.',
  })
  @ForKey(FieldUse.BILLING, ApiKeyScope.BILLING_MANAGE)
  async buyCredits(
    @Arg('pack', () => String) pack: string,
    @Ctx() { em, principal, services, requestId }: Context,
  ): Promise<RedirectSessionType> {
    return { url: await services.billing.service.buyCredits(em, callerKey(principal).customerId, pack, requestId) };
  }
}
