/**
 * Flat prices of the workbook fields, printed into their @cost directives. Reading a workbook is
 * bounded by its size limit (512 KiB) and an export by its sample limit (one engine chunk), so
 * neither grows with what the caller asks; running an imported model is priced as any simulation.
 */
export const WORKBOOK_IMPORT_CREDITS = 2;
export const WORKBOOK_EXPORT_CREDITS = 2;

export const WORKBOOK_IMPORT_COST = `@cost(weight: "${WORKBOOK_IMPORT_CREDITS}")`;
export const WORKBOOK_EXPORT_COST = `@cost(weight: "${WORKBOOK_EXPORT_CREDITS}")`;
