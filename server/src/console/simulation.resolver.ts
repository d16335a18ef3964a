import type { FilterQuery } from '@mikro-orm/postgresql';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ForAdmin, type Context } from '../api/index.js';
import { PageArgs, Paginated, notFound, pageOf, type PageOf } from '../platform/graphql/index.js';
import { CustomerType, type Customer } from '../domain/customers/index.js';
import { SimulationRun, SimulationRunType, SimulationStatus, runView } from '../domain/simulation/index.js';
import { adminLoaders } from './loaders.js';
import { AdminRole } from '../platform/staff/index.js';

/** A run as the console sees it: the integrator's view of the run plus whose it is. */
@ObjectType('AdminSimulationRun')
class AdminSimulationRunType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  customerId!: string;

  @Field(() => SimulationRunType)
  run!: SimulationRunType;
}

@ObjectType('AdminSimulationRunPage')
class AdminSimulationRunPage extends Paginated(AdminSimulationRunType, 'AdminSimulationRun') {}

@ArgsType()
class AdminSimulationListArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => SimulationStatus, { nullable: true })
  status?: SimulationStatus | null;
}

const READERS = [AdminRole.SUPER_ADMIN, AdminRole.ADMIN, AdminRole.SUPPORT];

function adminRun(run: Omit<SimulationRun, 'result'> & { result?: SimulationRun['result'] }): AdminSimulationRunType {
  return { id: run.id, customerId: run.customer.id, run: runView(run) };
}

@Resolver(() => AdminSimulationRunType)
export class AdminSimulationResolver {
  @Query(() => AdminSimulationRunPage, {
    description: 'Simulation runs of every customer, newest first; results are loaded only when selected.',
  })
  @ForAdmin(...READERS)
  async adminSimulations(
    @Args(() => AdminSimulationListArgs) args: AdminSimulationListArgs,
    @Ctx() { em }: Context,
  ): Promise<PageOf<AdminSimulationRunType>> {
    const where: FilterQuery<SimulationRun> = {};
    if (args.customerId) where.customer = args.customerId;
    if (args.status) where.status = args.status;
    const [rows, total] = await em.findAndCount(SimulationRun, where, {
      exclude: ['result'],
      orderBy: { createdAt: 'desc', id: 'asc' },
      limit: args.perPage,
      offset: (args.page - 1) * args.perPage,
    });
    // Excluded means not loaded: leave result undefined so the run's field resolver loads it on demand.
    return pageOf(
      rows.map((row) => adminRun({ ...row, result: undefined } as Omit<SimulationRun, 'result'>)),
      total,
      args,
    );
  }

  @Query(() => AdminSimulationRunType)
  @ForAdmin(...READERS)
  async adminSimulation(@Arg('id', () => ID) id: string, @Ctx() { em }: Context): Promise<AdminSimulationRunType> {
    const run = await em.findOne(SimulationRun, id);
    if (!run) throw notFound('Simulation run');
    return adminRun(run);
  }

  @FieldResolver(() => CustomerType)
  async customer(@Root() run: AdminSimulationRunType, @Ctx() { em }: Context): Promise<Customer> {
    const customer = await adminLoaders(em).customer.load(run.customerId);
    if (!customer) throw notFound('Customer');
    return customer;
  }
}
