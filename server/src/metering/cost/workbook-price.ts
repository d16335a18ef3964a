import { MAX_INPUTS, MAX_JOB_ITERATIONS, OPERATIONS_PER_WORK_UNIT } from '../../domain/simulation/index.js';
import { DEFAULT_WORKBOOK_ITERATIONS, workbookShapeBound } from '../../domain/workbooks/index.js';
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
 * plus the simulation's one price (SIMULATION_PRICE) on work units. Before the import the work of
 * an iteration is bounded from the workbook's formulas (distribution calls bound the inputs,
 * formula cells the outputs, formula terms the operations), so quotes and reservations price that
 * bound; the resolver reports the imported model's real work and settles at it.
 */
export const WORKBOOK_RUN_PRICE = { ...SIMULATION_PRICE, sizer: 'workbookWorkUnits' };
export const WORKBOOK_RUN_BY_SIZE = costBySizeDirectiveSdl(WORKBOOK_RUN_PRICE);

/** Iterations x the most work units an iteration of the workbook's model can take; 0 for what cannot be measured (the call is refused and free). */
export function workbookWorkUnitsOfArgs(args: Record<string, unknown>): number {
  const input = args.input;
  if (input === null || typeof input !== 'object') return 0;
  const { fileBase64, iterations } = input as { fileBase64?: unknown; iterations?: unknown };
  const count = iterations ?? DEFAULT_WORKBOOK_ITERATIONS;
  if (typeof fileBase64 !== 'string' || typeof count !== 'number' || !Number.isInteger(count)) return 0;
  if (count <= 0 || count > MAX_JOB_ITERATIONS) return 0;
  const bound = workbookShapeBound(fileBase64);
  const perIteration =
    Math.min(MAX_INPUTS, bound.distributionCalls) + bound.formulaCells + Math.ceil(bound.formulaTerms / OPERATIONS_PER_WORK_UNIT);
  return bound.distributionCalls === 0 ? 0 : count * perIteration;
}

export const workbookSizer = { name: WORKBOOK_RUN_PRICE.sizer, measure: workbookWorkUnitsOfArgs };
