import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { ForAdmin } from '../../graphql/auth-rules.js';
import type { Context } from '../../graphql/context.js';
import { appError, ErrorCode } from '../../graphql/error-code.js';
import { CustomerUsageDayType, CustomerUsageOperationType } from './admin-customer-fields.type.js';
import { ALL_ADMIN_ROLES } from './admin-role.js';

@ObjectType('UsageByCustomer')
class UsageByCustomerType {
  @Field(() => ID)
  customerId!: string;

  @Field(() => String)
  company!: string;

  @Field(() => Int)
  calls!: number;

  @Field(() => Int)
  chargedCredits!: number;
}

@ObjectType('AdminUsage', { description: 'Usage of every customer over the last days, from usage events.' })
class AdminUsageType {
  @Field(() => [CustomerUsageDayType], { description: 'Per UTC day, oldest first, days without calls included.' })
  byDay!: CustomerUsageDayType[];

  @Field(() => [CustomerUsageOperationType], { description: 'The 20 operations with the most credits.' })
  byOperation!: CustomerUsageOperationType[];

  @Field(() => [UsageByCustomerType], { description: 'The 20 customers with the most credits.' })
  topCustomers!: UsageByCustomerType[];
}

const MAX_DAYS = 90;

/** The usage explorer: one grouped statement per chart, over the (customer_id, occurred_at) index range. */
@Resolver()
export class AdminUsageResolver {
  @Query(() => AdminUsageType)
  @ForAdmin(...ALL_ADMIN_ROLES)
  async adminUsage(@Arg('days', () => Int, { defaultValue: 30 }) days: number, @Ctx() { em }: Context): Promise<AdminUsageType> {
    if (days < 1 || days > MAX_DAYS) throw appError(ErrorCode.BAD_USER_INPUT, `days must be between 1 and ${MAX_DAYS}.`, { field: 'days' });
    const since = new Date(Date.now() - (days - 1) * 86_400_000);
    since.setUTCHours(0, 0, 0, 0);
    const connection = em.getConnection();
    const daily = await connection.execute<{ day: string; calls: number; charged: number; overage: number; errors: number; p95: number | null }[]>(
      `select to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD') as day, count(*)::int as calls,
              coalesce(sum(charged_credits), 0)::int as charged, coalesce(sum(overage_credits), 0)::int as overage,
              count(*) filter (where status <> 'ok')::int as errors,
              percentile_cont(0.95) within group (order by latency_ms) as p95
         from usage_event where occurred_at >= ? group by 1`,
      [since],
    );
    const operations = await connection.execute<{ operation: string; calls: number; charged: number }[]>(
      `select operation_name as operation, count(*)::int as calls, coalesce(sum(charged_credits), 0)::int as charged
         from usage_event where occurred_at >= ? group by 1 order by 3 desc, 1 limit 20`,
      [since],
    );
    const customers = await connection.execute<{ customer_id: string; company: string; calls: number; charged: number }[]>(
      `select u.customer_id, c.company, u.calls, u.charged
         from (select customer_id, count(*)::int as calls, coalesce(sum(charged_credits), 0)::int as charged
                 from usage_event where occurred_at >= ? group by 1 order by 3 desc, 1 limit 20) u
         join customer c on c.id = u.customer_id order by u.charged desc, u.customer_id`,
      [since],
    );
    const byDate = new Map(daily.map((row) => [row.day, row]));
    return {
      byDay: Array.from({ length: days }, (_, index) => {
        const day = new Date(since.getTime() + index * 86_400_000).toISOString().slice(0, 10);
        const row = byDate.get(day);
        return {
          day,
          calls: Number(row?.calls ?? 0),
          chargedCredits: Number(row?.charged ?? 0),
          overageCredits: Number(row?.overage ?? 0),
          errors: Number(row?.errors ?? 0),
          p95LatencyMs: Math.round(Number(row?.p95 ?? 0)),
        };
      }),
      byOperation: operations.map((row) => ({ operationName: row.operation, calls: Number(row.calls), chargedCredits: Number(row.charged) })),
      topCustomers: customers.map((row) => ({ customerId: row.customer_id, company: row.company, calls: Number(row.calls), chargedCredits: Number(row.charged) })),
    };
  }
}
