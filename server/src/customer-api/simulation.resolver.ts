import { type GraphQLResolveInfo, responsePathAsArray } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Directive, Field, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ForKey, type Context } from '../api/index.js';
import { SIMULATION_PRICE, costBySizeDirectiveSdl, holdForJob } from '../metering/index.js';
import { PageArgs, pageOf, type PageOf } from '../platform/graphql/index.js';
import { runNow } from './sync-run-call.js';
import { FieldUse, callerKey } from '../domain/access/index.js';
import { ApiKeyScope } from '../domain/keys/index.js';
import {
  MAX_JOB_ITERATIONS,
  OPERATIONS_PER_WORK_UNIT,
  ReplayedIteration,
  SimulationInput,
  SimulationResultType,
  SimulationRunPage,
  SimulationRunType,
  SimulationStatus,
  prepareModel,
  replayView,
  resultView,
  runView,
} from '../domain/simulation/index.js';

@ArgsType()
class SimulationListArgs extends PageArgs {
  @Field(() => SimulationStatus, { nullable: true, description: 'Only runs in this status.' })
  status?: SimulationStatus | null;
}

const PRICE_BY_SIZE = costBySizeDirectiveSdl(SIMULATION_PRICE);
const PRICE_IN_WORDS = `Priced by work: ceil(workUnits / ${SIMULATION_PRICE.unitsPerCredit}) credits (at least ${SIMULATION_PRICE.minimum}), where workUnits = iterations x (inputs + outputs beyond the first + compiled formula operations / ${OPERATIONS_PER_WORK_UNIT}); quote prices it before it runs, and the plan's maxWorkUnitsPerRun caps it.`;

@Resolver(() => SimulationRunType)
export class SimulationResolver {
  @Mutation(() => SimulationResultType, {
    description: `Runs a model now and returns its result; at most the plan's maxIterationsSync iterations and 30 s. Larger runs: startSimulation. ${PRICE_IN_WORDS}`,
  })
  @ForKey(FieldUse.BILLABLE, ApiKeyScope.SIMULATIONS_RUN)
  @Directive(PRICE_BY_SIZE)
  async runSimulation(
    @Arg('input', () => SimulationInput) input: SimulationInput,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SimulationResultType> {
    const caller = callerKey(context.principal);
    // Every bad input is refused here, before the pool or the database see anything.
    const { maxIterationsSync, maxWorkUnitsPerRun } = caller.access.limits;
    const prepared = prepareModel(input, { maxIterations: maxIterationsSync, maxWorkUnitsPerRun }, 'runSimulation');
    return runNow(context, info, caller, prepared);
  }

  @Mutation(() => SimulationRunType, {
    description: `Queues a model as a durable job (up to ${MAX_JOB_ITERATIONS} iterations); poll simulation(id) for progress and the result. ${PRICE_IN_WORDS}`,
  })
  @ForKey(FieldUse.BILLABLE, ApiKeyScope.SIMULATIONS_RUN)
  @Directive(PRICE_BY_SIZE)
  async startSimulation(
    @Arg('input', () => SimulationInput) input: SimulationInput,
    @Ctx() { em, principal, services, usage, requestId }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SimulationRunType> {
    const caller = callerKey(principal);
    const limits = { maxIterations: MAX_JOB_ITERATIONS, maxWorkUnitsPerRun: caller.access.limits.maxWorkUnitsPerRun };
    const prepared = prepareModel(input, limits, 'startSimulation');
    const run = await services.simulations.start(em, caller, prepared, requestId);
    // The estimate stays reserved for the job; the runner charges what it runs and releases the rest.
    holdForJob(usage, responsePathAsArray(info.path), run.heldCredits ?? 0);
    return runView(run);
  }

  @Mutation(() => SimulationRunType, {
    description: 'Cancels a queued job at once, a running one within about a second. Cancelling twice is harmless.',
  })
  @ForKey(FieldUse.READ, ApiKeyScope.SIMULATIONS_RUN)
  @Directive('@cost(weight: "1")')
  async cancelSimulation(@Arg('id', () => ID) id: string, @Ctx() { em, principal, services }: Context): Promise<SimulationRunType> {
    return runView(await services.simulations.cancel(em, callerKey(principal).customerId, id));
  }

  @Query(() => SimulationRunType, { description: "One of the caller's simulations; other accounts' ids answer NOT_FOUND." })
  @ForKey(FieldUse.READ, ApiKeyScope.SIMULATIONS_READ)
  @Directive('@cost(weight: "1")')
  async simulation(@Arg('id', () => ID) id: string, @Ctx() { em, principal, services }: Context): Promise<SimulationRunType> {
    return runView(await services.simulations.get(em, callerKey(principal).customerId, id));
  }

  @Query(() => SimulationRunPage, { description: "The caller's simulations, newest first." })
  @ForKey(FieldUse.READ, ApiKeyScope.SIMULATIONS_READ)
  @Directive('@cost(weight: "1")')
  @Directive('@listSize(slicingArguments: ["perPage"], sizedFields: ["items"])')
  async simulations(
    @Args(() => SimulationListArgs) args: SimulationListArgs,
    @Ctx() { em, principal, services }: Context,
  ): Promise<PageOf<SimulationRunType>> {
    const [items, total] = await services.simulations.list(
      em,
      callerKey(principal).customerId,
      args.page,
      args.perPage,
      args.status ?? null,
    );
    return pageOf(items.map(runView), total, args);
  }

  @Query(() => ReplayedIteration, { description: 'The inputs and outputs of one iteration of a run, recomputed exactly.' })
  @ForKey(FieldUse.READ, ApiKeyScope.SIMULATIONS_READ)
  @Directive('@cost(weight: "1")')
  async replaySimulationIteration(
    @Arg('id', () => ID) id: string,
    @Arg('iteration', () => Int) iteration: number,
    @Ctx() { em, principal, services }: Context,
  ): Promise<ReplayedIteration> {
    return replayView(await services.simulations.replay(em, callerKey(principal).customerId, id, iteration));
  }

  /** List pages leave results out; a client that asks for them gets each loaded here. */
  @FieldResolver(() => SimulationResultType, { nullable: true })
  async result(@Root() run: SimulationRunType, @Ctx() { em, services }: Context): Promise<SimulationResultType | null> {
    if (run.result !== undefined) return run.result;
    const result = await services.simulations.loadResult(em, run.id);
    return result ? resultView(run.id, result) : null;
  }
}
