import { Arg, Directive, Mutation, Resolver } from 'type-graphql';
import { ForKey } from '../api/index.js';
import { FieldUse } from '../domain/access/index.js';
import { ApiKeyScope } from '../domain/keys/index.js';
import { DEFAULT_WORKBOOK_ITERATIONS, ImportWorkbookInput, WorkbookError, WorkbookImportResult, importWorkbook, workbookInputError } from '../domain/workbooks/index.js';
import { WORKBOOK_IMPORT_COST } from '../metering/index.js';

@Resolver()
export class WorkbookResolver {
  @Mutation(() => WorkbookImportResult, {
    description: 'Translates an .xlsx model with @RISK functions into a SimulationInput and a cell-by-cell report. Run the returned model with runSimulation or startSimulation (priced as any simulation).',
  })
  @ForKey(FieldUse.BILLABLE, ApiKeyScope.SIMULATIONS_RUN)
  @Directive(WORKBOOK_IMPORT_COST)
  async importWorkbook(@Arg('input', () => ImportWorkbookInput) input: ImportWorkbookInput): Promise<WorkbookImportResult> {
    try {
      const imported = await importWorkbook({
        fileBase64: input.fileBase64,
        sheet: input.sheet ?? null,
        outputs: input.outputs ?? null,
        iterations: input.iterations ?? DEFAULT_WORKBOOK_ITERATIONS,
        seed: input.seed ?? null,
      });
      return { ...imported, model: imported.model };
    } catch (error) {
      throw error instanceof WorkbookError ? workbookInputError(error, 'input.fileBase64') : error;
    }
  }
}
