import { randomUUID } from 'node:crypto';
import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { ForAdmin, type Context } from '../api/index.js';
import { AdminSubscriptionType } from '../billing/index.js';
import { callerAdmin } from '../domain/access/index.js';
import { AdminRole, recordAudit } from '../platform/staff/index.js';
import { auditReason } from './audit-reason.js';
import { extendPastDueGrace, retryNow, suspendOverdue, waive } from './dunning-actions.js';
import { DunningEntryType, dunningQueue } from './dunning-queue.js';

const READERS = [AdminRole.SUPER_ADMIN, AdminRole.ADMIN, AdminRole.SUPPORT, AdminRole.FINANCE];
/** Collecting, forgiving or suspending for unpaid money: the admins and finance act, support reads. */
const COLLECTORS = [AdminRole.SUPER_ADMIN, AdminRole.ADMIN, AdminRole.FINANCE];

@ObjectType('DunningActionResult')
class DunningActionResultType {
  @Field(() => ID)
  subscriptionId!: string;

  @Field(() => String, { description: "What happened, in words for the console's notice (a decline says Stripe's reason)." })
  message!: string;
}

type Actor = Pick<Context, 'em' | 'principal' | 'ip' | 'requestId' | 'services'>;
const actorOf = ({ principal, ip, requestId }: Actor) => ({ principal: callerAdmin(principal), ip, requestId });

@Resolver()
export class DunningResolver {
  @Query(() => [DunningEntryType], {
    description:
      'Past-due and unpaid subscriptions, longest overdue first, with the retry schedule, the next attempt and the days left before degradation (grace end) and suspension (last retry).',
  })
  @ForAdmin(...READERS)
  dunningQueue(@Ctx() { em, services }: Context): Promise<DunningEntryType[]> {
    return dunningQueue(em, services.billing.gateway);
  }

  @Mutation(() => DunningActionResultType, {
    description: "Charges the open invoice now with the customer's saved card. Audited with the reason and the outcome.",
  })
  @ForAdmin(...COLLECTORS)
  async dunningRetryNow(
    @Arg('subscriptionId', () => ID) subscriptionId: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: Context,
  ) {
    return { subscriptionId, message: await retryNow(ctx.em, ctx.services, actorOf(ctx), subscriptionId, auditReason(reason)) };
  }

  @Mutation(() => DunningActionResultType, {
    description: 'Keeps full access 1-30 days longer than the grace ends now. Audited with the reason.',
  })
  @ForAdmin(...COLLECTORS)
  async dunningExtendGrace(
    @Arg('subscriptionId', () => ID) subscriptionId: string,
    @Arg('days', () => Int) days: number,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: Context,
  ) {
    const why = auditReason(reason);
    return { subscriptionId, message: await extendPastDueGrace(ctx.em, ctx.services, actorOf(ctx), subscriptionId, days, why) };
  }

  @Mutation(() => DunningActionResultType, {
    description: 'Voids the open invoice in Stripe: the debt is forgiven and leaves billed revenue. Audited with the reason.',
  })
  @ForAdmin(...COLLECTORS)
  async dunningWaive(
    @Arg('subscriptionId', () => ID) subscriptionId: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: Context,
  ) {
    return { subscriptionId, message: await waive(ctx.em, ctx.services, actorOf(ctx), subscriptionId, auditReason(reason)) };
  }

  @Mutation(() => DunningActionResultType, {
    description: 'Suspends the customer now: its keys answer billing fields only. Audited with the reason.',
  })
  @ForAdmin(...COLLECTORS)
  async dunningSuspend(
    @Arg('subscriptionId', () => ID) subscriptionId: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: Context,
  ) {
    return { subscriptionId, message: await suspendOverdue(ctx.em, ctx.services, actorOf(ctx), subscriptionId, auditReason(reason)) };
  }

  @Mutation(() => AdminSubscriptionType, {
    description: 'Takes back a cancellation at the period end, through Stripe; the row follows from the webhook. Writes an audit row.',
  })
  @ForAdmin(AdminRole.SUPER_ADMIN, AdminRole.ADMIN)
  async adminResumeSubscription(@Arg('customerId', () => ID) customerId: string, @Ctx() ctx: Context): Promise<AdminSubscriptionType> {
    const { em, services } = ctx;
    const customer = await services.customerAdmin.get(em, customerId);
    const row = await services.billing.service.resumeSubscription(em, customer.id, ctx.requestId ?? randomUUID());
    recordAudit(em, actorOf(ctx), {
      action: 'subscription.resume',
      targetType: 'customer',
      targetId: customer.id,
      before: { subscriptionId: row.id, cancelAtPeriodEnd: true },
      after: { cancelAtPeriodEnd: false },
    });
    await em.flush();
    await em.populate(row, ['plan']);
    return { ...row, customerId: customer.id, planCode: row.plan.getEntity().code };
  }
}
