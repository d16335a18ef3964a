/**
 * importWorkbook's work: decode and bound the file, read its cells, find the outputs, translate
 * the model and check it with the same validation runSimulation applies, so a model this returns
 * runs as it is. Every refusal is a WorkbookError naming the cell.
 */
import { GraphQLError } from 'graphql';
import { MAX_JOB_ITERATIONS, prepareModel, type CorrelationSpec, type ModelSpec } from '../simulation/index.js';
import { cellKey, parseCellRef, parseSheetRange } from './cell-address.js';
import { type ExcelNode, parseExcelFormula } from './excel-formula.js';
import { WorkbookReadError, type WorkbookCells, readWorkbookCells } from './workbook-cells.js';
import { WorkbookError } from './workbook-errors.js';
import { uncompressedSize } from './zip-size.js';
import { type CellMapping, type OutputCell, WorkbookTranslator } from './workbook-translator.js';

/** Decoded bytes; the HTTP body limit (1 MiB) bounds the base64 text as well. */
export const MAX_WORKBOOK_BYTES = 512 * 1024;
/** What the workbook may expand to: the XML of 200,000 cells with room to spare. */
export const MAX_UNCOMPRESSED_BYTES = 64 * 1024 * 1024;
export const DEFAULT_WORKBOOK_ITERATIONS = 10_000;

export type WorkbookImportOptions = {
  fileBase64: string;
  sheet: string | null;
  outputs: string[] | null;
  iterations: number;
  seed: number | null;
};
export type WorkbookImport = { sheet: string; model: ModelSpec; cells: CellMapping[]; warnings: string[] };

export async function importWorkbook(options: WorkbookImportOptions): Promise<WorkbookImport> {
  const book = await readBook(options.fileBase64);
  const sheet = options.sheet ?? book.sheets[0];
  if (sheet === undefined || !book.sheets.includes(sheet)) {
    throw new WorkbookError(`The workbook has no sheet '${options.sheet ?? ''}'; its sheets are ${book.sheets.join(', ')}.`, null, null);
  }
  const outputCells =
    options.outputs === null
      ? riskOutputCells(book)
      : options.outputs.map((address) => ({ key: resolveAddress(book, sheet, address), name: null }));
  if (outputCells.length === 0) {
    throw new WorkbookError(
      'The workbook marks no output: add RiskOutput() to the formulas of the cells to report (=RiskOutput("Profit") + ...), or list their addresses in outputs.',
      null,
      'RISKOUTPUT',
    );
  }
  const translator = new WorkbookTranslator(book, sheet);
  translator.translate(outputCells);
  const warnings = translator
    .unusedInputCells()
    .map((key) => `${key} holds an @RISK function but no output depends on it; it was left out of the model.`);
  const correlation = correlationOf(translator.correlations, warnings);
  const model: ModelSpec = withoutNulls({
    iterations: options.iterations,
    ...(options.seed === null ? {} : { seed: options.seed }),
    inputs: translator.inputs,
    outputs: translator.outputs,
    ...(correlation === null ? {} : { correlation }),
  });
  const cells = [...translator.mappings.values()];
  checkRunnable(model, cells);
  return { sheet, model, cells, warnings };
}

async function readBook(fileBase64: string): Promise<WorkbookCells> {
  const text = fileBase64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text))
    throw new WorkbookError('fileBase64 is not base64 text; send the .xlsx file base64-encoded.', null, null);
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length > MAX_WORKBOOK_BYTES) {
    throw new WorkbookError(
      `The workbook is ${bytes.length} bytes; at most ${MAX_WORKBOOK_BYTES} are read. Keep only the model's sheets (no pictures or data tables) and send it again.`,
      null,
      null,
    );
  }
  const expanded = uncompressedSize(bytes);
  if (expanded === null)
    throw new WorkbookError(
      'The file could not be read as an .xlsx workbook (a zip archive); save it as .xlsx and send it again.',
      null,
      null,
    );
  if (expanded > MAX_UNCOMPRESSED_BYTES) {
    throw new WorkbookError(
      `The workbook expands to ${expanded} bytes; at most ${MAX_UNCOMPRESSED_BYTES} are read. Keep only the model's sheets and send it again.`,
      null,
      null,
    );
  }
  try {
    return await readWorkbookCells(bytes);
  } catch (error) {
    if (error instanceof WorkbookReadError) throw new WorkbookError(error.message, null, null);
    throw error;
  }
}

function resolveAddress(book: WorkbookCells, sheet: string, address: string): string {
  const named = book.names.get(address.trim().toUpperCase());
  const range = named ?? (address.includes('!') ? parseSheetRange(address) : null);
  if (range !== null) {
    if (!book.sheets.includes(range.sheet))
      throw new WorkbookError(`The output ${address} is on the sheet '${range.sheet}', which the workbook does not have.`, address, null);
    return cellKey(range.sheet, range.from);
  }
  const ref = parseCellRef(address.trim());
  if (ref === null)
    throw new WorkbookError(
      `The output ${address} is neither a cell address (B7, Sheet1!B7) nor a defined name of the workbook.`,
      address,
      null,
    );
  return cellKey(sheet, ref);
}

/** Cells whose formula holds RiskOutput(), with the name it gives, in the workbook's order. */
function riskOutputCells(book: WorkbookCells): OutputCell[] {
  const found: OutputCell[] = [];
  for (const [key, cell] of book.cells) {
    if (cell.formula === null || !/riskoutput\s*\(/i.test(cell.formula)) continue;
    let marker: ExcelNode | null;
    try {
      marker = findCall(parseExcelFormula(cell.formula), 'RISKOUTPUT');
    } catch (error) {
      throw new WorkbookError(
        `${key} (=${cell.formula}): the formula could not be read (${error instanceof Error ? error.message : String(error)}).`,
        key,
        'RISKOUTPUT',
      );
    }
    if (marker?.kind === 'call')
      found.push({ key, name: marker.args[0]?.kind === 'string' && marker.args[0].value !== '' ? marker.args[0].value : null });
  }
  return found;
}

function findCall(node: ExcelNode, fn: string): ExcelNode | null {
  if (node.kind === 'call' && node.fn === fn) return node;
  const children =
    node.kind === 'binary'
      ? [node.left, node.right]
      : node.kind === 'call'
        ? node.args
        : node.kind === 'negate' || node.kind === 'percent'
          ? [node.arg]
          : [];
  for (const child of children) {
    const hit = findCall(child, fn);
    if (hit !== null) return hit;
  }
  return null;
}

/** RiskCorrmat groups (one per matrix and instance) as one block-diagonal correlation. */
function correlationOf(entries: WorkbookTranslator['correlations'], warnings: string[]): CorrelationSpec | null {
  const groups = new Map<string, typeof entries>();
  for (const entry of entries) groups.set(entry.entry.group, [...(groups.get(entry.entry.group) ?? []), entry]);
  const inputs: string[] = [];
  const blocks: number[][][] = [];
  for (const members of groups.values()) {
    members.sort((a, b) => a.entry.position - b.entry.position);
    members.forEach((m, i) => {
      if (i > 0 && members[i - 1].entry.position === m.entry.position) {
        throw new WorkbookError(
          `${m.cell}: RiskCorrmat position ${m.entry.position} is also used by ${members[i - 1].cell}; give each input its own position.`,
          m.cell,
          'RISKCORRMAT',
        );
      }
    });
    if (members.length < 2) {
      warnings.push(
        `${members[0].cell}: its RiskCorrmat matrix correlates it with no other input of the model; the correlation was left out.`,
      );
      continue;
    }
    inputs.push(...members.map((m) => m.input));
    blocks.push(members.map((a) => members.map((b) => a.entry.matrix[a.entry.position - 1][b.entry.position - 1])));
  }
  if (inputs.length === 0) return null;
  const matrix = inputs.map(() => inputs.map(() => 0));
  let offset = 0;
  for (const block of blocks) {
    block.forEach((row, i) => {
      row.forEach((v, j) => {
        matrix[offset + i][offset + j] = v;
      });
    });
    offset += block.length;
  }
  return { inputs, matrix };
}

/** Runs runSimulation's validation; a problem is reported at the cell the field came from. */
function checkRunnable(model: ModelSpec, cells: CellMapping[]): void {
  try {
    // The plan's cap on work per run applies when the model is run, not when it is imported.
    prepareModel(model, { maxIterations: MAX_JOB_ITERATIONS, maxWorkUnitsPerRun: Number.MAX_SAFE_INTEGER }, 'startSimulation');
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    const field = String(error.extensions.field ?? '');
    const match = /(inputs|outputs)\[(\d+)\]/.exec(field);
    const name =
      match === null ? null : match[1] === 'inputs' ? model.inputs[Number(match[2])]?.name : model.outputs[Number(match[2])]?.name;
    const cell = cells.find((c) => c.name !== null && c.name === name)?.cell ?? null;
    throw new WorkbookError(cell === null ? error.message : `${cell}: ${error.message}`, cell, null);
  }
}

function withoutNulls<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (v === null ? undefined : v))) as T;
}
