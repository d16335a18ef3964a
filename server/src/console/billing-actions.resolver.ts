import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ForAdmin, type Context } from '../api/index.js';
import { callerAdmin } from '../domain/access/index.js';
import { AdminRole } from '../platform/staff/index.js';
import { adminCancelSubscription, adminChangePlan, previewAdminPlanChange, retryOutboxRow } from './billing-actions.js';
import { AdminSubscriptionType, OutboxEntryType, PlanChangeType, planChange } from '../billing/index.js';

/** Billing changes are for the roles that run the business; support and finance only read. */
const ACTORS = [AdminRole.SUPER_ADMIN, AdminRole.ADMIN];

@Resolver()
export class BillingAdminActionsResolver {
  @Query(() => PlanChangeType, {
    description:
      'What a plan change would cost a customer now and how its limits move; Carlo-managed subscriptions switch now at no charge.',
  })
  @ForAdmin(...ACTORS)
  async adminPreviewPlanChange(
    @Arg('customerId', () => ID) customerId: string,
    @Arg('plan', () => String) plan: string,
    @Ctx() { em, services }: Context,
  ): Promise<PlanChangeType> {
    return planChange(await previewAdminPlanChange(em, services, customerId, plan));
  }

  @Mutation(() => PlanChangeType, {
    description:
      "Changes a customer's plan as changePlan does (upgrade now with proration, downgrade at period end); a Carlo-managed subscription switches now without Stripe. Writes an audit row.",
  })
  @ForAdmin(...ACTORS)
  async adminChangePlan(
    @Arg('customerId', () => ID) customerId: string,
    @Arg('plan', () => String) plan: string,
    @Ctx() { em, principal, ip, requestId, services }: Context,
  ): Promise<PlanChangeType> {
    return planChange(await adminChangePlan(em, services, { principal: callerAdmin(principal), ip, requestId }, customerId, plan));
  }

  @Mutation(() => AdminSubscriptionType, {
    description:
      'Cancels at the period end (default) or now; a Stripe subscription row follows from the webhook. Carlo-managed subscriptions can only be canceled now. Writes an audit row.',
  })
  @ForAdmin(...ACTORS)
  async adminCancelSubscription(
    @Arg('customerId', () => ID) customerId: string,
    @Arg('atPeriodEnd', () => Boolean, { defaultValue: true }) atPeriodEnd: boolean,
    @Ctx() { em, principal, ip, requestId, services }: Context,
  ): Promise<AdminSubscriptionType> {
    const row = await adminCancelSubscription(em, services, { principal: callerAdmin(principal), ip, requestId }, customerId, atPeriodEnd);
    return { ...row, customerId: row.customer.id, planCode: row.plan.getEntity().code };
  }

  @Mutation(() => OutboxEntryType, {
    description:
      'Puts a dead-lettered meter event back to pending with its attempts reset; an acknowledged one is refused (CONFLICT). Writes an audit row.',
  })
  @ForAdmin(...ACTORS)
  async retryOutboxRow(@Arg('id', () => ID) id: string, @Ctx() { em, principal, ip, requestId }: Context): Promise<OutboxEntryType> {
    return retryOutboxRow(em, { principal: callerAdmin(principal), ip, requestId }, id);
  }
}
