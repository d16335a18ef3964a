/** Reads an .xlsx into plain cells (formula text or value) and defined names, with exceljs. */
import ExcelJS from 'exceljs';
import { type CellRef, cellKey, parseSheetRange } from './cell-address.js';

export type CellValue = number | string | boolean | null;
export type SheetCell = { formula: string | null; value: CellValue };
export type NamedRange = { sheet: string; from: CellRef; to: CellRef };

export type WorkbookCells = {
  sheets: string[];
  /** Keyed by `Sheet!A1`; empty cells are absent. */
  cells: Map<string, SheetCell>;
  /** Defined names, keyed in upper case (Excel's names are case-insensitive). */
  names: Map<string, NamedRange & { name: string }>;
};

export class WorkbookReadError extends Error {}

/** Cells beyond this are refused: a risk model that large is better sent as a SimulationInput. */
export const MAX_WORKBOOK_CELLS = 200_000;

export async function readWorkbookCells(bytes: Buffer): Promise<WorkbookCells> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its Buffer as an ArrayBuffer; JSZip underneath reads either.
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch {
    throw new WorkbookReadError(
      'The file could not be read as an .xlsx workbook (Excel 2007 or later; .xls and .xlsm with macros stripped are not read). Save it as .xlsx and send it again.',
    );
  }
  const cells = new Map<string, SheetCell>();
  const sheets: string[] = [];
  workbook.eachSheet((sheet) => {
    sheets.push(sheet.name);
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        if (cells.size >= MAX_WORKBOOK_CELLS) {
          throw new WorkbookReadError(
            `The workbook holds more than ${MAX_WORKBOOK_CELLS} cells; keep only the model's sheets and send it again.`,
          );
        }
        const entry = readCell(cell);
        if (entry !== null) cells.set(cellKey(sheet.name, { col: Number(cell.col), row: Number(cell.row) }), entry);
      });
    });
  });
  const names = new Map<string, NamedRange & { name: string }>();
  for (const { name, ranges } of workbook.definedNames.model) {
    const range = ranges.length === 1 ? parseSheetRange(ranges[0]) : null;
    if (range) names.set(name.toUpperCase(), { ...range, name });
  }
  return { sheets, cells, names };
}

function readCell(cell: ExcelJS.Cell): SheetCell | null {
  if (cell.type === ExcelJS.ValueType.Formula) {
    const formula = cell.formula;
    return formula ? { formula, value: null } : null;
  }
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return { formula: null, value };
  // Rich text, hyperlinks, dates and error values take part in no arithmetic Carlo runs.
  return { formula: null, value: cell.text };
}
