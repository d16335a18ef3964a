import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { ErrorCode, appError } from '../platform/graphql/index.js';
import type { Context } from '../api/index.js';
import type { Subscription } from '../domain/subscriptions/index.js';
import { CustomerType, type Customer } from '../domain/customers/index.js';
import { CreditLedgerEntry } from '../metering/index.js';
import {
  CustomerKeyCountsType,
  CustomerLedgerEntryType,
  CustomerSubscriptionType,
  CustomerUsageDayType,
  CustomerUsageOperationType,
} from './customer-fields.type.js';
import { adminLoaders, type KeyCounts } from './loaders.js';

/** Aggregates on the console's Customer, batched per request so a page costs the same statements at any size. */
@Resolver(() => CustomerType)
export class AdminCustomerFieldsResolver {
  @FieldResolver(() => CustomerSubscriptionType, { nullable: true, description: 'The newest subscription and its plan.' })
  async currentSubscription(@Root() customer: Customer, @Ctx() { em }: Context): Promise<CustomerSubscriptionType | null> {
    const subscription = await adminLoaders(em).currentSubscription.load(customer.id);
    return subscription ? toSubscriptionType(subscription) : null;
  }

  @FieldResolver(() => CustomerKeyCountsType, { description: 'API keys of this customer, all and active.' })
  keyCounts(@Root() customer: Customer, @Ctx() { em }: Context): Promise<KeyCounts> {
    return adminLoaders(em).keyCounts.load(customer.id);
  }

  // The fields below serve one customer's page; they are not batched and lists should not select them.
  @FieldResolver(() => [CustomerUsageDayType], {
    description: 'Usage per UTC day, oldest first, days without calls included. For one customer’s page.',
  })
  async usageByDay(
    @Root() customer: Customer,
    @Arg('days', () => Int, { defaultValue: 30 }) days: number,
    @Ctx() { em }: Context,
  ): Promise<CustomerUsageDayType[]> {
    const since = startOfWindow(checkedDays(days));
    const rows = await em
      .getConnection()
      .execute<{ day: string; calls: number; charged: number; overage: number; errors: number; p95: number | null }[]>(
        `select to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD') as day, count(*)::int as calls,
              coalesce(sum(charged_credits), 0)::int as charged, coalesce(sum(overage_credits), 0)::int as overage,
              count(*) filter (where status <> 'ok')::int as errors,
              percentile_cont(0.95) within group (order by latency_ms) as p95
         from usage_event where customer_id = ? and occurred_at >= ? group by 1`,
        [customer.id, since],
      );
    const byDay = new Map(rows.map((row) => [row.day, row]));
    return Array.from({ length: checkedDays(days) }, (_, index) => {
      const day = new Date(since.getTime() + index * 86_400_000).toISOString().slice(0, 10);
      const row = byDay.get(day);
      return {
        day,
        calls: Number(row?.calls ?? 0),
        chargedCredits: Number(row?.charged ?? 0),
        overageCredits: Number(row?.overage ?? 0),
        errors: Number(row?.errors ?? 0),
        p95LatencyMs: Math.round(Number(row?.p95 ?? 0)),
      };
    });
  }

  @FieldResolver(() => [CustomerUsageOperationType], { description: 'Usage by operation name over the last days, most credits first.' })
  async usageByOperation(
    @Root() customer: Customer,
    @Arg('days', () => Int, { defaultValue: 30 }) days: number,
    @Ctx() { em }: Context,
  ): Promise<CustomerUsageOperationType[]> {
    const rows = await em.getConnection().execute<{ operation: string; calls: number; charged: number }[]>(
      `select operation_name as operation, count(*)::int as calls, coalesce(sum(charged_credits), 0)::int as charged
         from usage_event where customer_id = ? and occurred_at >= ? group by 1 order by 3 desc, 1 limit 50`,
      [customer.id, startOfWindow(checkedDays(days))],
    );
    return rows.map((row) => ({ operationName: row.operation, calls: Number(row.calls), chargedCredits: Number(row.charged) }));
  }

  @FieldResolver(() => [CustomerLedgerEntryType], {
    description: 'Newest credit ledger entries first (grants, settlements, expiries), at most 100.',
  })
  async ledger(
    @Root() customer: Customer,
    @Arg('limit', () => Int, { defaultValue: 50 }) limit: number,
    @Ctx() { em }: Context,
  ): Promise<CustomerLedgerEntryType[]> {
    if (limit < 1 || limit > 100) throw appError(ErrorCode.BAD_USER_INPUT, 'limit must be between 1 and 100.', { field: 'limit' });
    const rows = await em.find(CreditLedgerEntry, { customerId: customer.id }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit });
    return rows.map((row) => ({
      id: String(row.id),
      kind: row.kind,
      credits: row.credits,
      reason: row.reason,
      requestId: row.requestId,
      periodStart: row.periodStart,
      createdAt: row.createdAt,
    }));
  }
}

const MAX_DAYS = 90;

function checkedDays(days: number): number {
  if (days < 1 || days > MAX_DAYS) throw appError(ErrorCode.BAD_USER_INPUT, `days must be between 1 and ${MAX_DAYS}.`, { field: 'days' });
  return days;
}

/** Midnight UTC of the first day of a window of `days` days ending today. */
function startOfWindow(days: number): Date {
  const start = new Date(Date.now() - (days - 1) * 86_400_000);
  start.setUTCHours(0, 0, 0, 0);
  return start;
}

export function toSubscriptionType(subscription: Subscription): CustomerSubscriptionType {
  const plan = subscription.plan.getEntity();
  return {
    id: subscription.id,
    status: subscription.status,
    planCode: plan.code,
    planName: plan.name,
    priceCents: plan.priceCents,
    currentPeriodStart: subscription.currentPeriodStart,
    currentPeriodEnd: subscription.currentPeriodEnd,
    cancelAtPeriodEnd: subscription.cancelAtPeriodEnd,
    trialEnd: subscription.trialEnd,
    pastDueSince: subscription.pastDueSince,
    canceledAt: subscription.canceledAt,
  };
}
