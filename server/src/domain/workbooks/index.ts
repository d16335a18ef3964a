/** The domain/workbooks module's public surface: spreadsheet models in, results out as workbooks and SIPmath. */
export { DEFAULT_WORKBOOK_ITERATIONS, MAX_WORKBOOK_BYTES, importWorkbook } from './workbook-import.js';
export { ImportWorkbookInput, WorkbookCellMapping, WorkbookCellRole, WorkbookImportResult } from './workbook-import.type.js';
export { WorkbookError, workbookInputError } from './workbook-errors.js';
export { ExportedFile, resultsWorkbookBytes, resultsWorkbookFile, sipmathOf } from './workbook-export.js';
export { WORKBOOK_SAMPLE_ROWS } from './results-workbook.js';
export { distributionCallCount, workbookShapeBound } from './workbook-inputs-bound.js';
export type { WorkbookShapeBound } from './workbook-inputs-bound.js';
export { DownloadLink, ExportFormat, EXPORT_EXTENSIONS, checkDownloadLink, signedDownloadLink } from './download-link.js';
export { XLSX_CONTENT_TYPE } from './workbook-export.js';
