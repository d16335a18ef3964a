import { MAX_INPUTS, MAX_JOB_ITERATIONS } from '../../domain/simulation/index.js';
import { DEFAULT_WORKBOOK_ITERATIONS, distributionCallCount } from '../../domain/workbooks/index.js';
import { SIMULATION_PRICE, costBySizeDirectiveSdl } from './simulation-price.js';

/**
 * Flat prices of the workbook fields, printed into their @cost directives. Reading a workbook is
 * bounded by its size limit (512 KiB) and an export by its sample limit (one engine chunk), so
 * neither grows with what the caller asks.
 */
export const WORKBOOK_IMPORT_CREDITS = 2;
export const WORKBOOK_EXPORT_CREDITS = 2;

export const WORKBOOK_IMPORT_COST = `@cost(weight: "${WORKBOOK_IMPORT_CREDITS}")`;
export const WORKBOOK_EXPORT_COST = `@cost(weight: "${WORKBOOK_EXPORT_CREDITS}")`;

/**
 * runWorkbook and startWorkbook import and run in one call, so they pay the import's flat price
 * plus the simulation's one price (SIMULATION_PRICE) on sampled values. Before the import the
 * input count is bounded by the workbook's distribution calls, so quotes and reservations price
 * that bound; the resolver reports the imported model's real size and settles at it.
 */
export const WORKBOOK_RUN_PRICE = { ...SIMULATION_PRICE, sizer: 'workbookSampledValues' };
export const WORKBOOK_RUN_BY_SIZE = costBySizeDirectiveSdl(WORKBOOK_RUN_PRICE);

/** Iterations x the most inputs the workbook can give; 0 for what cannot be measured (the call is refused and free). */
export function workbookSampledValuesOfArgs(args: Record<string, unknown>): number {
  const input = args.input;
  if (input === null || typeof input !== 'object') return 0;
  const { fileBase64, iterations } = input as { fileBase64?: unknown; iterations?: unknown };
  const count = iterations ?? DEFAULT_WORKBOOK_ITERATIONS;
  if (typeof fileBase64 !== 'string' || typeof count !== 'number' || !Number.isInteger(count)) return 0;
  if (count <= 0 || count > MAX_JOB_ITERATIONS) return 0;
  return count * Math.min(MAX_INPUTS, distributionCallCount(fileBase64));
}

export const workbookSizer = { name: WORKBOOK_RUN_PRICE.sizer, measure: workbookSampledValuesOfArgs };
