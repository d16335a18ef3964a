import { type GraphQLResolveInfo, responsePathAsArray } from 'graphql';
import { Arg, Ctx, Directive, Info, Mutation, Resolver } from 'type-graphql';
import { ForKey, type Context } from '../api/index.js';
import { FieldUse, callerKey } from '../domain/access/index.js';
import { ApiKeyScope } from '../domain/keys/index.js';
import {
  MAX_JOB_ITERATIONS,
  type RunLimits,
  SimulationResultType,
  SimulationRunType,
  prepareModel,
  runView,
} from '../domain/simulation/index.js';
import { ImportWorkbookInput } from '../domain/workbooks/index.js';
import { WORKBOOK_IMPORT_COST, WORKBOOK_RUN_BY_SIZE, holdForJob, workbookWorkUnitsOfArgs } from '../metering/index.js';
import { ErrorCode, appError } from '../platform/graphql/index.js';
import { runNow } from './sync-run-call.js';
import { importWorkbookCall } from './workbook-import-call.js';

/**
 * Import and run in one call. The price is the import's plus the simulation's on the workbook's
 * work bound (metering's workbookWorkUnits), quoted and reserved before anything runs; the field
 * then reports the imported model's real work, so it settles at what the model ran.
 */
@Resolver()
export class WorkbookRunResolver {
  @Mutation(() => SimulationResultType, {
    description:
      "Imports an .xlsx model (as importWorkbook) and runs it now with the call's iterations and seed; at most the plan's maxIterationsSync iterations. Larger runs: startWorkbook.",
  })
  @ForKey(FieldUse.BILLABLE, ApiKeyScope.SIMULATIONS_RUN)
  @Directive(WORKBOOK_IMPORT_COST)
  @Directive(WORKBOOK_RUN_BY_SIZE)
  async runWorkbook(
    @Arg('input', () => ImportWorkbookInput) input: ImportWorkbookInput,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SimulationResultType> {
    const caller = callerKey(context.principal);
    const { maxIterationsSync, maxWorkUnitsPerRun } = caller.access.limits;
    const prepared = await preparedWorkbook(input, { maxIterations: maxIterationsSync, maxWorkUnitsPerRun }, 'runWorkbook');
    return runNow(context, info, caller, prepared);
  }

  @Mutation(() => SimulationRunType, {
    description: `Imports an .xlsx model (as importWorkbook) and queues it as a durable job (up to ${MAX_JOB_ITERATIONS} iterations); poll simulation(id).`,
  })
  @ForKey(FieldUse.BILLABLE, ApiKeyScope.SIMULATIONS_RUN)
  @Directive(WORKBOOK_IMPORT_COST)
  @Directive(WORKBOOK_RUN_BY_SIZE)
  async startWorkbook(
    @Arg('input', () => ImportWorkbookInput) input: ImportWorkbookInput,
    @Ctx() { em, principal, services, usage, requestId }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SimulationRunType> {
    const caller = callerKey(principal);
    const limits = { maxIterations: MAX_JOB_ITERATIONS, maxWorkUnitsPerRun: caller.access.limits.maxWorkUnitsPerRun };
    const prepared = await preparedWorkbook(input, limits, 'startWorkbook');
    const run = await services.simulations.start(em, caller, prepared, requestId);
    const path = responsePathAsArray(info.path);
    // The request pays the import; the simulation's credits stay reserved for the job, which settles them.
    usage.reportActualSize(path, prepared.workUnits);
    holdForJob(usage, path, run.heldCredits ?? 0);
    return runView(run);
  }
}

async function preparedWorkbook(input: ImportWorkbookInput, limits: RunLimits, operation: 'runWorkbook' | 'startWorkbook') {
  const imported = await importWorkbookCall(input);
  const prepared = prepareModel(imported.model, limits, operation);
  // The bound was reserved before the import; a model beyond it would run partly unpaid: refuse it.
  if (prepared.workUnits > workbookWorkUnitsOfArgs({ input })) {
    throw appError(
      ErrorCode.BAD_USER_INPUT,
      `The workbook's model is more work than its formulas show before importing, so ${operation} cannot price it before running. Import it with importWorkbook and run the returned model with runSimulation or startSimulation.`,
      { field: 'input.fileBase64' },
    );
  }
  return prepared;
}
