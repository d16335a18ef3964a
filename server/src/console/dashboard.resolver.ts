import { Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { ForAdmin, type Context } from '../api/index.js';
import { ALL_ADMIN_ROLES } from '../platform/staff/index.js';

@ObjectType('DashboardCount')
class DashboardCountType {
  @Field(() => String)
  key!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('DashboardDay')
class DashboardDayType {
  @Field(() => String, { description: 'YYYY-MM-DD (UTC)' })
  day!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('AdminDashboard', { description: 'Operational counts for the console dashboard; revenue is in revenueMetrics.' })
class AdminDashboardType {
  @Field(() => [DashboardCountType])
  customersByStatus!: DashboardCountType[];

  @Field(() => [DashboardCountType], { description: 'Active customers by the plan of their newest subscription.' })
  activeCustomersByPlan!: DashboardCountType[];

  @Field(() => [DashboardDayType], { description: 'New customers per day over the last 30 days, days without any included.' })
  newCustomersByDay!: DashboardDayType[];

  @Field(() => [DashboardCountType])
  apiKeysByStatus!: DashboardCountType[];

  @Field(() => [DashboardDayType], { description: 'invoice.payment_failed events per day over the last 30 days.' })
  failedPaymentsByDay!: DashboardDayType[];
}

type CountRow = { key: string; count: number };

@Resolver()
export class AdminDashboardResolver {
  @Query(() => AdminDashboardType)
  @ForAdmin(...ALL_ADMIN_ROLES)
  async adminDashboard(@Ctx() { em }: Context): Promise<AdminDashboardType> {
    const connection = em.getConnection();
    const customersByStatus = await connection.execute<CountRow[]>(
      'select status as key, count(*)::int as count from customer group by status order by status',
    );
    // Only subscriptions that pay or will pay count, as in MRR: an incomplete sign-up never paid.
    const activeCustomersByPlan = await connection.execute<CountRow[]>(
      `select p.code as key, count(*)::int as count
         from customer c
         join lateral (select s.plan_id, s.status from subscription s where s.customer_id = c.id order by s.created_at desc limit 1) s on true
         join plan p on p.id = s.plan_id
        where c.status = 'active' and s.status in ('active', 'past_due', 'trialing')
        group by p.code, p.sort_order order by p.sort_order`,
    );
    const since = new Date(Date.now() - 29 * 86_400_000);
    since.setUTCHours(0, 0, 0, 0);
    const created = await connection.execute<{ day: string; count: number }[]>(
      `select to_char(created_at at time zone 'UTC', 'YYYY-MM-DD') as day, count(*)::int as count
         from customer where created_at >= ? group by 1`,
      [since],
    );
    const failed = await connection.execute<{ day: string; count: number }[]>(
      `select to_char(event_created_at at time zone 'UTC', 'YYYY-MM-DD') as day, count(*)::int as count
         from stripe_event where type = 'invoice.payment_failed' and event_created_at >= ? group by 1`,
      [since],
    );
    const newCustomersByDay = everyDay(since, created);
    const failedPaymentsByDay = everyDay(since, failed);
    const apiKeysByStatus = await connection.execute<CountRow[]>(
      'select status as key, count(*)::int as count from api_key group by status order by status',
    );
    const numbers = (rows: CountRow[]) => rows.map((row) => ({ key: row.key, count: Number(row.count) }));
    return {
      customersByStatus: numbers(customersByStatus),
      activeCustomersByPlan: numbers(activeCustomersByPlan),
      newCustomersByDay,
      apiKeysByStatus: numbers(apiKeysByStatus),
      failedPaymentsByDay,
    };
  }
}

/** The 30 days from `since`, days without rows included with 0. */
function everyDay(since: Date, rows: { day: string; count: number }[]): DashboardDayType[] {
  const byDay = new Map(rows.map((row) => [row.day, Number(row.count)]));
  return Array.from({ length: 30 }, (_, index) => {
    const day = new Date(since.getTime() + index * 86_400_000).toISOString().slice(0, 10);
    return { day, count: byDay.get(day) ?? 0 };
  });
}
