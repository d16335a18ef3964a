import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Ctx, Directive, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ForKey, type Context } from '../api/index.js';
import { FieldUse, callerKey } from '../domain/access/index.js';
import { MAX_EXPORT_SAMPLES } from '../domain/simulation/index.js';
import { ApiKeyScope } from '../domain/keys/index.js';
import {
  DownloadLink,
  ExportFormat,
  ExportedFile,
  ImportWorkbookInput,
  WORKBOOK_SAMPLE_ROWS,
  WorkbookImportResult,
  resultsWorkbookFile,
  signedDownloadLink,
  sipmathOf,
} from '../domain/workbooks/index.js';
import { ErrorCode, appError } from '../platform/graphql/index.js';
import { SimulationStatus } from '../domain/simulation/index.js';
import { WORKBOOK_EXPORT_COST, WORKBOOK_IMPORT_COST } from '../metering/index.js';
import { importWorkbookCall } from './workbook-import-call.js';

@Resolver()
export class WorkbookResolver {
  @Mutation(() => WorkbookImportResult, {
    description:
      'Translates an .xlsx model with @RISK functions into a SimulationInput and a cell-by-cell report. Run the returned model with runSimulation or startSimulation (priced as any simulation), or import and run in one call with runWorkbook or startWorkbook.',
  })
  @ForKey(FieldUse.BILLABLE, ApiKeyScope.SIMULATIONS_RUN)
  @Directive(WORKBOOK_IMPORT_COST)
  async importWorkbook(@Arg('input', () => ImportWorkbookInput) input: ImportWorkbookInput): Promise<WorkbookImportResult> {
    return importWorkbookCall(input);
  }

  @Query(() => ExportedFile, {
    description: `A succeeded simulation as an .xlsx: statistics and percentiles per output, histogram and sensitivity tables, the model and seed, and the first ${WORKBOOK_SAMPLE_ROWS} iterations' samples.`,
  })
  @ForKey(FieldUse.READ, ApiKeyScope.SIMULATIONS_READ)
  @Directive(WORKBOOK_EXPORT_COST)
  async simulationWorkbook(@Arg('id', () => ID) id: string, @Ctx() { em, principal, services }: Context): Promise<ExportedFile> {
    const samples = await services.simulations.samples(em, callerKey(principal).customerId, id, WORKBOOK_SAMPLE_ROWS);
    return resultsWorkbookFile(samples, WORKBOOK_SAMPLE_ROWS);
  }

  @Query(() => GraphQLJSONObject, {
    description: `A succeeded simulation as an Open SIPmath 3.0 library: a metalog SIP per output and input, fitted to the first ${MAX_EXPORT_SAMPLES} iterations, with a Gaussian copula from their rank correlations.`,
  })
  @ForKey(FieldUse.READ, ApiKeyScope.SIMULATIONS_READ)
  @Directive(WORKBOOK_EXPORT_COST)
  async simulationSipmath(@Arg('id', () => ID) id: string, @Ctx() { em, principal, services }: Context): Promise<Record<string, unknown>> {
    const samples = await services.simulations.samples(em, callerKey(principal).customerId, id, MAX_EXPORT_SAMPLES);
    return sipmathOf(samples, new Date());
  }

  @Query(() => DownloadLink, {
    description:
      "A signed link to download a succeeded simulation's .xlsx or SIPmath file with a plain GET (a browser, curl), valid for 5 minutes. Priced as the export; opening the link costs nothing.",
  })
  @ForKey(FieldUse.READ, ApiKeyScope.SIMULATIONS_READ)
  @Directive(WORKBOOK_EXPORT_COST)
  async simulationDownload(
    @Arg('id', () => ID) id: string,
    @Arg('format', () => ExportFormat) format: ExportFormat,
    @Ctx() { em, principal, services }: Context,
  ): Promise<DownloadLink> {
    const customerId = callerKey(principal).customerId;
    const run = await services.simulations.get(em, customerId, id);
    if (run.status !== SimulationStatus.SUCCEEDED)
      throw appError(
        ErrorCode.CONFLICT,
        `This simulation is ${run.status}; only a succeeded one has files. Poll simulation(id) until it has succeeded.`,
      );
    return signedDownloadLink(services.secrets.sessionSecret, { simulationId: run.id, customerId, format }, new Date());
  }
}
