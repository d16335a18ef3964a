import { Args, ArgsType, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { ForAdmin, type Context } from '../api/index.js';
import { PageArgs, Paginated, pageOf, type PageOf } from '../platform/graphql/index.js';
import { AdminRole } from '../platform/staff/index.js';

@ObjectType('MeterDrift', { description: "One reconciled customer hour: credits we reported versus the Stripe meter's summary." })
class MeterDriftType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  customerId!: string;

  @Field(() => Date)
  hourStart!: Date;

  @Field(() => Int)
  localCredits!: number;

  @Field(() => Int)
  stripeCredits!: number;

  @Field(() => Int, { description: 'stripeCredits - localCredits.' })
  driftCredits!: number;

  @Field(() => Date)
  checkedAt!: Date;
}

@ObjectType('MeterDriftPage')
class MeterDriftPage extends Paginated(MeterDriftType, 'MeterDrift') {}

@ArgsType()
class MeterDriftArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => Boolean, { defaultValue: true, description: 'Only hours where the two totals differ.' })
  onlyDrift: boolean = true;
}

/** Read side of the meter reconciliation for the console; the billing worker writes the rows. */
@Resolver()
export class AdminMeterDriftResolver {
  @Query(() => MeterDriftPage, { description: 'Reconciliation results, newest hour first.' })
  @ForAdmin(AdminRole.SUPER_ADMIN, AdminRole.ADMIN, AdminRole.SUPPORT, AdminRole.FINANCE)
  async meterDrift(@Args(() => MeterDriftArgs) args: MeterDriftArgs, @Ctx() { em }: Context): Promise<PageOf<MeterDriftType>> {
    const conditions = [args.customerId ? 'customer_id = ?' : null, args.onlyDrift ? 'local_credits <> stripe_credits' : null].filter(
      (c): c is string => c !== null,
    );
    const where = conditions.length ? `where ${conditions.join(' and ')}` : '';
    const params = args.customerId ? [args.customerId] : [];
    const connection = em.getConnection();
    const counted = await connection.execute<{ n: number }[]>(`select count(*)::int as n from meter_drift ${where}`, params);
    const rows = await connection.execute<
      { id: string; customer_id: string; hour_start: Date; local_credits: number; stripe_credits: number; checked_at: Date }[]
    >(
      `select id::text as id, customer_id, hour_start, local_credits, stripe_credits, checked_at from meter_drift ${where}
        order by hour_start desc, id desc limit ? offset ?`,
      [...params, args.perPage, (args.page - 1) * args.perPage],
    );
    const total = Number(counted[0]?.n ?? 0);
    const items = rows.map((row) => ({
      id: row.id,
      customerId: row.customer_id,
      hourStart: new Date(row.hour_start),
      localCredits: Number(row.local_credits),
      stripeCredits: Number(row.stripe_credits),
      driftCredits: Number(row.stripe_credits) - Number(row.local_credits),
      checkedAt: new Date(row.checked_at),
    }));
    return pageOf(items, total, args);
  }
}
