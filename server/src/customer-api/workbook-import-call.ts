import {
  DEFAULT_WORKBOOK_ITERATIONS,
  ImportWorkbookInput,
  WorkbookError,
  importWorkbook,
  workbookInputError,
} from '../domain/workbooks/index.js';

/** importWorkbook with the call's defaults; a refusal answers BAD_USER_INPUT naming the cell and function. */
export async function importWorkbookCall(input: ImportWorkbookInput): ReturnType<typeof importWorkbook> {
  try {
    return await importWorkbook({
      fileBase64: input.fileBase64,
      sheet: input.sheet ?? null,
      outputs: input.outputs ?? null,
      iterations: input.iterations ?? DEFAULT_WORKBOOK_ITERATIONS,
      seed: input.seed ?? null,
    });
  } catch (error) {
    throw error instanceof WorkbookError ? workbookInputError(error, 'input.fileBase64') : error;
  }
}
