import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { ForMember, type Context } from '../../api/index.js';
import { PageArgs, pageOf, type PageOf } from '../../platform/graphql/index.js';
import { callerMember } from '../../domain/access/index.js';
import {
  AccountSubscriptionType,
  Invoice,
  InvoicePage,
  PlanChangeType,
  RedirectSessionType,
  SubscriptionDiscountType,
  accountSubscription,
  planChange,
} from '../../billing/index.js';
import { MemberRole } from '../../domain/members/index.js';

const BILLING = [MemberRole.OWNER, MemberRole.BILLING];

/** Plan, payment and invoices for owners and billing members; Stripe pages do the card handling. */
@Resolver()
export class PortalBillingResolver {
  @Query(() => InvoicePage, { description: "Your company's invoices, newest first, with their lines." })
  @ForMember(...BILLING)
  async portalInvoices(@Args(() => PageArgs) args: PageArgs, @Ctx() { em, principal }: Context): Promise<PageOf<Invoice>> {
    const [rows, total] = await em.findAndCount(
      Invoice,
      { customerId: callerMember(principal).customerId },
      { orderBy: { issuedAt: 'desc', id: 'asc' }, limit: args.perPage, offset: (args.page - 1) * args.perPage },
    );
    return pageOf(rows, total, args);
  }

  @Query(() => SubscriptionDiscountType, {
    nullable: true,
    description: "The discount on your company's subscription, read from Stripe; null when there is none.",
  })
  @ForMember(...BILLING)
  async portalDiscount(@Ctx() { em, principal, services }: Context): Promise<SubscriptionDiscountType | null> {
    return services.billing.service.discount(em, callerMember(principal).customerId);
  }

  @Query(() => PlanChangeType, { description: 'The proration Stripe would charge now and the change in limits.' })
  @ForMember(...BILLING)
  async portalPreviewPlanChange(
    @Arg('plan', () => String) plan: string,
    @Ctx() { em, principal, services }: Context,
  ): Promise<PlanChangeType> {
    return planChange(await services.billing.service.previewPlanChange(em, callerMember(principal).customerId, plan));
  }

  @Mutation(() => PlanChangeType, { description: 'Upgrades now with proration; downgrades at the end of the period.' })
  @ForMember(...BILLING)
  async portalChangePlan(
    @Arg('plan', () => String) plan: string,
    @Arg('previewedAt', () => Date, {
      nullable: true,
      description: "An upgrade's previewPlanChange effectiveAt: prorates at that moment so the invoice equals the preview.",
    })
    previewedAt: Date | null,
    @Ctx() { em, principal, services, requestId }: Context,
  ): Promise<PlanChangeType> {
    const customerId = callerMember(principal).customerId;
    return planChange(await services.billing.service.changePlan(em, customerId, plan, requestId, previewedAt ?? undefined));
  }

  @Mutation(() => RedirectSessionType, {
    description: 'Stripe Checkout for a paid plan: pays a pending sign-up or starts a first paid plan.',
  })
  @ForMember(...BILLING)
  async portalCheckout(
    @Arg('plan', () => String) plan: string,
    @Ctx() { em, principal, services, requestId }: Context,
  ): Promise<RedirectSessionType> {
    return { url: await services.billing.service.createCheckoutSession(em, callerMember(principal).customerId, plan, requestId) };
  }

  @Mutation(() => RedirectSessionType, { description: 'Checkout for a prepaid credit pack (small, medium, large).' })
  @ForMember(...BILLING)
  async portalBuyCredits(
    @Arg('pack', () => String) pack: string,
    @Ctx() { em, principal, services, requestId }: Context,
  ): Promise<RedirectSessionType> {
    return { url: await services.billing.service.buyCredits(em, callerMember(principal).customerId, pack, requestId) };
  }

  @Mutation(() => RedirectSessionType, { description: "Stripe's billing portal: payment methods, invoices and cancellation." })
  @ForMember(...BILLING)
  async portalBillingPortal(@Ctx() { em, principal, services }: Context): Promise<RedirectSessionType> {
    return { url: await services.billing.service.createBillingPortalSession(em, callerMember(principal).customerId) };
  }

  @Mutation(() => AccountSubscriptionType, {
    description: 'Cancels your subscription at the end of the period; until then everything works as now.',
  })
  @ForMember(...BILLING)
  async portalCancelSubscription(@Ctx() { em, principal, services, requestId }: Context): Promise<AccountSubscriptionType> {
    const row = await services.billing.service.cancelSubscription(em, callerMember(principal).customerId, requestId);
    return { ...accountSubscription(row), cancelAtPeriodEnd: true };
  }

  @Mutation(() => AccountSubscriptionType, { description: 'Takes back a cancellation at the period end: the plan renews as before.' })
  @ForMember(...BILLING)
  async portalResumeSubscription(@Ctx() { em, principal, services, requestId }: Context): Promise<AccountSubscriptionType> {
    const row = await services.billing.service.resumeSubscription(em, callerMember(principal).customerId, requestId);
    return { ...accountSubscription(row), cancelAtPeriodEnd: false };
  }
}
