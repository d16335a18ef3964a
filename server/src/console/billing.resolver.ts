import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ForAdmin, type Context } from '../api/index.js';
import { isUuid, notFound, pageOf, type PageOf } from '../platform/graphql/index.js';
import { callerAdmin } from '../domain/access/index.js';
import { AdminRole, recordAudit } from '../platform/staff/index.js';
import {
  AdminSubscriptionPage,
  BillingListArgs,
  Invoice,
  InvoicePage,
  OutboxPage,
  StripeEvent,
  StripeEventPage,
  StripeEventStatus,
  StripeEventType,
  StripeOutboxEntry,
  type AdminSubscriptionType,
  type InvoiceType,
  type OutboxEntryType,
  parseMonth,
  withOverageLines,
} from '../billing/index.js';
import { Subscription } from '../domain/subscriptions/index.js';

const OPERATORS = [AdminRole.SUPER_ADMIN, AdminRole.ADMIN, AdminRole.SUPPORT];
const INVOICE_READERS = [...OPERATORS, AdminRole.FINANCE];
const REPLAYERS = [AdminRole.SUPER_ADMIN, AdminRole.ADMIN];

/** Console reads of billing state (react-admin page/perPage lists) and the webhook replay. */
@Resolver()
export class BillingAdminResolver {
  @Query(() => AdminSubscriptionPage)
  @ForAdmin(...OPERATORS)
  async subscriptions(@Args(() => BillingListArgs) args: BillingListArgs, @Ctx() { em }: Context): Promise<PageOf<AdminSubscriptionType>> {
    const where = { ...rowFilter(args), ...customerFilter(args, 'customer'), ...(args.status ? { status: args.status } : {}) } as Record<
      string,
      unknown
    >;
    const [rows, total] = await em.findAndCount(Subscription, where, {
      orderBy: { createdAt: 'desc', id: 'asc' },
      limit: args.perPage,
      offset: offset(args),
      populate: ['plan'],
    });
    const items = rows.map((row) => ({ ...row, customerId: row.customer.id, planCode: row.plan.getEntity().code }));
    return pageOf(items, total, args);
  }

  @Query(() => InvoicePage)
  @ForAdmin(...INVOICE_READERS)
  async invoices(@Args(() => BillingListArgs) args: BillingListArgs, @Ctx() { em }: Context): Promise<PageOf<InvoiceType>> {
    const where = {
      ...rowFilter(args),
      ...customerFilter(args),
      ...(args.status ? { status: args.status } : {}),
      ...issuedMonthFilter(args),
      ...(args.hasOverage ? withOverageLines() : {}),
    } as Record<string, unknown>;
    const [rows, total] = await em.findAndCount(Invoice, where, {
      orderBy: { issuedAt: 'desc', id: 'asc' },
      limit: args.perPage,
      offset: offset(args),
    });
    return pageOf(rows, total, args);
  }

  @Query(() => StripeEventPage, { description: 'The webhook inbox, newest first.' })
  @ForAdmin(...OPERATORS)
  async stripeEvents(@Args(() => BillingListArgs) args: BillingListArgs, @Ctx() { em }: Context): Promise<PageOf<StripeEventType>> {
    const where = { ...(args.id ? { id: args.id } : {}), ...(args.status ? { status: args.status } : {}) } as Record<string, unknown>;
    const [rows, total] = await em.findAndCount(StripeEvent, where, {
      orderBy: { receivedAt: 'desc', id: 'asc' },
      limit: args.perPage,
      offset: offset(args),
    });
    return pageOf(rows, total, args);
  }

  @Query(() => OutboxPage, { description: 'Meter events: pending, sent or dead-lettered.' })
  @ForAdmin(...OPERATORS)
  async outbox(@Args(() => BillingListArgs) args: BillingListArgs, @Ctx() { em }: Context): Promise<PageOf<OutboxEntryType>> {
    const state =
      args.status === 'sent'
        ? { sentAt: { $ne: null } }
        : args.status === 'dead'
          ? { deadAt: { $ne: null } }
          : args.status === 'pending'
            ? { sentAt: null, deadAt: null }
            : {};
    const where = { ...customerFilter(args), ...state } as Record<string, unknown>;
    const [rows, total] = await em.findAndCount(StripeOutboxEntry, where, {
      orderBy: { id: 'desc' },
      limit: args.perPage,
      offset: offset(args),
    });
    return pageOf(rows, total, args);
  }

  @Mutation(() => StripeEventType, {
    description: 'Applies an inbox event again (handlers converge, so a replay is safe); writes an audit row.',
  })
  @ForAdmin(...REPLAYERS)
  async replayStripeEvent(
    @Arg('id', () => ID) id: string,
    @Ctx() { em, principal, ip, requestId, services }: Context,
  ): Promise<StripeEventType> {
    const event = await em.findOne(StripeEvent, { id });
    if (!event) throw notFound('Stripe event');
    const before = { status: event.status, attempts: event.attempts, error: event.error };
    event.status = StripeEventStatus.PENDING;
    event.processedAt = null;
    event.nextAttemptAt = new Date();
    event.attempts = 0;
    event.error = null;
    recordAudit(
      em,
      { principal: callerAdmin(principal), ip, requestId },
      { action: 'stripe_event.replay', targetType: 'stripe_event', targetId: id, before, after: { status: event.status } },
    );
    await em.flush();
    services.billing.worker.nudge();
    return event;
  }
}

/** A uuid-keyed row by id; an id that is no uuid matches nothing instead of failing the query. */
function rowFilter(args: BillingListArgs): Record<string, string> {
  if (!args.id) return {};
  return { id: isUuid(args.id) ? args.id : '00000000-0000-0000-0000-000000000000' };
}

function customerFilter(args: BillingListArgs, key: 'customer' | 'customerId' = 'customerId'): Record<string, string> {
  if (!args.customerId) return {};
  // A malformed id matches nothing rather than failing the cast.
  return { [key]: isUuid(args.customerId) ? args.customerId : '00000000-0000-0000-0000-000000000000' };
}

/** Invoices issued within the month's [start, end) in UTC; the args validation already refused a malformed month. */
function issuedMonthFilter(args: BillingListArgs): Record<string, unknown> {
  const month = args.issuedMonth ? parseMonth(args.issuedMonth) : null;
  return month ? { issuedAt: { $gte: month.start, $lt: month.end } } : {};
}

function offset(args: BillingListArgs): number {
  return (args.page - 1) * args.perPage;
}
