import type { FilterQuery } from '@mikro-orm/postgresql';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ForAdmin, type Context } from '../api/index.js';
import { ErrorCode, PageArgs, Paginated, appError, isUuid, notFound, pageOf, type PageOf } from '../platform/graphql/index.js';
import { CustomerType, type Customer } from '../domain/customers/index.js';
import { SimulationRun, SimulationRunType, SimulationStatus, runView } from '../domain/simulation/index.js';
import { DownloadLink, ExportFormat, signedDownloadLink } from '../domain/workbooks/index.js';
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

  @Query(() => DownloadLink, {
    description: "A 5-minute signed link to a succeeded run's .xlsx or SIPmath file, for the console's download buttons.",
  })
  @ForAdmin(...READERS)
  async adminSimulationDownload(
    @Arg('id', () => ID) id: string,
    @Arg('format', () => ExportFormat) format: ExportFormat,
    @Ctx() { em, services }: Context,
  ): Promise<DownloadLink> {
    const run = isUuid(id) ? await em.findOne(SimulationRun, id, { exclude: ['result'] }) : null;
    if (!run) throw notFound('Simulation run');
    if (run.status !== SimulationStatus.SUCCEEDED)
      throw appError(ErrorCode.CONFLICT, `This run is ${run.status}; only a succeeded run has files to download.`);
    return signedDownloadLink(services.secrets.sessionSecret, { simulationId: run.id, customerId: run.customer.id, format }, new Date());
  }

  @FieldResolver(() => CustomerType)
  async customer(@Root() run: AdminSimulationRunType, @Ctx() { em }: Context): Promise<Customer> {
    const customer = await adminLoaders(em).customer.load(run.customerId);
    if (!customer) throw notFound('Customer');
    return customer;
  }
}
